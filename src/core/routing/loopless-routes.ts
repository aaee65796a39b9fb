// Yen's k shortest loopless paths between two places, produced lazily in order of cost.
import { takeCheapest } from "./cheapest-first";
import type { FoundPath, RouteSearch, TargetTree } from "./route-search";

interface RankedPath extends FoundPath {
  /** Index of the place where this path left the one it was derived from (Lawler's saving). */
  deviation: number;
}

/**
 * The loopless paths from `from` to `to`, cheapest first; `get(rank)` computes as many as it needs.
 * Spur searches run A* with the exact cost-to-target of the unrestricted view as potential.
 */
export class LooplessRoutes {
  private readonly found: RankedPath[] = [];
  private readonly candidates: RankedPath[] = [];
  private readonly seen = new Set<string>();
  private tree: TargetTree | undefined;
  private exhausted = false;

  constructor(
    private readonly search: RouteSearch,
    readonly from: number,
    readonly to: number,
  ) {}

  /** The path of the given rank (0 = cheapest), or undefined when there are no more. */
  get(rank: number): FoundPath | undefined {
    while (this.found.length <= rank && !this.exhausted) this.findNext();
    return this.found[rank];
  }

  private findNext(): void {
    if (this.found.length === 0) this.addCandidate(this.cheapest());
    else this.addSpurCandidates(this.found[this.found.length - 1] as RankedPath);
    const next = takeCheapest(this.candidates);
    if (next) this.found.push(next);
    else this.exhausted = true;
  }

  private cheapest(): RankedPath | undefined {
    this.search.clearBlocks();
    const path = this.search.cheapestPath(this.from, this.to);
    return path && { ...path, deviation: 0 };
  }

  private addSpurCandidates(last: RankedPath): void {
    this.tree ??= this.treeToTarget();
    let rootCost = 0;
    for (let spur = 0; spur < last.links.length; spur++) {
      if (spur >= last.deviation) this.addCandidate(this.spurPath(last, spur, rootCost));
      rootCost += this.search.view.linkCost[last.links[spur] as number] as number;
    }
  }

  private treeToTarget(): TargetTree {
    this.search.clearBlocks();
    return this.search.treeTo(this.to);
  }

  /** Cheapest path that follows `last` up to place `spur`, then leaves it on a link no found path took. */
  private spurPath(last: RankedPath, spur: number, rootCost: number): RankedPath | undefined {
    const { search } = this;
    search.clearBlocks();
    for (let place = 0; place < spur; place++) search.blockPlace(last.places[place] as number);
    for (const path of this.found) {
      if (path.links.length > spur && sharesRoot(path, last, spur)) {
        search.blockLink(path.links[spur] as number);
      }
    }
    const tail = search.cheapestPath(last.places[spur] as number, this.to, this.tree?.costToTarget);
    if (!tail) return undefined;
    return {
      places: [...last.places.slice(0, spur), ...tail.places],
      links: [...last.links.slice(0, spur), ...tail.links],
      cost: rootCost + tail.cost,
      deviation: spur,
    };
  }

  private addCandidate(path: RankedPath | undefined): void {
    if (!path) return;
    const key = path.links.join(",");
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.candidates.push(path);
  }
}

function sharesRoot(a: FoundPath, b: FoundPath, length: number): boolean {
  for (let position = 0; position < length; position++) {
    if (a.links[position] !== b.links[position]) return false;
  }
  return true;
}
