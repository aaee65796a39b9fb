// Sigma v3 indexes the graph it is given in one task (setGraph, refresh): over a second for 100k
// places and 200k links on a 2-core machine. The project's patch of sigma (src/build/patches,
// applied by `npm install`) adds setGraphInSteps and refreshInSteps, the same indexing with a pause
// every so many places or links, so that the page runs it in short tasks; sigma.js#1372 asks
// upstream for such a step.
import type Sigma from "sigma";
import type { Steps } from "../../core/steps";
import { inShortTasks } from "../app/frames";
import type { DisplayGraph } from "./display-graph";

/** Places and links to reduce again; null for all of them. */
export type ChangedItems = { nodes: string[]; edges: string[] } | null;

interface SteppedSigma {
  setGraphInSteps(graph: DisplayGraph, itemsPerStep: number): Steps<void>;
  refreshInSteps(items: ChangedItems, itemsPerStep: number): Steps<void>;
}

/** About 10 ms of indexing on this machine. */
const ITEMS_PER_STEP = 2_000;

/** The renderer given `graph` in steps: sigma draws nothing until the last one, then the graph. */
export function graphHandOver(renderer: Sigma, graph: DisplayGraph): Steps<void> {
  return (renderer as unknown as SteppedSigma).setGraphInSteps(graph, ITEMS_PER_STEP);
}

/** `items` reduced again and the graph indexed in steps: sigma draws nothing until the last one. */
export function refreshInSteps(renderer: Sigma, items: ChangedItems): Steps<void> {
  return (renderer as unknown as SteppedSigma).refreshInSteps(items, ITEMS_PER_STEP);
}

/** Runs an indexing in short tasks; gives the error that stopped it, or null once it is done. */
export function indexedInShortTasks(indexing: Steps<void>): Promise<Error | null> {
  return inShortTasks(indexing).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
}
