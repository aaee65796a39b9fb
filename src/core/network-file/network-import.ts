// Reading a user's network off the main thread: the messages between the page and the import worker.
import type { Dataset } from "../dataset";
import { DatasetError, type DatasetProblem } from "../validation/problems";
import { type PickedFile, readNetworkFiles } from "./read-network-files";

export interface ImportRequest {
  files: PickedFile[];
  /** The built-in network: two CSV files take its corridors, sources and time model. */
  base: Dataset;
}

export type ImportReply =
  | { kind: "checking" }
  | { kind: "valid"; dataset: Dataset }
  /** `uncounted`: problems found beyond those kept (DatasetError.more). */
  | { kind: "invalid"; problems: DatasetProblem[]; uncounted?: number };

/** Validates the files, telling `reply` when checking starts and how it ended. */
export function answerImport(request: ImportRequest, reply: (message: ImportReply) => void): void {
  reply({ kind: "checking" });
  try {
    reply({ kind: "valid", dataset: readNetworkFiles(request.files, request.base) });
  } catch (error) {
    if (error instanceof DatasetError)
      reply({ kind: "invalid", problems: error.problems, uncounted: error.more });
    else reply({ kind: "invalid", problems: [{ file: "import", message: String(error) }] });
  }
}
