// The cheapest path that passes no place twice, for the rare search whose cheapest path loops.
import { PlaceHeap } from "./place-heap";
import type { FoundPath, RouteSearch, SearchStart } from "./route-search";
import type { WorkBudget } from "./work-budget";

/**
 * With transfer costs, the cheapest walk can pass a place twice (round a slow crossing and back
 * through it on the other side). Then a best-first search over partial paths, each extended only
 * to places it has not passed, with the exact cost-to-target of walks as its bound: the first
 * partial path to reach the target is the cheapest loopless one.
 */
export function cheapestSimplePath(
  search: RouteSearch,
  start: SearchStart,
  tree: Float64Array,
  budget: WorkBudget,
): FoundPath | undefined {
  const { arcHead, arcTail } = search.view.index;
  const arcCount = search.arcCount;
  const labels = { state: [] as number[], parent: [] as number[], cost: [] as number[] };
  const heap = new PlaceHeap(256);
  const passes = (label: number, place: number) => {
    for (let at = label; at >= 0; at = labels.parent[at] as number) {
      const arc = (labels.state[at] as number) % arcCount;
      if (arcHead[arc] === place || (labels.parent[at] === -1 && arcTail[arc] === place))
        return true;
    }
    return false;
  };
  const add = (state: number, value: number, parent: number) => {
    const rest = tree[state] as number;
    if (rest === Number.POSITIVE_INFINITY) return;
    if (parent >= 0 && passes(parent, arcHead[state % arcCount] as number)) return;
    labels.state.push(state);
    labels.parent.push(parent);
    labels.cost.push(value);
    heap.push(value + rest, labels.state.length - 1);
  };
  if (start) add(start.state, start.cost, -1);
  else if (search.isOriginOpen()) search.forEachStep(-1, 0, 0, -1, add);
  while (heap.size > 0) {
    const label = heap.pop();
    if (!budget.spend()) return undefined;
    const state = labels.state[label] as number;
    const arc = state % arcCount;
    if (arcHead[arc] === search.target) return pathOf(search, labels, label);
    const layer = (state - arc) / arcCount;
    search.forEachStep(arc, layer, labels.cost[label] as number, label, add);
  }
  return undefined;
}

function pathOf(
  search: RouteSearch,
  labels: { state: number[]; parent: number[]; cost: number[] },
  last: number,
): FoundPath {
  const chain: number[] = [];
  for (let at = last; at >= 0; at = labels.parent[at] as number) chain.push(at);
  chain.reverse();
  return search.describe(
    chain.map((at) => labels.state[at] as number),
    chain.map((at) => labels.cost[at] as number),
  );
}
