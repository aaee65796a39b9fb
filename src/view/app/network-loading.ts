// Drives loading a network through the state's steps (state/network-status): read and check in the
// worker, build, mount in place of the network shown. Between steps a newer load or Cancel stops it.
import type { Dataset, Place } from "../../core/dataset";
import type { SliceListener } from "../../core/network-file/network-import";
import {
  isUnderWay,
  loadCancelled,
  loadNotShown,
  loadRefused,
  loadStarted,
  type NetworkStatus,
  networkMounted,
  networkShown,
  stageReached,
} from "../../state/network-status";
import type { Store } from "../../state/store";
import type { NetworkActions } from "../import/network-panel";
import { readInWorker, tooLargeToRead } from "../import/read-in-worker";
import {
  addDisplayLink,
  type DisplayGraph,
  displayGraphSteps,
  displayPlaceAdder,
  emptyDisplayGraph,
} from "../map/display-graph";
import { inShortTasks, painted } from "./frames";

export type NetworkLoading = Pick<NetworkActions, "load" | "cancelLoad" | "backToBuiltIn"> & {
  dispose(): void;
};

/**
 * Builds the drawn graph from the import's slices as they come, while the worker still checks them:
 * a big network's is then ready when it is found valid. A slice that graphology refuses (a repeated
 * id, a link to a missing place: the check will refuse the network) stops the building, and `built`
 * is null; so it is when the checked network is not the one the slices made.
 */
function graphFromSlices(): SliceListener & { built(checked: Dataset): DisplayGraph | null } {
  let display: DisplayGraph | null = emptyDisplayGraph();
  let records = 0;
  const addPlace = displayPlaceAdder(display);
  const adding =
    <T>(add: (graph: DisplayGraph, record: T) => void) =>
    (slice: T[]) => {
      try {
        for (const record of slice) if (display) add(display, record);
        records += slice.length;
      } catch {
        display = null;
      }
    };
  return {
    places: adding((_, place: Place) => addPlace(place)),
    links: adding(addDisplayLink),
    built: (checked) => (records === checked.places.length + checked.links.length ? display : null),
  };
}

/**
 * `swapIn` mounts a network in place of the one shown, or throws and leaves that one. Each stage's
 * message is painted before its work starts; performance marks note the stages for the browser tests.
 */
export function startNetworkLoading(
  status: Store<NetworkStatus>,
  builtIn: Dataset,
  swapIn: (next: Dataset, display: DisplayGraph) => void,
): NetworkLoading {
  let stopWorker = new AbortController();
  const stillUnderWay = async (load: number) => {
    await painted();
    return isUnderWay(status.get(), load);
  };

  const show = async (
    load: number,
    next: Dataset,
    name: string | null,
    prebuilt: DisplayGraph | null = null,
  ) => {
    try {
      status.update((s) => stageReached(s, load, "building"));
      if (!(await stillUnderWay(load))) return;
      // Built in short tasks, so that a big network's graph never holds the page.
      const display = prebuilt ?? (await inShortTasks(displayGraphSteps(next)));
      if (!(await stillUnderWay(load))) return;
      status.update((s) => stageReached(s, load, "drawing"));
      if (!(await stillUnderWay(load))) return;
      swapIn(next, display);
    } catch (error) {
      console.error(error);
      const reason = error instanceof Error ? error.message : String(error);
      status.update((s) => loadNotShown(s, load, reason));
      return;
    }
    status.update((s) => networkMounted(s, load, networkShown(next, name)));
  };

  /** Starts a load, stopping the one under way; gives its number. */
  const start = (files: string, stage?: "building") => {
    stopWorker.abort();
    stopWorker = new AbortController();
    status.update((s) => loadStarted(s, files, stage));
    return status.get().load;
  };

  const unmark = status.subscribe(markProgress);
  return {
    async load(files: File[]) {
      const names = files.map((file) => file.name).join(", ");
      const tooLarge = tooLargeToRead(files);
      if (tooLarge.length > 0) {
        stopWorker.abort();
        status.update((s) => loadRefused(loadStarted(s, names), s.load + 1, tooLarge));
        return;
      }
      const load = start(names);
      const graph = graphFromSlices();
      const checked = await readInWorker(
        files,
        builtIn,
        (stage) => status.update((s) => stageReached(s, load, stage)),
        stopWorker.signal,
        graph,
      );
      if (checked === null) return; // Cancelled or superseded: the state says so already.
      if (checked.ok) return show(load, checked.dataset, names, graph.built(checked.dataset));
      status.update((s) => loadRefused(s, load, checked.problems, checked.uncounted));
    },
    cancelLoad() {
      status.update(loadCancelled);
      if (!isUnderWay(status.get(), status.get().load)) stopWorker.abort();
    },
    backToBuiltIn() {
      void show(start("", "building"), builtIn, null);
    },
    dispose() {
      stopWorker.abort();
      unmark();
    },
  };
}

/** Marks each stage as it starts, and the network ready once a load has drawn it. */
function markProgress(now: NetworkStatus, before: NetworkStatus): void {
  const [progress, previous] = [now.progress, before.progress];
  const newStage =
    progress.kind === "working" &&
    (previous.kind !== "working" || previous.stage !== progress.stage || now.load !== before.load);
  if (newStage) performance.mark(`import-${progress.stage}`);
  if (progress.kind === "idle" && previous.kind === "working") performance.mark("network-ready");
}
