// The routing API for the web view and the command line.

export { CRITERIA, type Criterion } from "./criteria";
export { findBestRoute, findRoutes, type RouteResult } from "./find-routes";
export { MAX_ROUTES, type RouteQuery, RouteQueryError } from "./route-query";
export type { RouteTransfer } from "./route-transfers";
export type { Route, RouteClosure, RouteLeg, RouteStage } from "./route-types";
export { compileRoutingIndex, type RoutingIndex } from "./routing-index";
export { WorkBudget } from "./work-budget";
