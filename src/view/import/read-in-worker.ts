// Has the import worker read and check picked or dropped files; reports when checking starts;
// cancelling terminates the worker.
import type { CorridorOutlines } from "../../core/corridors";
import type { Dataset } from "../../core/dataset";
import { fileSizeProblem } from "../../core/network-file/file-limits";
import {
  type ImportReply,
  receivedNetwork,
  type SliceListener,
} from "../../core/network-file/network-import";
import type { DatasetProblem } from "../../core/validation/problems";
import type { ImportStage } from "../../state/network-status";
import type { WorkerImportRequest } from "./network-import.worker";

export type CheckedNetwork =
  | {
      ok: true;
      dataset: Dataset;
      /**
       * Its corridors' outlines, which the worker sends after its verdict (a later cancel does not
       * stop them); null if it fails to.
       */
      outlines: Promise<CorridorOutlines | null>;
    }
  | { ok: false; problems: DatasetProblem[]; uncounted?: number };

/** Files refused before reading: one over the limit would fill the page's memory first. */
export function tooLargeToRead(files: readonly File[]): DatasetProblem[] {
  return files.flatMap((file) => fileSizeProblem(file.name, file.size) ?? []);
}

/**
 * The files' network checked, or null once `cancel` is aborted before the verdict. `slices` sees the
 * places and links as they come, while the worker is still checking them. A valid network's worker
 * then outlines its corridors, and is stopped once it has sent them: a later load does not cut them
 * off, as the network may stay shown.
 */
export async function readInWorker(
  files: readonly File[],
  base: Dataset,
  stage: (stage: ImportStage) => void,
  cancel: AbortSignal,
  slices?: SliceListener,
): Promise<CheckedNetwork | null> {
  if (cancel.aborted) return null;
  const received = receivedNetwork(slices);
  const worker = new Worker(new URL("./network-import.worker.ts", import.meta.url), {
    type: "module",
  });
  let outlinesCame: (outlines: CorridorOutlines | null) => void = () => {};
  const outlines = new Promise<CorridorOutlines | null>((resolve) => {
    outlinesCame = resolve;
  });
  /** After the verdict, the worker's last word: its outlines, or null if it failed to send them. */
  const lastWord = (sent: CorridorOutlines | null) => {
    outlinesCame(sent);
    worker.terminate();
  };
  let verdict: ((checked: CheckedNetwork | null) => void) | null = null;
  const checked = new Promise<CheckedNetwork | null>((resolve) => {
    verdict = resolve;
  });
  const judged = (result: CheckedNetwork | null) => {
    cancel.removeEventListener("abort", cancelled);
    verdict?.(result);
    verdict = null;
    if (!result?.ok) worker.terminate();
  };
  const cancelled = () => judged(null);
  cancel.addEventListener("abort", cancelled);
  worker.addEventListener("message", (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.kind === "checking") stage("checking");
    else if (reply.kind === "outlines") lastWord(reply.outlines);
    else if (!verdict) {
      if (reply.kind === "invalid") lastWord(null); // What failed came after the verdict.
    } else if (reply.kind === "invalid")
      judged({ ok: false, problems: reply.problems, uncounted: reply.uncounted ?? 0 });
    else {
      try {
        const dataset = received.take(reply);
        if (dataset) judged({ ok: true, dataset, outlines });
      } catch (error) {
        judged({ ok: false, problems: [{ file: "import", message: String(error) }] });
      }
    }
  });
  worker.addEventListener("error", (event) => {
    if (verdict) judged({ ok: false, problems: [{ file: "import", message: event.message }] });
    else lastWord(null);
  });
  const request: WorkerImportRequest = { files: [...files], base };
  worker.postMessage(request);
  return checked;
}
