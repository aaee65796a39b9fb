// The import worker: parses and validates a user's network files away from the page's main thread.
import { answerImport, type ImportRequest } from "../../core/network-file/network-import";

self.addEventListener("message", (event: MessageEvent<ImportRequest>) => {
  answerImport(event.data, (reply) => self.postMessage(reply));
});
