// Reads picked or dropped files and has the import worker check them; reports each stage as it starts;
// cancelling terminates the worker.
import type { Dataset } from "../../core/dataset";
import { fileSizeProblem } from "../../core/network-file/file-limits";
import type { ImportReply } from "../../core/network-file/network-import";
import type { DatasetProblem } from "../../core/validation/problems";
import type { ImportStage } from "../../state/network-status";

export type CheckedNetwork =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DatasetProblem[]; uncounted?: number };

/** Files refused before reading: one over the limit would fill the page's memory first. */
export function tooLargeToRead(files: readonly File[]): DatasetProblem[] {
  return files.flatMap((file) => fileSizeProblem(file.name, file.size) ?? []);
}

/** The files' network checked, or null once `cancel` is aborted. */
export async function readInWorker(
  files: readonly File[],
  base: Dataset,
  stage: (stage: ImportStage) => void,
  cancel: AbortSignal,
): Promise<CheckedNetwork | null> {
  const picked = await Promise.all(
    files.map(async (file) => ({ name: file.name, text: await file.text() })),
  );
  if (cancel.aborted) return null;
  const worker = new Worker(new URL("./network-import.worker.ts", import.meta.url), {
    type: "module",
  });
  try {
    return await new Promise<CheckedNetwork | null>((resolve) => {
      cancel.addEventListener("abort", () => resolve(null), { once: true });
      worker.addEventListener("message", (event: MessageEvent<ImportReply>) => {
        const reply = event.data;
        if (reply.kind === "checking") stage("checking");
        else if (reply.kind === "valid") resolve({ ok: true, dataset: reply.dataset });
        else resolve({ ok: false, problems: reply.problems, uncounted: reply.uncounted ?? 0 });
      });
      worker.addEventListener("error", (event) =>
        resolve({ ok: false, problems: [{ file: "import", message: event.message }] }),
      );
      worker.postMessage({ files: picked, base });
    });
  } finally {
    worker.terminate();
  }
}
