// The routing entry point: best route and ranked alternatives for a query, as a readable result.

import { explainNoRoute, type NoRouteExplanation } from "./no-route";
import { queryBudget, type RankedPaths, rankedPaths } from "./ranked-paths";
import { differenceFromBest } from "./route-differences";
import { type ResolvedQuery, type RouteQuery, resolveQuery } from "./route-query";
import { closuresOf, describeRoute } from "./route-result";
import type { Route, RouteClosure } from "./route-types";
import type { RoutingIndex } from "./routing-index";
import type { WorkBudget } from "./work-budget";

/** Plain data (JSON-serialisable): the query as understood, the routes, and why none if none. */
export interface RouteResult extends Partial<NoRouteExplanation> {
  query: ResolvedQuery;
  routes: Route[];
  /** Present when the search hit its work bound: routes it did not reach may be missing. */
  stoppedEarly?: true;
  /** With a month: the places and links closed that month, which no route uses. */
  closedInMonth?: RouteClosure[];
}

/**
 * Best route and up to k−1 alternatives, ranked by the query's criterion. Throws RouteQueryError
 * when the query names unknown places or options; a query with no answer gets the cause instead.
 * The budget bounds the work of the whole query, its "why no route" included.
 */
export function findRoutes(
  index: RoutingIndex,
  query: RouteQuery,
  budget = queryBudget(index),
): RouteResult {
  const resolved = resolveQuery(index, query);
  return routeResult(index, resolved, rankedPaths(index, resolved, budget), budget);
}

/**
 * The result a user reads from ranked paths, whichever engine found them: routes described, each
 * alternative compared with the best, or why there is none (within the budget).
 */
export function routeResult(
  index: RoutingIndex,
  resolved: ResolvedQuery,
  { paths, stoppedEarly }: RankedPaths,
  budget: WorkBudget,
): RouteResult {
  const closed = closedIn(index, resolved.month);
  if (paths.length === 0 && !stoppedEarly) {
    const explanation = explainNoRoute(index, resolved, budget);
    if (!budget.exhausted) return { query: resolved, routes: [], ...explanation, ...closed };
  }
  if (paths.length === 0) return { query: resolved, routes: [], stoppedEarly: true };
  const routes = paths.map((path, position) => describeRoute(index, path, position + 1));
  const best = routes[0] as Route;
  for (const route of routes.slice(1)) route.difference = differenceFromBest(route, best);
  return { query: resolved, routes, ...(stoppedEarly && { stoppedEarly }), ...closed };
}

/**
 * The best route of the query alone (its k ignored), with no "why no route": for analyses that
 * run many queries and only need to know whether a route is left, and which.
 */
export function findBestRoute(
  index: RoutingIndex,
  query: RouteQuery,
  budget = queryBudget(index),
): { route?: Route; stoppedEarly: boolean } {
  const resolved = { ...resolveQuery(index, query), k: 1, maxShared: undefined };
  const { paths, stoppedEarly } = rankedPaths(index, resolved, budget);
  const [path] = paths;
  return path ? { route: describeRoute(index, path, 1), stoppedEarly } : { stoppedEarly };
}

function closedIn(index: RoutingIndex, month: number | undefined) {
  if (month === undefined) return {};
  const closedThen = (months: number[]) => months.includes(month);
  return {
    closedInMonth: closuresOf(index, index.placeIds.keys(), index.linkIds.keys(), closedThen),
  };
}
