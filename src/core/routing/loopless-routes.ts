// Yen's k shortest loopless paths between two places, produced lazily in order of cost.
import { takeCheapest } from "./cheapest-first";
import type { FoundPath, RouteSearch, SearchStart } from "./route-search";
import { cheapestSimplePath } from "./simple-path";
import type { WorkBudget } from "./work-budget";

interface RankedPath extends FoundPath {
  /** Index of the place where this path left the one it was derived from (Lawler's saving). */
  deviation: number;
}

/**
 * The loopless paths between the search's waypoints, cheapest first; `get(rank)` computes as many
 * as it needs. Spur searches run A* with the exact cost-to-target of the unblocked view as
 * potential, and start from the state the root arrived in, so the transfer at the spur is paid.
 */
export class LooplessRoutes {
  private readonly found: RankedPath[] = [];
  private readonly candidates: RankedPath[] = [];
  private readonly seen = new Set<string>();
  private tree: Float64Array | undefined;
  private exhausted = false;

  constructor(
    private readonly search: RouteSearch,
    private readonly budget: WorkBudget,
  ) {}

  /** The path of the given rank (0 = cheapest), or undefined when there are no more. */
  get(rank: number): FoundPath | undefined {
    while (this.found.length <= rank && !this.exhausted) this.findNext();
    return this.found[rank];
  }

  private findNext(): void {
    if (this.found.length === 0) this.addCandidate(this.spurPath(null, 0, null));
    else this.addSpurCandidates(this.found[this.found.length - 1] as RankedPath);
    const next = this.budget.exhausted ? undefined : takeCheapest(this.candidates);
    if (next) this.found.push(next);
    else this.exhausted = true;
  }

  private addSpurCandidates(last: RankedPath): void {
    this.tree ??= this.treeToTarget();
    if (!this.tree) return;
    for (let spur = last.deviation; spur < last.links.length; spur++) {
      const start = spur === 0 ? null : spurStart(last, spur);
      this.addCandidate(this.spurPath(last, spur, start));
      if (this.budget.exhausted) return;
    }
  }

  /** Cheapest path that follows `last` up to place `spur`, then leaves it on a link no found path took. */
  private spurPath(last: RankedPath | null, spur: number, start: SearchStart) {
    const { search } = this;
    this.blockRoot(last, spur);
    let tail = search.cheapestPath(start, this.budget, this.tree);
    if (tail && !isLoopless(tail)) {
      this.tree ??= this.treeToTarget();
      if (!this.tree) return undefined;
      this.blockRoot(last, spur);
      tail = cheapestSimplePath(search, start, this.tree, this.budget);
    }
    if (!tail || !last || spur === 0) return tail && { ...tail, deviation: 0 };
    return joined(last, spur, tail);
  }

  /** The exact potential, computed once per query, with no blocks; then the spur's blocks again. */
  private treeToTarget(): Float64Array | undefined {
    this.search.clearBlocks();
    return this.search.treeToTarget(this.budget);
  }

  /** Yen's blocks: the root's places, and the next link of every found path with the same root. */
  private blockRoot(last: RankedPath | null, spur: number): void {
    this.search.clearBlocks();
    if (!last) return;
    for (let place = 0; place < spur; place++) this.search.blockPlace(last.places[place] as number);
    for (const path of this.found) {
      if (path.links.length > spur && sharesRoot(path, last, spur))
        this.search.blockLink(path.links[spur] as number);
    }
  }

  private addCandidate(path: RankedPath | undefined): void {
    if (!path) return;
    const key = path.links.join(",");
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.candidates.push(path);
  }
}

/** The state the root of `last` arrived in at place `spur`, and its cost there. */
function spurStart(last: FoundPath, spur: number): SearchStart {
  return { state: last.states[spur - 1] as number, cost: last.arrival[spur - 1] as number };
}

/** The root of `last` up to place `spur`, then the spur path (which starts with the root's last leg). */
function joined(last: FoundPath, spur: number, tail: FoundPath): RankedPath {
  return {
    places: [...last.places.slice(0, spur - 1), ...tail.places],
    links: [...last.links.slice(0, spur - 1), ...tail.links],
    states: [...last.states.slice(0, spur - 1), ...tail.states],
    arrival: [...last.arrival.slice(0, spur - 1), ...tail.arrival],
    cost: tail.cost,
    deviation: spur,
  };
}

function isLoopless(path: FoundPath): boolean {
  return new Set(path.places).size === path.places.length;
}

function sharesRoot(a: FoundPath, b: FoundPath, length: number): boolean {
  for (let position = 0; position < length; position++) {
    if (a.links[position] !== b.links[position]) return false;
  }
  return true;
}
