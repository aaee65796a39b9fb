// Sigma v3 indexes the graph it is given in one task (setGraph): over a second for 100k places and
// 200k links on a 2-core machine. The project's patch of sigma (src/build/patches, applied by
// `npm install`) adds setGraphInSteps, the same indexing with a pause every so many places or
// links, so that the page runs it in short tasks; sigma.js#1372 asks upstream for such a step.
import type Sigma from "sigma";
import type { Steps } from "../../core/steps";
import type { DisplayGraph } from "./display-graph";

interface SteppedSigma {
  setGraphInSteps(graph: DisplayGraph, itemsPerStep: number): Steps<void>;
}

/** About 10 ms of indexing on this machine. */
const ITEMS_PER_STEP = 2_000;

/** The renderer given `graph` in steps: sigma draws nothing until the last one, then the graph. */
export function graphHandOver(renderer: Sigma, graph: DisplayGraph): Steps<void> {
  return (renderer as unknown as SteppedSigma).setGraphInSteps(graph, ITEMS_PER_STEP);
}
