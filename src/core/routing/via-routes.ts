// Routes through ordered via places: loopless sections joined end to end, cheapest combinations first.
import { takeCheapest } from "./cheapest-first";
import type { LooplessRoutes } from "./loopless-routes";
import type { FoundPath } from "./route-search";

interface Combination {
  /** Rank of the path taken in each section. */
  ranks: number[];
  cost: number;
  /** First section whose rank may still be raised (each combination is then reached once). */
  pivot: number;
}

/**
 * Yields the routes that take one loopless path per section (origin → via 1 → … → destination),
 * in order of total cost, skipping those that pass a place twice. With one section these are
 * simply that section's paths.
 */
export function* viaRoutes(sections: LooplessRoutes[]): Generator<FoundPath> {
  const open: Combination[] = [];
  pushCombination(open, sections, new Array(sections.length).fill(0), 0);
  for (let next = takeCheapest(open); next; next = takeCheapest(open)) {
    const route = joinSections(sections, next.ranks);
    if (new Set(route.places).size === route.places.length) yield route;
    // Successors only after the yield, so that asking for one route never computes a second.
    for (let section = next.pivot; section < sections.length; section++) {
      const ranks = next.ranks.slice();
      ranks[section] = (ranks[section] as number) + 1;
      pushCombination(open, sections, ranks, section);
    }
  }
}

function pushCombination(
  open: Combination[],
  sections: LooplessRoutes[],
  ranks: number[],
  pivot: number,
): void {
  let cost = 0;
  for (let section = 0; section < sections.length; section++) {
    const path = sections[section]?.get(ranks[section] as number);
    if (!path) return;
    cost += path.cost;
  }
  open.push({ ranks, cost, pivot });
}

function joinSections(sections: LooplessRoutes[], ranks: number[]): FoundPath {
  const route: FoundPath = { places: [], links: [], cost: 0 };
  sections.forEach((section, position) => {
    const path = section.get(ranks[position] as number) as FoundPath;
    route.places.push(...(position === 0 ? path.places : path.places.slice(1)));
    route.links.push(...path.links);
    route.cost += path.cost;
  });
  return route;
}
