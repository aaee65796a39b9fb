// Which network the explorer shows, and how loading another one is going: plain data for the network panel.
import type { Dataset } from "../core/dataset";
import type { DatasetProblem } from "../core/validation/problems";

/** The steps of loading a network, each shown while it runs. */
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
  | { kind: "cancelled"; files: string };

export interface NetworkStatus {
  shown: NetworkShown;
  progress: ImportProgress;
}

export function networkShown(dataset: Dataset, name: string | null): NetworkShown {
  return { name, places: dataset.places.length, links: dataset.links.length };
}

/** "network.json" for the built-in network, else the first file's name without extension. */
export function networkFileName(shown: NetworkShown): string {
  const base =
    shown.name
      ?.split(",")[0]
      ?.trim()
      .replace(/\.[^.]*$/, "") || "corridor-network";
  return `${base.replace(/[^\p{L}\p{N}_-]+/gu, "-")}.json`;
}
