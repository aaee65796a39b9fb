// The yardstick for a best route: a plain Dijkstra on CSR typed arrays with a binary heap, nothing more.
import type { Link } from "../src/core/dataset";

export interface CompactGraph {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function compactGraph(placeIds: string[], links: Link[]): CompactGraph {
  const number = new Map(placeIds.map((id, position) => [id, position]));
  const degree = new Int32Array(placeIds.length + 1);
  const ends = links.map((link) => [number.get(link.from) ?? 0, number.get(link.to) ?? 0] as const);
  for (const [a, b] of ends) {
    degree[a + 1] = (degree[a + 1] ?? 0) + 1;
    degree[b + 1] = (degree[b + 1] ?? 0) + 1;
  }
  const offsets = new Int32Array(placeIds.length + 1);
  for (let place = 0; place < placeIds.length; place++) {
    offsets[place + 1] = (offsets[place] ?? 0) + (degree[place + 1] ?? 0);
  }
  const fill = offsets.slice();
  const targets = new Int32Array(2 * links.length);
  const weights = new Float64Array(2 * links.length);
  ends.forEach(([a, b], link) => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const slot = fill[from] ?? 0;
      fill[from] = slot + 1;
      targets[slot] = to;
      weights[slot] = links[link]?.km ?? 0;
    }
  });
  return { offsets, targets, weights };
}

/**
 * A query function: shortest distance from `source` to `target` (Infinity when unreachable),
 * stopping when the target is settled. Arrays are allocated once and reset per query.
 */
export function typedDijkstra(graph: CompactGraph): (source: number, target: number) => number {
  const distance = new Float64Array(graph.offsets.length - 1);
  const heapKeys = new Float64Array(graph.targets.length + 1);
  const heapNodes = new Int32Array(graph.targets.length + 1);
  let heapSize = 0;
  const push = (key: number, node: number) => {
    let at = heapSize++;
    for (let up = (at - 1) >> 1; at > 0 && (heapKeys[up] ?? 0) > key; up = (at - 1) >> 1) {
      heapKeys[at] = heapKeys[up] ?? 0;
      heapNodes[at] = heapNodes[up] ?? 0;
      at = up;
    }
    heapKeys[at] = key;
    heapNodes[at] = node;
  };
  const pop = () => {
    const top = heapNodes[0] ?? 0;
    const key = heapKeys[--heapSize] ?? 0;
    const node = heapNodes[heapSize] ?? 0;
    let at = 0;
    for (let child = 1; child < heapSize; child = 2 * at + 1) {
      if (child + 1 < heapSize && (heapKeys[child + 1] ?? 0) < (heapKeys[child] ?? 0)) child++;
      if ((heapKeys[child] ?? 0) >= key) break;
      heapKeys[at] = heapKeys[child] ?? 0;
      heapNodes[at] = heapNodes[child] ?? 0;
      at = child;
    }
    heapKeys[at] = key;
    heapNodes[at] = node;
    return top;
  };
  return (source, target) => {
    distance.fill(Number.POSITIVE_INFINITY);
    heapSize = 0;
    distance[source] = 0;
    push(0, source);
    while (heapSize > 0) {
      const key = heapKeys[0] ?? 0;
      const node = pop();
      if (key > (distance[node] ?? 0)) continue;
      if (node === target) return key;
      for (let arc = graph.offsets[node] ?? 0; arc < (graph.offsets[node + 1] ?? 0); arc++) {
        const next = graph.targets[arc] ?? 0;
        const candidate = key + (graph.weights[arc] ?? 0);
        if (candidate < (distance[next] ?? 0)) {
          distance[next] = candidate;
          push(candidate, next);
        }
      }
    }
    return Number.POSITIVE_INFINITY;
  };
}
