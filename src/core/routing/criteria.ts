// What "best" means: the cost of a link under each criterion (distance, time, border crossings).
import type { RoutingIndex } from "./routing-index";

export const CRITERIA = ["km", "hours", "crossings"] as const;
export type Criterion = (typeof CRITERIA)[number];

/**
 * Half crossings a link adds: one half per end at a two-country place, two halves when its ends
 * share no country, none between two posts of the same border (Astara AZ – Astara IR). Over a
 * simple path through crossing places this sums to twice the number of country changes, plus a
 * half for each end of the route at a crossing place (the same for every route of a query).
 */
export function halfCrossings(index: RoutingIndex, link: number): number {
  const from = index.places[index.linkFrom[link] as number]?.countries ?? [];
  const to = index.places[index.linkTo[link] as number]?.countries ?? [];
  const sameBorder =
    from.length > 1 && from.length === to.length && from.every((c) => to.includes(c));
  if (sameBorder) return 0;
  const twoCountryEnds = (from.length > 1 ? 1 : 0) + (to.length > 1 ? 1 : 0);
  const sharesCountry = from.some((country) => to.includes(country));
  return twoCountryEnds + (sharesCountry ? 0 : 2);
}

/**
 * Cost of every link under a criterion. For "crossings", crossings dominate and km break ties:
 * half-crossings × crossingWeight + km, where crossingWeight (a power of two, so products stay
 * exact) exceeds the km of any simple route.
 */
export function linkCosts(index: RoutingIndex, criterion: Criterion): Float64Array {
  const costs = new Float64Array(index.links.length);
  const totalKm = index.links.reduce((sum, link) => sum + link.km, 0);
  const crossingWeight = 2 ** Math.ceil(Math.log2(totalKm + 2));
  index.links.forEach((link, number) => {
    if (criterion === "km") costs[number] = link.km;
    else if (criterion === "hours") costs[number] = link.hours;
    else costs[number] = halfCrossings(index, number) * crossingWeight + link.km;
  });
  return costs;
}
