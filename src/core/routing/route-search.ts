// One search engine per routing view: Dijkstra, or A* with a potential, over the typed arrays.
import { PlaceHeap } from "./place-heap";
import type { RoutingView } from "./routing-view";

/** A route as the search sees it: place and link numbers in travel order, and its cost. */
export interface FoundPath {
  places: number[];
  links: number[];
  cost: number;
}

/** Cost from every place to one target under the view (Infinity where it cannot be reached). */
export interface TargetTree {
  target: number;
  costToTarget: Float64Array;
}

/**
 * Reuses its arrays between searches (stamped with a generation number instead of cleared), and
 * lets a caller block places and links for the next searches, as Yen's spur searches need.
 */
export class RouteSearch {
  private readonly cost: Float64Array;
  private readonly arrivedBy: Int32Array;
  private readonly seenAt: Uint32Array;
  private readonly settledAt: Uint32Array;
  private readonly placeBlockedAt: Uint32Array;
  private readonly linkBlockedAt: Uint32Array;
  private readonly heap = new PlaceHeap(1024);
  private generation = 0;
  private blockGeneration = 1;

  constructor(readonly view: RoutingView) {
    const placeCount = view.index.placeIds.length;
    this.cost = new Float64Array(placeCount);
    this.arrivedBy = new Int32Array(placeCount);
    this.seenAt = new Uint32Array(placeCount);
    this.settledAt = new Uint32Array(placeCount);
    this.placeBlockedAt = new Uint32Array(placeCount);
    this.linkBlockedAt = new Uint32Array(view.index.linkIds.length);
  }

  /** Lifts every block set so far. */
  clearBlocks(): void {
    this.blockGeneration++;
  }

  blockPlace(place: number): void {
    this.placeBlockedAt[place] = this.blockGeneration;
  }

  blockLink(link: number): void {
    this.linkBlockedAt[link] = this.blockGeneration;
  }

  /** Cheapest path from `from` to `to`; with a potential (a lower bound of cost to `to`), A*. */
  cheapestPath(from: number, to: number, potential?: Float64Array): FoundPath | undefined {
    this.explore(from, to, potential);
    return this.settledAt[to] === this.generation ? this.pathTo(from, to) : undefined;
  }

  /** Exact cost from every place to `target` (Infinity where unreachable): a perfect A* potential. */
  treeTo(target: number): TargetTree {
    this.explore(target, -1);
    const costToTarget = new Float64Array(this.cost.length).fill(Number.POSITIVE_INFINITY);
    for (let place = 0; place < costToTarget.length; place++) {
      if (this.settledAt[place] === this.generation)
        costToTarget[place] = this.cost[place] as number;
    }
    return { target, costToTarget };
  }

  private explore(from: number, to: number, potential?: Float64Array): void {
    const generation = ++this.generation;
    const { linkCost, placeOpen, index } = this.view;
    const { firstArc, arcHead, arcLink } = index;
    const { cost, arrivedBy, seenAt, settledAt, heap } = this;
    heap.clear();
    if (!placeOpen[from] || this.placeBlockedAt[from] === this.blockGeneration) return;
    cost[from] = 0;
    seenAt[from] = generation;
    arrivedBy[from] = -1;
    heap.push(0, from);
    while (heap.size > 0) {
      const place = heap.pop();
      if (settledAt[place] === generation) continue;
      settledAt[place] = generation;
      if (place === to) return;
      const placeCost = cost[place] as number;
      const end = firstArc[place + 1] as number;
      for (let arc = firstArc[place] as number; arc < end; arc++) {
        const link = arcLink[arc] as number;
        const next = arcHead[arc] as number;
        const nextCost = placeCost + (linkCost[link] as number);
        if (seenAt[next] === generation && nextCost >= (cost[next] as number)) continue;
        if (nextCost === Number.POSITIVE_INFINITY || !placeOpen[next]) continue;
        if (this.isBlocked(next, link)) continue;
        const estimate = potential ? nextCost + (potential[next] as number) : nextCost;
        if (estimate === Number.POSITIVE_INFINITY) continue;
        cost[next] = nextCost;
        seenAt[next] = generation;
        arrivedBy[next] = link;
        heap.push(estimate, next);
      }
    }
  }

  private isBlocked(place: number, link: number): boolean {
    return (
      this.placeBlockedAt[place] === this.blockGeneration ||
      this.linkBlockedAt[link] === this.blockGeneration
    );
  }

  private pathTo(from: number, to: number): FoundPath {
    const { linkFrom, linkTo } = this.view.index;
    const places = [to];
    const links: number[] = [];
    for (let place = to; place !== from; ) {
      const link = this.arrivedBy[place] as number;
      links.push(link);
      place = linkFrom[link] === place ? (linkTo[link] as number) : (linkFrom[link] as number);
      places.push(place);
    }
    return { places: places.reverse(), links: links.reverse(), cost: this.cost[to] as number };
  }
}
