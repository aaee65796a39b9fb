// Builds the corridor network as a graphology multigraph: one node per place, one edge per link.
import { MultiGraph } from "graphology";
import type { Dataset, Link, Place } from "./dataset";

export type PlaceAttributes = Omit<Place, "id">;
export type LinkAttributes = Omit<Link, "id" | "from" | "to">;
export type CorridorGraph = MultiGraph<PlaceAttributes, LinkAttributes>;

/**
 * Undirected multigraph keyed by place and link ids: a road and a rail link between the same
 * two places stay two edges. Expects a validated dataset (see validateDataset).
 */
export function buildNetworkGraph(dataset: Pick<Dataset, "places" | "links">): CorridorGraph {
  const graph: CorridorGraph = new MultiGraph({ type: "undirected", allowSelfLoops: false });
  for (const { id, ...attributes } of dataset.places) graph.addNode(id, attributes);
  for (const { id, from, to, ...attributes } of dataset.links)
    graph.addUndirectedEdgeWithKey(id, from, to, attributes);
  return graph;
}
