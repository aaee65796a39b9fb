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
  return finishSteps(networkGraphSteps(dataset));
}

/** Places and links added between two pauses of a graph built in steps. */
export const RECORDS_PER_STEP = 2_000;

/**
 * The same graph built in steps: pauses after every RECORDS_PER_STEP places or links, so that the
 * page can let other work run between them (a big network's graph takes about a second).
 */
export function* networkGraphSteps(
  dataset: Pick<Dataset, "places" | "links">,
): Generator<void, CorridorGraph> {
  const graph: CorridorGraph = new MultiGraph({ type: "undirected", allowSelfLoops: false });
  let added = 0;
  for (const { id, ...attributes } of dataset.places) {
    graph.addNode(id, attributes);
    if (++added % RECORDS_PER_STEP === 0) yield;
  }
  for (const { id, from, to, ...attributes } of dataset.links) {
    graph.addUndirectedEdgeWithKey(id, from, to, attributes);
    if (++added % RECORDS_PER_STEP === 0) yield;
  }
  return graph;
}

/** Runs the steps without pausing. */
export function finishSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
