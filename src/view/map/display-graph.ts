// The drawn network: one node per place at its drawing position, one edge per link, with the places'
// and links' ids as keys; their records are looked up by id (network-records).
import { MultiGraph } from "graphology";
import type { Dataset, Link, Place } from "../../core/dataset";
import type { Steps } from "../../core/steps";
import { corridorProjection, type GraphPoint, placePosition } from "./projection";

export type DisplayGraph = MultiGraph<GraphPoint>;

/** Places and links added between two pauses of the graph built in steps. */
const RECORDS_PER_STEP = 2_000;

/**
 * The graph built in steps: pauses after every RECORDS_PER_STEP places or links, so that the
 * page can let other work run between them (a big network's graph takes most of a second).
 */
export function* displayGraphSteps({
  places,
  links,
}: Pick<Dataset, "places" | "links">): Steps<DisplayGraph> {
  const display = emptyDisplayGraph();
  const addPlace = displayPlaceAdder(display);
  let added = 0;
  for (const place of places) {
    addPlace(place);
    if (++added % RECORDS_PER_STEP === 0) yield;
  }
  for (const link of links) {
    addDisplayLink(display, link);
    if (++added % RECORDS_PER_STEP === 0) yield;
  }
  return display;
}

export function emptyDisplayGraph(): DisplayGraph {
  return new MultiGraph({ type: "undirected", allowSelfLoops: false });
}

/** Adds places at their drawing positions (throws where graphology does: a place already there). */
export function displayPlaceAdder(
  display: DisplayGraph,
): (place: Pick<Place, "id" | "lon" | "lat">) => void {
  const projection = corridorProjection();
  return ({ id, lon, lat }) => {
    display.addNode(id, placePosition(projection, lon, lat));
  };
}

/** Throws where graphology does: a link already there, or an end that is not a place of the graph. */
export function addDisplayLink(
  display: DisplayGraph,
  { id, from, to }: Pick<Link, "id" | "from" | "to">,
): void {
  display.addUndirectedEdgeWithKey(id, from, to);
}
