// A scenario over a set of trips: each trip's best route before and after, and what it costs in all.
import {
  type Criterion,
  findBestRoute,
  type Route,
  type RouteQuery,
  type RoutingIndex,
} from "../routing";
import { type Scenario, type ScenarioConstraints, scenarioConstraints } from "./scenario";
import type { Trip } from "./trips";

/** Same route, another route, no route left, or no route even before the scenario. */
export type TripChange = "same" | "rerouted" | "cut" | "no-route";

export interface TripOutcome {
  trip: Trip;
  before?: Route;
  after?: Route;
  change: TripChange;
  /** After minus before, where the trip has a route both times. */
  extraKm?: number;
  extraDays?: number;
  extraCrossings?: number;
  /** A search hit its work bound: a route may exist that it did not reach. */
  stoppedEarly?: true;
}

export interface ScenarioSummary {
  trips: number;
  rerouted: number;
  cut: number;
  /** Trips with no route even before the scenario. */
  unroutable: number;
  /** Trade of the weighted trips that had a route before (USD). */
  tradeUsd: number;
  /** Trade whose route changes, and its average extra days (trade-weighted); trade left with no route. */
  reroutedUsd: number;
  reroutedExtraDays: number;
  cutUsd: number;
  /** Average extra days of the rerouted trips, each counted once. */
  meanExtraDays: number;
}

export interface ScenarioReport {
  by: Criterion;
  outcomes: TripOutcome[];
  summary: ScenarioSummary;
}

/** What every query of an analysis shares: the criterion, planned links, a base scenario. */
export interface AnalysisOptions {
  by?: Criterion;
  includePlanned?: boolean;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The query of one trip under a set of constraints. */
function tripQuery(trip: Trip, options: AnalysisOptions, constraints: object): RouteQuery {
  const { by = "hours", includePlanned } = options;
  return { from: trip.from, to: trip.to, k: 1, by, includePlanned, ...constraints };
}

/** The trip's best route under the constraints; none when they close one of its ends. */
export function routeUnder(
  index: RoutingIndex,
  trip: Trip,
  options: AnalysisOptions,
  constraints: ScenarioConstraints,
): { route?: Route; stoppedEarly?: boolean } {
  if (constraints.avoidPlaces?.some((id) => id === trip.from || id === trip.to)) return {};
  return findBestRoute(index, tripQuery(trip, options, constraints));
}

const sameRoute = (a: Route, b: Route) =>
  a.legs.length === b.legs.length &&
  a.legs.every((leg, position) => leg.link === b.legs[position]?.link);

/** How one trip fares: its route after the closures, against the route it had before. */
export function tripOutcome(
  trip: Trip,
  before: Route | undefined,
  after: Route | undefined,
): TripOutcome {
  if (!before) return { trip, change: "no-route", ...(after && { after }) };
  if (!after) return { trip, before, change: "cut" };
  return {
    trip,
    before,
    after,
    change: sameRoute(before, after) ? "same" : "rerouted",
    extraKm: round1(after.km - before.km),
    extraDays: round1((after.hours - before.hours) / 24),
    extraCrossings: after.crossings - before.crossings,
  };
}

/** Every trip before and after the scenario; throws RouteQueryError for an unknown id. */
export function runScenario(
  index: RoutingIndex,
  trips: Trip[],
  scenario: Scenario,
  options: AnalysisOptions = {},
): ScenarioReport {
  const constraints = scenarioConstraints(index, scenario);
  const outcomes = trips.map((trip) => {
    const base = routeUnder(index, trip, options, {});
    const after = routeUnder(index, trip, options, constraints);
    const outcome = tripOutcome(trip, base.route, after.route);
    return base.stoppedEarly || after.stoppedEarly
      ? { ...outcome, stoppedEarly: true as const }
      : outcome;
  });
  return { by: options.by ?? "hours", outcomes, summary: summarise(outcomes) };
}

function summarise(outcomes: TripOutcome[]): ScenarioSummary {
  const of = (change: TripChange) => outcomes.filter((outcome) => outcome.change === change);
  const weight = (list: TripOutcome[]) => list.reduce((sum, o) => sum + (o.trip.weightUsd ?? 0), 0);
  const rerouted = of("rerouted");
  const reroutedUsd = weight(rerouted);
  const days = (o: TripOutcome) => o.extraDays ?? 0;
  const weightedDays = rerouted.reduce((sum, o) => sum + (o.trip.weightUsd ?? 0) * days(o), 0);
  const totalDays = rerouted.reduce((sum, o) => sum + days(o), 0);
  return {
    trips: outcomes.length,
    rerouted: rerouted.length,
    cut: of("cut").length,
    unroutable: of("no-route").length,
    tradeUsd: weight(outcomes.filter((o) => o.change !== "no-route")),
    reroutedUsd,
    reroutedExtraDays: reroutedUsd > 0 ? round1(weightedDays / reroutedUsd) : 0,
    cutUsd: weight(of("cut")),
    meanExtraDays: rerouted.length > 0 ? round1(totalDays / rerouted.length) : 0,
  };
}
