// One search engine per routing view: A* over arcs (the leg a route arrived by), so that what a
// transfer costs can depend on the legs on both sides of it, as in OSRM's edge-based graph.
import { greatCircleBound } from "./great-circle-bound";
import { PlaceHeap } from "./place-heap";
import type { RoutingView } from "./routing-view";
import type { WorkBudget } from "./work-budget";

/** A route as the search sees it, in travel order, with its total cost. */
export interface FoundPath {
  places: number[];
  links: number[];
  /** Search state of each leg (its arc, and how many via places were passed on arriving). */
  states: number[];
  /** Cost on arriving at the end of each leg, transfers before it included. */
  arrival: number[];
  cost: number;
}

/** A spur search starts from a state already reached at a cost; null starts at the origin. */
export type SearchStart = { state: number; cost: number } | null;

/**
 * A state is an arc and a layer: the number of via places passed (a route through ordered via
 * places is one search over layers). Arrays are reused between searches, stamped with generation
 * numbers instead of cleared; blocks (Yen's spur searches) last until clearBlocks().
 */
export class RouteSearch {
  readonly arcCount: number;
  private cost = new Float64Array(0);
  private parent = new Int32Array(0);
  private seenAt = new Uint32Array(0);
  private settledAt = new Uint32Array(0);
  /** Per place and layer, for searches where the arriving leg costs nothing to change. */
  private placeSettledAt = new Uint32Array(0);
  private readonly role: Int32Array;
  private readonly placeBlockedAt: Uint32Array;
  private readonly linkBlockedAt: Uint32Array;
  private readonly heap = new PlaceHeap(1024);
  private readonly bound: (place: number, target: number) => number;
  /** The bound of each place for the search under way, computed once per place (stamped). */
  private readonly boundValue: Float64Array;
  private readonly boundAt: Uint32Array;
  private generation = 0;
  private blockGeneration = 1;
  private waypoints: number[] = [];
  /** Layer of the state `step` last allowed. */
  nextLayer = 0;

  constructor(readonly view: RoutingView) {
    const { index } = view;
    this.arcCount = index.arcHead.length;
    this.role = new Int32Array(index.placeIds.length).fill(-1);
    this.placeBlockedAt = new Uint32Array(index.placeIds.length);
    this.linkBlockedAt = new Uint32Array(index.linkIds.length);
    this.bound = greatCircleBound(view);
    this.boundValue = new Float64Array(index.placeIds.length);
    this.boundAt = new Uint32Array(index.placeIds.length);
  }

  get origin(): number {
    return this.waypoints[0] as number;
  }

  get target(): number {
    return this.waypoints[this.waypoints.length - 1] as number;
  }

  /** Via places passed on arriving at the target. */
  get lastLayer(): number {
    return this.waypoints.length - 2;
  }

  /** Sets the origin, the via places in order and the destination for the next searches. */
  prepare(waypoints: number[]): void {
    for (const place of this.waypoints) this.role[place] = -1;
    waypoints.forEach((place, position) => {
      this.role[place] = position;
    });
    this.waypoints = waypoints;
    const states = this.arcCount * (waypoints.length - 1);
    if (this.cost.length < states) {
      this.cost = new Float64Array(states);
      this.parent = new Int32Array(states);
      this.seenAt = new Uint32Array(states);
      this.settledAt = new Uint32Array(states);
    }
    const placeStates = this.view.index.placeIds.length * (waypoints.length - 1);
    if (this.placeSettledAt.length < placeStates) {
      this.placeSettledAt = new Uint32Array(placeStates);
    }
  }

  clearBlocks(): void {
    this.blockGeneration++;
  }

  blockPlace(place: number): void {
    this.placeBlockedAt[place] = this.blockGeneration;
  }

  blockLink(link: number): void {
    this.linkBlockedAt[link] = this.blockGeneration;
  }

  /**
   * Cost of leaving by arc `next` after arriving by `arc` (-1: at the origin) at `layer`, its
   * link included; -1 where the constraints, the blocks or the via order forbid it.
   */
  step(arc: number, layer: number, next: number): number {
    const { index, costs, placeOpen } = this.view;
    const link = index.arcLink[next] as number;
    if (arc >= 0 && link === index.arcLink[arc]) return -1;
    const linkCost = costs.linkCost[link] as number;
    const place = index.arcHead[next] as number;
    if (linkCost === Number.POSITIVE_INFINITY || !placeOpen[place]) return -1;
    if (this.placeBlockedAt[place] === this.blockGeneration) return -1;
    if (this.linkBlockedAt[link] === this.blockGeneration) return -1;
    const role = this.role[place] as number;
    if (role >= 0 && role !== layer + 1) return -1;
    this.nextLayer = role >= 0 && role <= this.lastLayer ? layer + 1 : layer;
    if (costs.free) return linkCost;
    return linkCost + (arc < 0 ? costs.start(next) : costs.between(arc, next));
  }

  /** What reaching the target by this state adds: unloading after a last leg by water. */
  endCost(state: number): number {
    return this.view.costs.end(state % this.arcCount);
  }

  isOriginOpen(): boolean {
    const origin = this.origin;
    return !!this.view.placeOpen[origin] && this.placeBlockedAt[origin] !== this.blockGeneration;
  }

  /** Cheapest path from the start to the target; `tree` (exact costs to the target) makes it A*. */
  cheapestPath(start: SearchStart, budget: WorkBudget, tree?: Float64Array): FoundPath | undefined {
    this.generation++;
    this.potentialTree = tree;
    this.heap.clear();
    if (start) this.relax(start.state, start.cost, -1);
    else if (this.isOriginOpen()) this.forEachStep(-1, 0, 0, -1, this.relaxCallback);
    const { heap, cost, settledAt, arcCount, generation, placeSettledAt } = this;
    const { arcHead, firstArc } = this.view.index;
    const placeCount = this.view.index.placeIds.length;
    // Where no transfer costs anything and the potential is the same for every leg into a place,
    // the leg a route arrived by does not change what follows: the first state to settle a place
    // (at a layer) settles it for all, as in a node search. (The tree's potential differs per leg.)
    const byPlace = this.view.costs.free && !tree;
    const target = this.target;
    while (heap.size > 0) {
      const state = heap.pop();
      if (settledAt[state] === generation) continue;
      settledAt[state] = generation;
      const arc = state % arcCount;
      const place = arcHead[arc] as number;
      const layer = (state - arc) / arcCount;
      if (byPlace) {
        const placeState = layer * placeCount + place;
        if (placeSettledAt[placeState] === generation) continue;
        placeSettledAt[placeState] = generation;
      }
      if (!budget.spend()) return undefined;
      if (place === target) return this.pathTo(state);
      const base = cost[state] as number;
      const end = firstArc[place + 1] as number;
      // forEachStep written out, with no callback: this loop is where a query spends its time.
      for (let next = firstArc[place] as number; next < end; next++) {
        const stepCost = this.step(arc, layer, next);
        if (stepCost < 0) continue;
        const head = arcHead[next] as number;
        if (byPlace && placeSettledAt[this.nextLayer * placeCount + head] === generation) continue;
        this.relax(this.nextLayer * arcCount + next, base + stepCost, state);
      }
    }
    return undefined;
  }

  /** The potential of the search under way: the tree given, or the great-circle bound. */
  private potentialTree: Float64Array | undefined;
  private readonly relaxCallback = (state: number, value: number, from: number) =>
    this.relax(state, value, from);

  private relax(state: number, value: number, from: number): void {
    const { cost, seenAt, generation } = this;
    if (seenAt[state] === generation && value >= (cost[state] as number)) return;
    const rest = this.potential(state);
    if (rest === Number.POSITIVE_INFINITY) return;
    cost[state] = value;
    this.parent[state] = from;
    seenAt[state] = generation;
    this.heap.push(value + rest, state);
  }

  /** A lower bound of the cost still to come from a state, its end's unloading included. */
  private potential(state: number): number {
    if (this.potentialTree) return this.potentialTree[state] as number;
    const place = this.view.index.arcHead[state % this.arcCount] as number;
    if (place === this.target) return this.endCost(state);
    if (this.boundAt[place] !== this.generation) {
      this.boundAt[place] = this.generation;
      this.boundValue[place] = this.bound(place, this.target);
    }
    return this.boundValue[place] as number;
  }

  /** Calls `visit` for each state reachable in one step from `arc` (−1: the origin), with its cost. */
  forEachStep(
    arc: number,
    layer: number,
    base: number,
    from: number,
    visit: (state: number, value: number, from: number) => void,
  ): void {
    const { firstArc } = this.view.index;
    const place = arc < 0 ? this.origin : (this.view.index.arcHead[arc] as number);
    const end = firstArc[place + 1] as number;
    for (let next = firstArc[place] as number; next < end; next++) {
      const stepCost = this.step(arc, layer, next);
      if (stepCost >= 0) visit(this.nextLayer * this.arcCount + next, base + stepCost, from);
    }
  }

  /**
   * Exact cost from every state to the target (Infinity where it cannot get there), the end's
   * unloading included: a perfect A* potential for the searches that follow with more blocks.
   */
  treeToTarget(budget: WorkBudget): Float64Array | undefined {
    const generation = ++this.generation;
    const { heap, cost, seenAt, settledAt, arcCount } = this;
    const { index, costs } = this.view;
    const { firstArc, arcReverse, arcTail } = index;
    const target = this.target;
    heap.clear();
    const relax = (state: number, value: number) => {
      if (seenAt[state] === generation && value >= (cost[state] as number)) return;
      cost[state] = value;
      seenAt[state] = generation;
      heap.push(value, state);
    };
    for (let out = firstArc[target] as number; out < (firstArc[target + 1] as number); out++) {
      const arc = arcReverse[out] as number;
      if (this.canArrive(arc)) relax(this.lastLayer * arcCount + arc, costs.end(arc));
    }
    while (heap.size > 0) {
      const state = heap.pop();
      if (settledAt[state] === generation) continue;
      settledAt[state] = generation;
      if (!budget.spend()) return undefined;
      const next = state % arcCount;
      const place = arcTail[next] as number;
      const layer = this.layerBefore(next, (state - next) / arcCount, place);
      if (layer < 0) continue;
      if (!this.view.placeOpen[place] || this.placeBlockedAt[place] === this.blockGeneration)
        continue;
      for (let out = firstArc[place] as number; out < (firstArc[place + 1] as number); out++) {
        const arc = arcReverse[out] as number;
        if (!this.canArrive(arc)) continue;
        const stepCost = this.step(arc, layer, next);
        if (stepCost < 0 || this.nextLayer * arcCount + next !== state) continue;
        relax(layer * arcCount + arc, (cost[state] as number) + stepCost);
      }
    }
    const tree = new Float64Array(this.cost.length).fill(Number.POSITIVE_INFINITY);
    for (let state = 0; state < tree.length; state++) {
      if (settledAt[state] === generation) tree[state] = cost[state] as number;
    }
    return tree;
  }

  /** Whether a route may arrive by this arc at all: its link is open, and so is the place it reaches. */
  private canArrive(arc: number): boolean {
    const { index, costs, placeOpen } = this.view;
    const link = index.arcLink[arc] as number;
    const place = index.arcHead[arc] as number;
    return (
      costs.linkCost[link] !== Number.POSITIVE_INFINITY &&
      this.linkBlockedAt[link] !== this.blockGeneration &&
      !!placeOpen[place] &&
      this.placeBlockedAt[place] !== this.blockGeneration
    );
  }

  /** The layer a route was at on arriving at `place`, before leaving by `next` into `layer`; −1 if none. */
  private layerBefore(next: number, layer: number, place: number): number {
    const role = this.role[place] as number;
    if (role === 0) return -1;
    const headRole = this.role[this.view.index.arcHead[next] as number] as number;
    const before = headRole >= 1 && headRole <= this.lastLayer ? layer - 1 : layer;
    return role < 0 || role === before ? before : -1;
  }

  private pathTo(last: number): FoundPath {
    const states: number[] = [];
    for (let state = last; state >= 0; state = this.parent[state] as number) states.push(state);
    states.reverse();
    return this.describe(
      states,
      states.map((state) => this.cost[state] as number),
    );
  }

  /** A found path from its states and the cost on arriving by each. */
  describe(states: number[], arrival: number[]): FoundPath {
    const { arcTail, arcHead, arcLink } = this.view.index;
    const arcOf = (state: number) => state % this.arcCount;
    const last = states[states.length - 1] as number;
    return {
      places: [
        arcTail[arcOf(states[0] as number)] as number,
        ...states.map((state) => arcHead[arcOf(state)] as number),
      ],
      links: states.map((state) => arcLink[arcOf(state)] as number),
      states,
      arrival,
      cost: (arrival[arrival.length - 1] as number) + this.endCost(last),
    };
  }
}
