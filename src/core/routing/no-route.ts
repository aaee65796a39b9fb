// "Why no route": lifts each constraint in turn to find which one cuts the two places apart.

import { rankedPaths } from "./ranked-paths";
import type { ResolvedQuery } from "./route-query";
import type { RoutingIndex } from "./routing-index";
import type { WorkBudget } from "./work-budget";

/**
 * Why the search found nothing: one constraint cuts the places apart, each of several does, only
 * all of them together do, or nothing in the network connects them.
 */
type NoRouteCause = "one-constraint" | "each-constraint" | "constraints-together" | "unconnected";

export interface NoRouteExplanation {
  cause: NoRouteCause;
  /** The constraints to blame, e.g. "avoidCountries:TM", "modes": each, lifted alone, opens a route. */
  cutBy: string[];
}

interface Lift {
  key: string;
  query: ResolvedQuery;
}

export function explainNoRoute(
  index: RoutingIndex,
  query: ResolvedQuery,
  budget: WorkBudget,
): NoRouteExplanation {
  const single = { ...query, k: 1, maxShared: undefined };
  const lifts = constraintLifts(single);
  const cutting = lifts.filter((lift) => rankedPaths(index, lift.query, budget).paths.length > 0);
  if (cutting.length > 0) {
    const cause = cutting.length === 1 ? "one-constraint" : "each-constraint";
    return { cause, cutBy: cutting.map((lift) => lift.key) };
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
    return { cause: "constraints-together", cutBy: lifts.map((lift) => lift.key) };
  }
  return { cause: "unconnected", cutBy: [] };
}

function constraintLifts(query: ResolvedQuery): Lift[] {
  const lifts: Lift[] = [];
  const lift = (key: string, change: Partial<ResolvedQuery>) =>
    lifts.push({ key, query: { ...query, ...change } });
  for (const country of query.avoidCountries ?? []) {
    const rest = query.avoidCountries?.filter((code) => code !== country);
    lift(`avoidCountries:${country}`, { avoidCountries: rest });
  }
  for (const place of query.avoidPlaces ?? []) {
    const rest = query.avoidPlaces?.filter((id) => id !== place);
    lift(`avoidPlaces:${place}`, { avoidPlaces: rest });
  }
  if (query.avoidLinks?.length) lift("avoidLinks", { avoidLinks: undefined });
  if (query.modes) lift("modes", { modes: undefined });
  if (!query.includePlanned) lift("includePlanned", { includePlanned: true });
  if (query.corridors) lift("corridors", { corridors: undefined });
  if (query.month !== undefined) lift("month", { month: undefined });
  if (query.via.length > 0) lift("via", { via: [] });
  return lifts;
}
