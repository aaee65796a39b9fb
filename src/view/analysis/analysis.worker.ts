// The analysis worker: corridor comparisons, scenarios, chokepoint rankings and trip files, off the main thread.
import { type AnalysisRequest, analysisAnswerer } from "../../state/analysis-requests";

const answer = analysisAnswerer((reply) => self.postMessage(reply));
self.addEventListener("message", (event: MessageEvent<AnalysisRequest>) => answer(event.data));
