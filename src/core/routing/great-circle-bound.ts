// A lower bound of the cost from a place to the target: great-circle distance × the cheapest cost per km.
import { greatCircleKm } from "../geo";
import type { RoutingView } from "./routing-view";

/**
 * Every link costs at least `rate` × the great-circle distance between its ends, and transfers
 * cost nothing or more, so `rate` × the distance to the target never overestimates: A* stays exact
 * (and consistent, by the triangle inequality). Links with ends at one position give no rate.
 */
export function greatCircleBound(view: RoutingView): (place: number, target: number) => number {
  const { index, costs } = view;
  const positions = index.places;
  let rate = Number.POSITIVE_INFINITY;
  index.links.forEach((_, link) => {
    const from = positions[index.linkFrom[link] as number];
    const to = positions[index.linkTo[link] as number];
    const km = from && to ? greatCircleKm(from, to) : 0;
    const cost = costs.linkCost[link] as number;
    if (km > 0 && cost < Number.POSITIVE_INFINITY) rate = Math.min(rate, cost / km);
  });
  if (!(rate > 0 && rate < Number.POSITIVE_INFINITY)) return () => 0;
  const slack = 1 - 1e-9;
  return (place, target) => {
    const from = positions[place];
    const to = positions[target];
    return from && to ? greatCircleKm(from, to) * rate * slack : 0;
  };
}
