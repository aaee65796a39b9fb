// "Why no route": lifts each constraint in turn to find which one cuts the two places apart.

import { monthName } from "../months";
import { rankedPaths } from "./ranked-paths";
import { countryName } from "./route-countries";
import { placeLabel } from "./route-differences";
import type { ResolvedQuery } from "./route-query";
import type { RoutingIndex } from "./routing-index";
import type { WorkBudget } from "./work-budget";

export interface NoRouteExplanation {
  /** A sentence for the user. */
  reason: string;
  /** The constraints that, lifted alone, let a route through, e.g. "avoidCountries:TM", "modes". */
  cutBy: string[];
}

interface Lift {
  key: string;
  label: string;
  query: ResolvedQuery;
}

export function explainNoRoute(
  index: RoutingIndex,
  query: ResolvedQuery,
  budget: WorkBudget,
): NoRouteExplanation {
  const name = (id: string) => placeLabel(index, id);
  const between = `${name(query.from)} and ${name(query.to)}`;
  const single = { ...query, k: 1, maxShared: undefined };
  const lifts = constraintLifts(single, name);
  const cutting = lifts.filter((lift) => rankedPaths(index, lift.query, budget).paths.length > 0);
  if (cutting.length === 1) {
    const only = cutting[0] as Lift;
    const reason = `No route between ${between}: ${only.label} cuts them apart (lifting it opens a route).`;
    return { reason, cutBy: [only.key] };
  }
  if (cutting.length > 1) {
    const labels = cutting.map((lift) => lift.label).join("; ");
    const reason = `No route between ${between}. Each of these alone cuts them apart (lifting any one opens a route): ${labels}.`;
    return { reason, cutBy: cutting.map((lift) => lift.key) };
  }
  const unconstrained = {
    from: query.from,
    to: query.to,
    via: [],
    k: 1,
    by: query.by,
    includePlanned: true,
  };
  if (lifts.length > 1 && rankedPaths(index, unconstrained, budget).paths.length > 0) {
    const labels = lifts.map((lift) => lift.label).join(", ");
    return {
      reason: `No route between ${between}: no single constraint is to blame, but together they cut them apart (${labels}).`,
      cutBy: lifts.map((lift) => lift.key),
    };
  }
  return {
    reason: `No route between ${between}: nothing in this network connects them, even with planned links.`,
    cutBy: [],
  };
}

function constraintLifts(query: ResolvedQuery, name: (id: string) => string): Lift[] {
  const lifts: Lift[] = [];
  const lift = (key: string, label: string, change: Partial<ResolvedQuery>) =>
    lifts.push({ key, label, query: { ...query, ...change } });
  for (const country of query.avoidCountries ?? []) {
    const rest = query.avoidCountries?.filter((code) => code !== country);
    lift(`avoidCountries:${country}`, `avoiding ${countryName(country)}`, { avoidCountries: rest });
  }
  for (const place of query.avoidPlaces ?? []) {
    const rest = query.avoidPlaces?.filter((id) => id !== place);
    lift(`avoidPlaces:${place}`, `avoiding ${name(place)}`, { avoidPlaces: rest });
  }
  if (query.avoidLinks?.length) {
    const count = query.avoidLinks.length;
    lift("avoidLinks", `avoiding ${count} closed link${count === 1 ? "" : "s"}`, {
      avoidLinks: undefined,
    });
  }
  if (query.modes) lift("modes", `using ${query.modes.join(", ")} only`, { modes: undefined });
  if (!query.includePlanned)
    lift("includePlanned", "leaving out planned and under-construction links", {
      includePlanned: true,
    });
  if (query.corridors)
    lift("corridors", `staying inside ${query.corridors.join(", ")}`, { corridors: undefined });
  if (query.month !== undefined)
    lift("month", `what is closed in ${monthName(query.month, "en-GB")}`, { month: undefined });
  if (query.via.length > 0)
    lift("via", `passing ${query.via.map(name).join(", then ")} in that order`, { via: [] });
  return lifts;
}
