// The drawn copy of the network: same place and link keys, only drawing positions (the network stays untouched).
import { MultiGraph } from "graphology";
import { type CorridorGraph, finishSteps, RECORDS_PER_STEP } from "../../core/network-graph";
import { corridorProjection, type GraphPoint, placePosition } from "./projection";

export type DisplayGraph = MultiGraph<GraphPoint>;

export function buildDisplayGraph(network: CorridorGraph): DisplayGraph {
  return finishSteps(displayGraphSteps(network));
}

/** The same graph built in steps (see networkGraphSteps). */
export function* displayGraphSteps(network: CorridorGraph): Generator<void, DisplayGraph> {
  const projection = corridorProjection();
  const display: DisplayGraph = new MultiGraph({ type: "undirected", allowSelfLoops: false });
  let added = 0;
  for (const { node, attributes } of network.nodeEntries()) {
    display.addNode(node, placePosition(projection, attributes.lon, attributes.lat));
    if (++added % RECORDS_PER_STEP === 0) yield;
  }
  for (const { edge, source, target } of network.edgeEntries()) {
    display.addUndirectedEdgeWithKey(edge, source, target);
    if (++added % RECORDS_PER_STEP === 0) yield;
  }
  return display;
}
