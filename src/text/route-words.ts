// The sentences a route file carries (how each route differs from route 1, why there is none), in one language.
import type { Language } from "../core/dataset";
import type { RouteWords } from "../core/export/export-places";
import type { RouteResult } from "../core/routing";
import { differenceText } from "./difference-text";
import { noRouteReason } from "./no-route-reason";
import type { RouteNames } from "./route-names";

export function routeWords(result: RouteResult, names: RouteNames, language: Language): RouteWords {
  return {
    differsFromBest: (route) =>
      route.difference ? differenceText(route.difference, names, language) : null,
    ...(result.routes.length === 0 && { noRoute: noRouteReason(result, names, language) }),
  };
}
