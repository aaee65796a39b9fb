// What the route list shows: nothing yet, routes, a reason for none, a query problem, or a search under way.

import { scenarioConstraints, withConstraints } from "../core/analysis/scenario";
import { resolveScenario, type ScenarioChoice } from "../core/analysis/scenario-presets";
import { MODES } from "../core/dataset";
import {
  findRoutes,
  type RouteQuery,
  RouteQueryError,
  type RouteResult,
  type RoutingIndex,
} from "../core/routing";
import { type AppState, DISTINCT_MAX_SHARED } from "./app-state";

/** The engine's answer, with its whole result (what it adds, such as an early stop, comes along). */
export type RouteAnswer =
  | ({ kind: "routes" } & RouteResult)
  | ({ kind: "no-route" } & RouteResult)
  | { kind: "problem"; problems: string[] };

export type RouteOutcome =
  | { kind: "no-trip" }
  | { kind: "need-destination" }
  | RouteAnswer
  /** Awaiting the answer; `slow` once it has taken SLOW_AFTER_MS (the list then says so). */
  | { kind: "searching"; slow: boolean }
  /** The user stopped the search before it answered. */
  | { kind: "stopped" };

/** The state fields the route query reads: a change to one of them may change the routes. */
export const QUERY_FIELDS = [
  "origin",
  "destination",
  "via",
  "criterion",
  "alternatives",
  "avoidCountries",
  "avoidPlaces",
  "modes",
  "includePlanned",
  "distinctAlternatives",
  "corridors",
  "month",
  "preferCorridor",
  "scenario",
] as const satisfies readonly (keyof AppState)[];

/** The page's query: the engine's, and the scenario it is asked under (resolved where the network is). */
export interface PageQuery extends RouteQuery {
  scenario?: ScenarioChoice;
}

/** The engine's query for the state, or null while origin or destination is missing. */
export function routeQueryOf(state: AppState): PageQuery | null {
  if (!state.origin || !state.destination) return null;
  const allModes = MODES.every((mode) => state.modes.includes(mode));
  return {
    from: state.origin,
    to: state.destination,
    via: state.via,
    k: state.alternatives,
    by: state.criterion,
    ...(state.avoidPlaces.length > 0 && { avoidPlaces: state.avoidPlaces }),
    ...(state.avoidCountries.length > 0 && { avoidCountries: state.avoidCountries }),
    ...(!allModes && { modes: state.modes }),
    ...(state.includePlanned && { includePlanned: true }),
    ...(state.corridors.length > 0 && { corridors: state.corridors }),
    ...(state.distinctAlternatives && { maxShared: DISTINCT_MAX_SHARED }),
    ...(state.month !== null && { month: state.month }),
    ...(state.preferCorridor !== null && { preferCorridor: state.preferCorridor }),
    ...(closesAnything(state.scenario) && { scenario: state.scenario }),
  };
}

/** True when the choice closes something (an empty list or an absent field closes nothing). */
export function closesAnything(choice: ScenarioChoice): boolean {
  return Object.values(choice).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined,
  );
}

/** The query a page query stands for on the network: its own constraints and its scenario's. */
export function engineQuery(index: RoutingIndex, { scenario, ...query }: PageQuery): RouteQuery {
  if (!scenario) return query;
  return withConstraints(query, scenarioConstraints(index, resolveScenario(index, scenario)));
}

/** The engine's answer to a query, as plain data (it crosses from the route worker to the page). */
export function answerQuery(index: RoutingIndex, query: PageQuery): RouteAnswer {
  try {
    const result = findRoutes(index, engineQuery(index, query));
    if (result.routes.length > 0) return { ...result, kind: "routes" };
    return { ...result, kind: "no-route" };
  } catch (error) {
    if (error instanceof RouteQueryError) return { kind: "problem", problems: error.problems };
    throw error;
  }
}
