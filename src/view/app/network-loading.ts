// Drives loading a network through the state's steps (state/network-status): read and check in the
// worker, build, mount in place of the network shown. Between steps a newer load or Cancel stops it.
import type { Dataset } from "../../core/dataset";
import { buildNetworkGraph, type CorridorGraph, networkGraphSteps } from "../../core/network-graph";
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
import { buildDisplayGraph, type DisplayGraph, displayGraphSteps } from "../map/display-graph";
import { inShortTasks, painted } from "./frames";

export interface BuiltNetwork {
  network: CorridorGraph;
  /** The map's copy of the graph (see buildDisplayGraph). */
  display: DisplayGraph;
}

export type NetworkLoading = Pick<NetworkActions, "load" | "cancelLoad" | "backToBuiltIn"> & {
  dispose(): void;
};

/** Builds the graphs at once (the built-in network is small). */
export function buildNetwork(dataset: Dataset): BuiltNetwork {
  const network = buildNetworkGraph(dataset);
  return { network, display: buildDisplayGraph(network) };
}

/**
 * `swapIn` mounts a network in place of the one shown, or throws and leaves that one. Each stage's
 * message is painted before its work starts; performance marks note the stages for the browser tests.
 */
export function startNetworkLoading(
  status: Store<NetworkStatus>,
  builtIn: Dataset,
  swapIn: (next: Dataset, built: BuiltNetwork) => void,
): NetworkLoading {
  let stopWorker = new AbortController();
  const stillUnderWay = async (load: number) => {
    await painted();
    return isUnderWay(status.get(), load);
  };

  const show = async (load: number, next: Dataset, name: string | null) => {
    try {
      status.update((s) => stageReached(s, load, "building"));
      if (!(await stillUnderWay(load))) return;
      // The graphs are built in short tasks, so that a big network's never hold the page.
      const network = await inShortTasks(networkGraphSteps(next));
      if (!(await stillUnderWay(load))) return;
      const built = { network, display: await inShortTasks(displayGraphSteps(network)) };
      status.update((s) => stageReached(s, load, "drawing"));
      if (!(await stillUnderWay(load))) return;
      swapIn(next, built);
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
      const checked = await readInWorker(
        files,
        builtIn,
        (stage) => status.update((s) => stageReached(s, load, stage)),
        stopWorker.signal,
      );
      if (checked === null) return; // Cancelled or superseded: the state says so already.
      if (checked.ok) return show(load, checked.dataset, names);
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
