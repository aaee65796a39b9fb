// What the route list shows for a state: nothing yet, routes, a reason for none, or a query problem.

import { MODES } from "../core/dataset";
import {
  findRoutes,
  type ResolvedQuery,
  type Route,
  type RouteQuery,
  RouteQueryError,
  type RoutingIndex,
} from "../core/routing";
import { type AppState, DISTINCT_MAX_SHARED } from "./app-state";

export type RouteOutcome =
  | { kind: "no-trip" }
  | { kind: "need-destination" }
  | { kind: "routes"; routes: Route[]; query: ResolvedQuery }
  | { kind: "no-route"; reason: string; cutBy: string[] }
  | { kind: "problem"; problems: string[] };

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
] as const satisfies readonly (keyof AppState)[];

/** The engine's query for the state, or null while origin or destination is missing. */
export function routeQueryOf(state: AppState): RouteQuery | null {
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
  };
}

/**
 * Asks the engine once per distinct query; the same query gives back the same outcome object.
 * A function for the index compiles it at the first query (not while a big network loads).
 */
export function routeOutcomes(
  source: RoutingIndex | (() => RoutingIndex),
): (state: AppState) => RouteOutcome {
  let index: RoutingIndex | null = typeof source === "function" ? null : source;
  const compiled = () => {
    index ??= (source as () => RoutingIndex)();
    return index;
  };
  let lastKey = "";
  let last: RouteOutcome = { kind: "no-trip" };
  return (state) => {
    const query = routeQueryOf(state);
    if (!query) return state.origin ? { kind: "need-destination" } : { kind: "no-trip" };
    const key = JSON.stringify(query);
    if (key !== lastKey) {
      last = outcomeOf(compiled(), query);
      lastKey = key;
    }
    return last;
  };
}

function outcomeOf(index: RoutingIndex, query: RouteQuery): RouteOutcome {
  try {
    const result = findRoutes(index, query);
    if (result.routes.length > 0)
      return { kind: "routes", routes: result.routes, query: result.query };
    return { kind: "no-route", reason: result.reason ?? "", cutBy: result.cutBy ?? [] };
  } catch (error) {
    if (error instanceof RouteQueryError) return { kind: "problem", problems: error.problems };
    throw error;
  }
}
