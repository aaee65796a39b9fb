// The traps of graphology-shortest-path 2.1 that the routing index avoids, checked on the library itself.
import { MultiGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/dijkstra";
import { describe, expect, it } from "vitest";

function graph(edges: [string, string, Record<string, unknown>][]) {
  const result = new MultiGraph({ type: "undirected" });
  for (const [from, to, attributes] of edges) {
    result.mergeNode(from);
    result.mergeNode(to);
    result.addEdge(from, to, attributes);
  }
  return result;
}

describe("graphology-shortest-path traps", () => {
  it("counts a missing or non-numeric weight as 1", () => {
    const network = graph([
      ["a", "b", {}],
      ["a", "c", { km: 1 }],
      ["c", "b", { km: 1 }],
    ]);
    expect(bidirectional(network, "a", "b", "km")).toEqual(["a", "b"]);
  });

  it("still uses an edge whose weight is Infinity, so it cannot remove one", () => {
    const network = graph([["a", "b", { km: Number.POSITIVE_INFINITY }]]);
    expect(bidirectional(network, "a", "b", "km")).toEqual(["a", "b"]);
  });

  it("returns places only: which of two parallel edges a leg takes is left to the caller", () => {
    const network = graph([
      ["a", "b", { km: 9 }],
      ["a", "b", { km: 4 }],
    ]);
    expect(bidirectional(network, "a", "b", "km")).toEqual(["a", "b"]);
  });
});
