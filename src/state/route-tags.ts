// Tags for the routes listed (pure): the shortest, the fastest and the one with the fewest crossings.
import type { Route } from "../core/routing";

const ROUTE_TAGS = ["shortest", "fastest", "fewest-crossings"] as const;
export type RouteTag = (typeof ROUTE_TAGS)[number];

type Measured = Pick<Route, "km" | "hours" | "crossings">;

const MEASURES: Record<RouteTag, (route: Measured) => number> = {
  shortest: (route) => route.km,
  fastest: (route) => route.hours,
  "fewest-crossings": (route) => route.crossings,
};

/**
 * Each route's tags, in the order of the list: a tag goes to the routes with the least of its
 * measure, and to none when every route listed has the same (one route alone gets none).
 */
export function routeTags(routes: readonly Measured[]): RouteTag[][] {
  const tags = routes.map((): RouteTag[] => []);
  for (const tag of ROUTE_TAGS) {
    const values = routes.map(MEASURES[tag]);
    const least = Math.min(...values);
    if (values.every((value) => value === least)) continue;
    values.forEach((value, index) => {
      if (value === least) tags[index]?.push(tag);
    });
  }
  return tags;
}
