// Which network the explorer shows, and how loading another one is going: plain data for the network
// panel, and the pure steps of a load (each step names its load: a newer load makes an older one's steps
// change nothing).
import type { Dataset } from "../core/dataset";
import type { DatasetProblem } from "../core/validation/problems";

/** The steps of loading a network, each shown while it runs, in this order. */
const IMPORT_STAGES = ["reading", "checking", "building", "drawing"] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

/** The stages run in the import worker, which Cancel stops. */
export const CANCELLABLE_STAGES: ReadonlySet<ImportStage> = new Set(["reading", "checking"]);

export interface NetworkShown {
  /** The file name(s) it came from; null for the built-in network. */
  name: string | null;
  places: number;
  links: number;
}

type ImportProgress =
  | { kind: "idle" }
  | { kind: "working"; stage: ImportStage; files: string }
  /** `uncounted`: problems found beyond those kept, so the count shown is the true total. */
  | { kind: "failed"; files: string; problems: DatasetProblem[]; uncounted?: number }
  /** Checked and valid, but the page could not show it (the error's message). */
  | { kind: "not-shown"; files: string; reason: string }
  /** The user cancelled while the files were read or checked. */
  | { kind: "cancelled"; files: string }
  /** Shown, but the map could not draw it (the error's message): route search and the rest work. */
  | { kind: "not-drawn"; files: string; reason: string };

/** The country outlines under the map: the map works without them, and says so. */
type BasemapStatus = "loading" | "drawn" | "missing";

export interface NetworkStatus {
  shown: NetworkShown;
  progress: ImportProgress;
  /** The number of the latest load started (0: none yet); only its steps count. */
  load: number;
  basemap: BasemapStatus;
}

export function networkShown(dataset: Dataset, name: string | null): NetworkShown {
  return { name, places: dataset.places.length, links: dataset.links.length };
}

export function initialNetworkStatus(builtIn: Dataset): NetworkStatus {
  return {
    shown: networkShown(builtIn, null),
    progress: { kind: "idle" },
    load: 0,
    basemap: "loading",
  };
}

/** A new load of `files` (empty: the built-in network) from `stage`; it supersedes any load under way. */
export function loadStarted(
  status: NetworkStatus,
  files: string,
  stage: ImportStage = "reading",
): NetworkStatus {
  return { ...status, load: status.load + 1, progress: { kind: "working", stage, files } };
}

/** Whether load number `load` is the one under way (not finished, cancelled or superseded). */
export function isUnderWay(status: NetworkStatus, load: number): boolean {
  return status.load === load && status.progress.kind === "working";
}

/** Load `load` has reached `stage`; a stage never goes back. */
export function stageReached(
  status: NetworkStatus,
  load: number,
  stage: ImportStage,
): NetworkStatus {
  const { progress } = status;
  if (!isUnderWay(status, load) || progress.kind !== "working") return status;
  if (IMPORT_STAGES.indexOf(stage) <= IMPORT_STAGES.indexOf(progress.stage)) return status;
  return { ...status, progress: { ...progress, stage } };
}

/** The files were refused: every problem found. */
export function loadRefused(
  status: NetworkStatus,
  load: number,
  problems: DatasetProblem[],
  uncounted = 0,
): NetworkStatus {
  return settle(status, load, (files) => ({ kind: "failed", files, problems, uncounted }));
}

/** The files were valid but the page could not show them; the network shown stays. */
export function loadNotShown(status: NetworkStatus, load: number, reason: string): NetworkStatus {
  return settle(status, load, (files) => ({ kind: "not-shown", files, reason }));
}

/** Cancel, heard only while the files are read or checked (later the network is already being built). */
export function loadCancelled(status: NetworkStatus): NetworkStatus {
  const { progress } = status;
  if (progress.kind !== "working" || !CANCELLABLE_STAGES.has(progress.stage)) return status;
  return { ...status, progress: { kind: "cancelled", files: progress.files } };
}

/** Load `load`'s network is on the page in place of the one shown: its map draws, its basemap loads. */
export function networkMounted(
  status: NetworkStatus,
  load: number,
  shown: NetworkShown,
): NetworkStatus {
  if (!isUnderWay(status, load)) return status;
  return { ...stageReached(status, load, "drawing"), shown, basemap: "loading" };
}

/**
 * The basemap of the map mounted for load `load` (0: the first network) is drawn or could not be
 * loaded: either way its network is ready, and that load, left drawing it, is done.
 */
export function basemapSettled(
  status: NetworkStatus,
  load: number,
  basemap: "drawn" | "missing",
): NetworkStatus {
  const { progress } = status;
  const drawing =
    isUnderWay(status, load) && progress.kind === "working" && progress.stage === "drawing";
  return { ...status, basemap, progress: drawing ? { kind: "idle" } : progress };
}

/** The map mounted for load `load` could not draw its network (its buffers refused, say): that load is over. */
export function drawingFailed(status: NetworkStatus, load: number, reason: string): NetworkStatus {
  const { progress } = status;
  if (!isUnderWay(status, load) || progress.kind !== "working" || progress.stage !== "drawing")
    return status;
  return { ...status, progress: { kind: "not-drawn", files: progress.files, reason } };
}

function settle(
  status: NetworkStatus,
  load: number,
  progress: (files: string) => ImportProgress,
): NetworkStatus {
  const current = status.progress;
  if (!isUnderWay(status, load) || current.kind !== "working") return status;
  return { ...status, progress: progress(current.files) };
}

/** "corridor-network.json" (or another extension) for the built-in network, else the first file's name with it. */
export function networkFileName(shown: NetworkShown, extension = "json"): string {
  const base =
    shown.name
      ?.split(",")[0]
      ?.trim()
      .replace(/\.[^.]*$/, "") || "corridor-network";
  return `${base.replace(/[^\p{L}\p{N}_-]+/gu, "-")}.${extension}`;
}
