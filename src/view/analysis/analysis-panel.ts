// The side panel's "Compare and what-if" section: the corridor comparison for the trip, the what-if
// scenario and the chokepoint ranking, redrawn when the state or an analysis run changes.
import { QUERY_FIELDS } from "../../state/route-outcome";
import { PANEL_WORDS } from "../../text/analysis-panel-words";
import { el } from "../dom";
import { rebuild, watch } from "../panels/panel-kit";
import type { AnalysisContext } from "./analysis-context";
import { chokepointBlock } from "./chokepoint-block";
import { compareBlock } from "./compare-block";
import { scenarioBlock } from "./scenario-block";

export function mountAnalysisPanel(section: HTMLElement, context: AnalysisContext): () => void {
  const render = () => {
    const state = context.store.get();
    const runs = context.runs.get();
    rebuild(section, [
      el("h2", {}, [PANEL_WORDS[state.language].heading]),
      el(
        "div",
        { class: "analysis-block", "data-block": "compare" },
        compareBlock(state, runs, context),
      ),
      el(
        "div",
        { class: "analysis-block", "data-block": "scenario" },
        scenarioBlock(state, runs, context),
      ),
      el(
        "div",
        { class: "analysis-block", "data-block": "chokepoints" },
        chokepointBlock(state, runs, context),
      ),
    ]);
  };
  // Redrawn on what the blocks read: the query's fields (the trip, its options, the scenario) and the language.
  const stopApp = watch(context.store, [...QUERY_FIELDS, "language"], render);
  const stopRuns = context.runs.subscribe(render);
  return () => {
    stopApp();
    stopRuns();
  };
}
