// The drawn copy of the network: same place and link keys, only drawing positions (the network stays untouched).
import { MultiGraph } from "graphology";
import type { CorridorGraph } from "../../core/network-graph";
import { corridorProjection, type GraphPoint, placePosition } from "./projection";

export type DisplayGraph = MultiGraph<GraphPoint>;

export function buildDisplayGraph(network: CorridorGraph): DisplayGraph {
  const projection = corridorProjection();
  const display: DisplayGraph = new MultiGraph({ type: "undirected", allowSelfLoops: false });
  network.forEachNode((id, place) => {
    display.addNode(id, placePosition(projection, place.lon, place.lat));
  });
  network.forEachEdge((id, _link, from, to) => {
    display.addUndirectedEdgeWithKey(id, from, to);
  });
  return display;
}
