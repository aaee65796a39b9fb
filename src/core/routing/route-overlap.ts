// How much of a route runs where a better route already runs, to keep alternatives that differ for real.
import type { FoundPath } from "./route-search";
import type { RoutingIndex } from "./routing-index";

/** Unordered place pair of a link: a road beside a rail line counts as the same stretch. */
function stretchKey(index: RoutingIndex, link: number): number {
  const a = index.linkFrom[link] as number;
  const b = index.linkTo[link] as number;
  return Math.min(a, b) * index.placeIds.length + Math.max(a, b);
}

/** Share (0–1) of the route's km on stretches that `better` also runs. */
export function sharedShare(index: RoutingIndex, route: FoundPath, better: FoundPath): number {
  const betterStretches = new Set(better.links.map((link) => stretchKey(index, link)));
  let sharedKm = 0;
  let totalKm = 0;
  for (const link of route.links) {
    const km = index.links[link]?.km ?? 0;
    totalKm += km;
    if (betterStretches.has(stretchKey(index, link))) sharedKm += km;
  }
  return totalKm === 0 ? 1 : sharedKm / totalKm;
}
