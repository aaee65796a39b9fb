// Drives loading a network through the state's steps (state/network-status): read and check in the
// worker, build, mount in place of the network shown. Between steps a newer load or Cancel stops it.
import type { CorridorOutlines } from "../../core/corridors";
import type { Dataset, Link, Place } from "../../core/dataset";
import type { DrawingTables, SliceListener } from "../../core/network-file/network-import";
import { untilStopped } from "../../core/steps";
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
import type { LookedNetwork } from "../map/base-styles";
import {
  addDisplayLink,
  type DisplayGraph,
  displayPlaceAdder,
  emptyDisplayGraph,
} from "../map/display-graph";
import type { PredrawnMap } from "../map/map-renderer";
import { inShortTasks, painted } from "./frames";
import { lookSteps, type PreparedNetwork, preparationSteps } from "./network-preparation";

/** Makes a big network's renderer before it is mounted (null: the map makes its own). */
export type Predraw = (network: LookedNetwork, tables: DrawingTables) => PredrawnMap | null;

/** The network the slices made, with its renderer if one was made while it was checked. */
type SlicedNetwork = LookedNetwork & { predrawn: PredrawnMap | null };

export type NetworkLoading = Pick<NetworkActions, "load" | "cancelLoad" | "backToBuiltIn"> & {
  dispose(): void;
};

/**
 * Builds the drawn graph and the records by id from the import's slices as they come, while the
 * worker still checks them, and gives them their looks once the last slice is in; with the corridors
 * and lines, it has a big network's renderer made and handed the graph (predraw): the network is
 * then mostly drawn when it is found valid. A slice that graphology refuses (a repeated id, a link to a
 * missing place: the check will refuse the network) stops the building, and `built` gives null; so
 * it does when the checked network is not the one the slices made. The work stops once `dropped`
 * says the load will not be shown (cancelled, superseded or refused).
 */
function networkFromSlices(
  dropped: () => boolean,
  predraw: Predraw,
): SliceListener & {
  built(checked: Dataset): Promise<SlicedNetwork | null>;
  /** Drops the renderer made, unless the map took it. */
  discard(): void;
} {
  let display: DisplayGraph | null = emptyDisplayGraph();
  const places = new Map<string, Place>();
  const links = new Map<string, Link>();
  let looked: Promise<LookedNetwork | null> | null = null;
  let looks: LookedNetwork | null = null;
  let tables: DrawingTables | null = null;
  let predrawn: PredrawnMap | null = null;
  // Once the looks and the corridors and lines are in, the renderer is made while the check goes on
  // (marked for the browser tests).
  const startDrawing = () => {
    if (!looks || !tables || predrawn || dropped()) return;
    try {
      predrawn = predraw(looks, tables);
    } catch (error) {
      // Only a head start: the map then makes its renderer when mounted.
      console.error(error);
    }
    if (predrawn) performance.mark("map-predrawn");
  };
  const addPlace = displayPlaceAdder(display);
  const adding =
    <T extends Place | Link>(add: (graph: DisplayGraph, record: T) => void, byId: Map<string, T>) =>
    (slice: T[]) => {
      if (dropped()) display = null;
      try {
        for (const record of slice) {
          if (!display) return;
          add(display, record);
          byId.set(record.id, record);
        }
      } catch {
        display = null;
      }
    };
  return {
    places: adding((_, place: Place) => addPlace(place), places),
    links: adding(addDisplayLink, links),
    // Rare (a key with escapes, say): the network is then built once it is found valid.
    unsliced() {
      display = null;
    },
    parsed() {
      if (!display) return;
      const steps = lookSteps({ records: { places, links }, display });
      looked = inShortTasks(untilStopped(steps, dropped));
      void looked.then((done) => {
        looks = done;
        startDrawing();
      });
    },
    drawing(drawn) {
      tables = drawn;
      startDrawing();
    },
    async built(checked) {
      const same = places.size === checked.places.length && links.size === checked.links.length;
      const done = same ? await looked : null;
      if (!done) predrawn?.dispose();
      return done && { ...done, predrawn };
    },
    discard: () => predrawn?.dispose(),
  };
}

/**
 * `swapIn` mounts a network in place of the one shown, or throws and leaves that one. Each stage's
 * message is painted before its work starts; performance marks note the stages for the browser tests.
 */
export function startNetworkLoading(
  status: Store<NetworkStatus>,
  builtIn: Dataset,
  swapIn: (next: Dataset, prepared: PreparedNetwork) => void,
  predraw: Predraw,
): NetworkLoading {
  let stopWorker = new AbortController();
  /** The renderer made for the load under way, dropped if it is not shown. */
  let discardPredrawn = () => {};
  /** Whether load `load` will not be shown: cancelled, superseded or refused. */
  const droppedLoad = (load: number) => () => !isUnderWay(status.get(), load);
  const stillUnderWay = async (load: number) => {
    await painted();
    return isUnderWay(status.get(), load);
  };

  const show = async (
    load: number,
    next: Dataset,
    name: string | null,
    looked: Promise<SlicedNetwork | null> = Promise.resolve(null),
    outlines: Promise<CorridorOutlines | null> | null = null,
  ) => {
    try {
      status.update((s) => stageReached(s, load, "building"));
      if (!(await stillUnderWay(load))) return;
      // Prepared in short tasks, so that a big network's graph and looks never hold the page; they
      // stop if the load does.
      const steps = preparationSteps(next, await looked, outlines);
      const prepared = await inShortTasks(untilStopped(steps, droppedLoad(load)));
      if (!prepared || !(await stillUnderWay(load))) return;
      status.update((s) => stageReached(s, load, "drawing"));
      if (!(await stillUnderWay(load))) return;
      swapIn(next, prepared);
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
      const sliced = networkFromSlices(droppedLoad(load), predraw);
      discardPredrawn = sliced.discard;
      const unfollow = status.subscribe((now) => {
        if (isUnderWay(now, load)) return;
        unfollow();
        sliced.discard();
      });
      const checked = await readInWorker(
        files,
        builtIn,
        (stage) => status.update((s) => stageReached(s, load, stage)),
        stopWorker.signal,
        sliced,
      );
      if (checked === null) return; // Cancelled or superseded: the state says so already.
      if (checked.ok) {
        const { dataset, outlines } = checked;
        return show(load, dataset, names, sliced.built(dataset), outlines);
      }
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
      discardPredrawn();
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
