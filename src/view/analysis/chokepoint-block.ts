// Chokepoints: each crossing and link on the trips' best routes closed in turn, ranked, with progress;
// the map sizes the crossings by it while the layer is on.
import { CHOKEPOINT_ORDERS, type ChokepointOrder } from "../../core/analysis/chokepoints";
import { chokepointsCsv } from "../../core/export/analysis-csv";
import {
  type AnalysisRuns,
  chokepointsAsk,
  currentResult,
  withChokepointLayer,
  withChokepointOrder,
} from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import { chokepointCells } from "../../text/analysis-cells";
import { PANEL_WORDS } from "../../text/analysis-panel-words";
import { CHOKEPOINT_ORDER_WORDS } from "../../text/analysis-table-words";
import { type Child, el } from "../dom";
import { checkbox } from "../panels/form-controls";
import type { AnalysisContext } from "./analysis-context";
import { csvButton } from "./csv-button";
import { wordTable } from "./word-table";

/** The table lists this many; the CSV has them all. */
const SHOWN = 15;

export function chokepointBlock(
  state: AppState,
  runs: AnalysisRuns,
  context: AnalysisContext,
): Child[] {
  const { language } = state;
  const w = PANEL_WORDS[language];
  const order = runs.chokepointOrder;
  const ask = chokepointsAsk(state, runs);
  const run = runs.runs.chokepoints;
  const running = run?.status === "running" && run.key === ask?.key;
  const select = el(
    "select",
    { id: "chokepoint-order", "data-key": "chokepoint-order" },
    CHOKEPOINT_ORDERS.map((value) =>
      el("option", { value, selected: value === order }, [CHOKEPOINT_ORDER_WORDS[language][value]]),
    ),
  );
  select.addEventListener("change", () =>
    context.runs.update((current) => withChokepointOrder(current, select.value as ChokepointOrder)),
  );
  const button = el(
    "button",
    { type: "button", "data-key": "rank-chokepoints", disabled: !ask || running },
    [w.rank],
  );
  button.addEventListener("click", () => context.runner.rankChokepoints());
  const controls = el("div", { class: "chokepoint-controls" }, [
    el("label", { for: select.id }, [w.rankBy]),
    select,
    button,
  ]);
  return [
    el("h3", {}, [w.chokepoints]),
    el("p", { class: "hint" }, [w.chokepointsHint]),
    controls,
    ...chokepointResult(state, runs, context, ask?.key, running),
  ];
}

function chokepointResult(
  state: AppState,
  runs: AnalysisRuns,
  context: AnalysisContext,
  key: string | undefined,
  running: boolean,
): Child[] {
  const { language } = state;
  const w = PANEL_WORDS[language];
  const run = runs.runs.chokepoints;
  if (running) {
    const { done = 0, total = 0 } = run?.progress ?? {};
    return [
      el("progress", { max: Math.max(total, 1), value: done, "aria-label": w.chokepoints }),
      el("p", { class: "hint", role: "status" }, [w.progress(done, total)]),
    ];
  }
  if (run?.key === key && run?.status === "problem")
    return [el("p", { class: "problem" }, [w.problem, " ", ...(run.problems ?? [])])];
  const ranked = currentResult(runs, "chokepoints", key);
  if (!ranked) return [];
  const place = (id: string) => context.text.shortPlace(id, language);
  const link = (id: string) => context.text.link(id, language);
  const layer = checkbox("chokepoint-layer", w.showLayer, runs.chokepointLayer, (on) =>
    context.runs.update((current) => withChokepointLayer(current, on)),
  );
  const csv = csvButton(w.downloadCsv, "chokepoints", "chokepoints.csv", () =>
    chokepointsCsv(ranked, context.csvOptions(language)),
  );
  return [
    wordTable(chokepointCells(ranked.slice(0, SHOWN), { place, link }, language), "chokepoints"),
    layer,
    csv,
  ];
}
