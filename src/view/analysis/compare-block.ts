// Compare corridors for the trip: a button, then one row per corridor; a row's button makes the
// page's routes keep to that corridor, so the map and the itinerary show its route.

import { corridorComparisonCsv } from "../../core/export/analysis-csv";
import { type AnalysisRuns, compareAsk, currentResult } from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import { preferCorridor } from "../../state/scenario-changes";
import { comparisonCells } from "../../text/analysis-cells";
import { PANEL_WORDS } from "../../text/analysis-panel-words";
import { ANALYSIS_WORDS } from "../../text/analysis-table-words";
import { type Child, el } from "../dom";
import type { AnalysisContext } from "./analysis-context";
import { csvButton } from "./csv-button";
import { wordTable } from "./word-table";

export function compareBlock(
  state: AppState,
  runs: AnalysisRuns,
  context: AnalysisContext,
): Child[] {
  const { store, runner, text } = context;
  const { language } = state;
  const w = PANEL_WORDS[language];
  const corridor = (id: string) => text.corridor(id, language);
  const ask = compareAsk(state);
  const heading = el("h3", {}, [w.compare]);
  const keeping =
    state.preferCorridor !== null && keepingLine(state.preferCorridor, store, w, corridor);
  if (!ask) return [heading, el("p", { class: "hint" }, [w.compareNeedsTrip]), keeping];
  const run = runs.runs.compare;
  const comparison = currentResult(runs, "compare", ask.key);
  const hint = el("p", { class: "hint" }, [w.compareHint]);
  if (run?.key === ask.key && run.status === "problem")
    return [heading, el("p", { class: "problem" }, [w.problem, " ", ...(run.problems ?? [])])];
  if (!comparison) {
    const busy = run?.key === ask.key && run.status === "running";
    const button = el(
      "button",
      { type: "button", "data-key": "compare-corridors", disabled: busy },
      [busy ? w.comparing : w.compareButton],
    );
    button.addEventListener("click", () => runner.compare());
    return [heading, hint, button, keeping];
  }
  const words = ANALYSIS_WORDS[language];
  if (comparison.rows.length === 0) return [heading, el("p", {}, [words.noCorridor]), keeping];
  const rows = comparison.rows;
  const table = wordTable(comparisonCells(comparison, corridor, language), "compare", {
    label: (row) => w.showRow(corridor(rows[row]?.corridor ?? "")),
    run: (row) => store.update(preferCorridor(rows[row]?.corridor ?? null)),
    pressed: (row) => rows[row]?.corridor === state.preferCorridor,
  });
  const limit = comparison.stoppedEarly && el("p", { class: "hint" }, [words.compareStoppedEarly]);
  const csv = csvButton(
    w.downloadCsv,
    "compare",
    `corridors-${comparison.from}-${comparison.to}.csv`,
    () => corridorComparisonCsv(comparison, corridor, context.csvOptions(language)),
  );
  return [heading, hint, limit, table, keeping, csv];
}

function keepingLine(
  id: string,
  store: AnalysisContext["store"],
  w: (typeof PANEL_WORDS)["en"],
  corridor: (id: string) => string,
): HTMLElement {
  const any = el("button", { type: "button", "data-key": "any-corridor" }, [w.anyCorridor]);
  any.addEventListener("click", () => store.update(preferCorridor(null)));
  return el("p", { class: "keeping-to" }, [w.keepingTo(corridor(id)), " ", any]);
}
