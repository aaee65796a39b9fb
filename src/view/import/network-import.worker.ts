// The import worker: reads, parses and validates a user's network files away from the page's main thread
// (the page hands over the File objects, so their text never passes through it).
import type { Dataset } from "../../core/dataset";
import { answerImport, type ImportReply } from "../../core/network-file/network-import";

export interface WorkerImportRequest {
  files: File[];
  base: Dataset;
}

self.addEventListener("message", async (event: MessageEvent<WorkerImportRequest>) => {
  const { files, base } = event.data;
  const reply = (message: ImportReply) => self.postMessage(message);
  try {
    const picked = await Promise.all(
      files.map(async (file) => ({ name: file.name, text: await file.text() })),
    );
    answerImport({ files: picked, base }, reply);
  } catch (error) {
    reply({
      kind: "invalid",
      problems: [{ file: "import", message: `could not be read: ${error}` }],
    });
  }
});
