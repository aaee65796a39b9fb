// Chokepoints: close each crossing and each link the trips' best routes use, one at a time, and
// rank them by the trips they cut off and the days they add.
import type { Route, RoutingIndex } from "../routing";
import { type Scenario, type ScenarioConstraints, scenarioConstraints } from "./scenario";
import { type AnalysisOptions, routeUnder, type TripOutcome, tripOutcome } from "./scenario-report";
import type { Trip } from "./trips";

export const CHOKEPOINT_ORDERS = ["cut", "days", "trade"] as const;
/** cut: trips cut off, then extra days; days: extra days, then trips cut; trade: trade cut off, then trade-weighted extra days. */
export type ChokepointOrder = (typeof CHOKEPOINT_ORDERS)[number];

export interface Chokepoint {
  kind: "crossing" | "link";
  id: string;
  /** Trips whose best route passes it (the only ones its closure changes). */
  trips: number;
  cut: string[];
  cutUsd: number;
  /** Extra days summed over the trips rerouted, each counted once. */
  extraDays: number;
  /** Extra days weighted by trade, in USD·days (trips with a trade weight only). */
  tradeDays: number;
}

export interface ChokepointOptions extends AnalysisOptions {
  /** Closed throughout, before each element is closed in turn. */
  scenario?: Scenario;
  order?: ChokepointOrder;
  /** Called after each element, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Every crossing and link on the trips' best routes, most critical first. */
export function rankChokepoints(
  index: RoutingIndex,
  trips: Trip[],
  options: ChokepointOptions = {},
): Chokepoint[] {
  const base = scenarioConstraints(index, options.scenario ?? {});
  const before = trips.map((trip) => routeUnder(index, trip, options, base).route);
  const candidates = elementsUsed(index, before);
  const ranked = candidates.map((element, done) => {
    const outcomes = element.trips.map((position) => {
      const trip = trips[position] as Trip;
      const after = routeUnder(index, trip, options, closing(base, element)).route;
      return tripOutcome(trip, before[position], after);
    });
    options.onProgress?.(done + 1, candidates.length);
    return chokepoint(element, outcomes);
  });
  return ranked.sort(chokepointOrder(options.order ?? "cut"));
}

interface Element {
  kind: Chokepoint["kind"];
  id: string;
  /** Positions of the trips whose route uses it. */
  trips: number[];
}

/** The border crossings (not a trip's own ends) and the links of the routes, in order of first use. */
function elementsUsed(index: RoutingIndex, routes: (Route | undefined)[]): Element[] {
  const elements = new Map<string, Element>();
  const add = (kind: Element["kind"], id: string, trip: number) => {
    const key = `${kind}:${id}`;
    const element = elements.get(key) ?? { kind, id, trips: [] };
    if (!element.trips.includes(trip)) element.trips.push(trip);
    elements.set(key, element);
  };
  routes.forEach((route, trip) => {
    if (!route) return;
    for (const id of route.places.slice(1, -1)) {
      const place = index.places[index.placeNumbers.get(id) ?? -1];
      if (place?.kind === "border-crossing") add("crossing", id, trip);
    }
    for (const leg of route.legs) add("link", leg.link, trip);
  });
  return [...elements.values()];
}

function closing(base: ScenarioConstraints, element: Element): ScenarioConstraints {
  return element.kind === "crossing"
    ? { ...base, avoidPlaces: [...(base.avoidPlaces ?? []), element.id] }
    : { ...base, avoidLinks: [...(base.avoidLinks ?? []), element.id] };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function chokepoint(element: Element, outcomes: TripOutcome[]): Chokepoint {
  const cut = outcomes.filter((o) => o.change === "cut");
  const rerouted = outcomes.filter((o) => o.change === "rerouted" || o.change === "same");
  const days = (o: TripOutcome) => o.extraDays ?? 0;
  return {
    kind: element.kind,
    id: element.id,
    trips: element.trips.length,
    cut: cut.map((o) => o.trip.id),
    cutUsd: cut.reduce((sum, o) => sum + (o.trip.weightUsd ?? 0), 0),
    extraDays: round1(rerouted.reduce((sum, o) => sum + days(o), 0)),
    tradeDays: rerouted.reduce((sum, o) => sum + (o.trip.weightUsd ?? 0) * days(o), 0),
  };
}

function chokepointOrder(order: ChokepointOrder) {
  const keys: Record<ChokepointOrder, (c: Chokepoint) => number[]> = {
    cut: (c) => [c.cut.length, c.extraDays, c.cutUsd],
    days: (c) => [c.extraDays, c.cut.length, c.tradeDays],
    trade: (c) => [c.cutUsd, c.tradeDays, c.cut.length],
  };
  return (a: Chokepoint, b: Chokepoint) => {
    const [ka, kb] = [keys[order](a), keys[order](b)];
    const differs = ka.findIndex((value, at) => value !== kb[at]);
    return differs < 0
      ? a.id.localeCompare(b.id)
      : (kb[differs] as number) - (ka[differs] as number);
  };
}
