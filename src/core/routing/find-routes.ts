// The routing entry point: best route and ranked alternatives for a query, as a readable result.

import { differenceText } from "./difference-text";
import { explainNoRoute, type NoRouteExplanation } from "./no-route";
import { rankedPaths } from "./ranked-paths";
import { countryName } from "./route-countries";
import { differenceFromBest, placeLabel } from "./route-differences";
import { type ResolvedQuery, type RouteQuery, resolveQuery } from "./route-query";
import { describeRoute, type Route } from "./route-result";
import type { RoutingIndex } from "./routing-index";

/** Plain data (JSON-serialisable): the query as understood, the routes, and why none if none. */
export interface RouteResult extends Partial<NoRouteExplanation> {
  query: ResolvedQuery;
  routes: Route[];
}

/**
 * Best route and up to k−1 alternatives, ranked by the query's criterion. Throws RouteQueryError
 * when the query names unknown places or options; a query with no answer gets `reason` instead.
 */
export function findRoutes(index: RoutingIndex, query: RouteQuery): RouteResult {
  const resolved = resolveQuery(index, query);
  const paths = rankedPaths(index, resolved);
  if (paths.length === 0)
    return { query: resolved, routes: [], ...explainNoRoute(index, resolved) };
  const routes = paths.map((path, position) => describeRoute(index, path, position + 1));
  const best = routes[0] as Route;
  const names = { country: countryName, place: (id: string) => placeLabel(index, id) };
  for (const route of routes.slice(1)) {
    route.difference = differenceFromBest(route, best);
    route.differsFromBest = differenceText(route.difference, names);
  }
  return { query: resolved, routes };
}
