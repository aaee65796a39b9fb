// Where each route's number sits on the map (pure): on the leg nearest the middle of its length that it draws.
import type { Route } from "../../core/routing/route-types";

export interface RouteBadge {
  /** Index of the route in the list (its number is one more). */
  route: number;
  link: string;
  from: string;
  to: string;
}

/** One badge per route that draws a leg of its own (a leg shared with the selected route is drawn by it). */
export function routeBadges(
  routes: readonly Route[],
  routeOfLink: ReadonlyMap<string, number>,
): RouteBadge[] {
  return routes.flatMap((route, index) => {
    const half = route.legs.reduce((sum, leg) => sum + leg.km, 0) / 2;
    let walked = 0;
    let best: RouteBadge | null = null;
    let bestOffset = Number.POSITIVE_INFINITY;
    for (const leg of route.legs) {
      const offset = Math.abs(walked + leg.km / 2 - half);
      walked += leg.km;
      if (routeOfLink.get(leg.link) !== index || offset >= bestOffset) continue;
      best = { route: index, link: leg.link, from: leg.from, to: leg.to };
      bestOffset = offset;
    }
    return best ? [best] : [];
  });
}
