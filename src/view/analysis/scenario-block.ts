// What if…: presets and closures of countries and modes (every route on the page is found under
// them), the trips they are tried on, and the table of those trips before and after.

import { PRESET_IDS } from "../../core/analysis/scenario-presets";
import { MODES } from "../../core/dataset";
import { scenarioCsv } from "../../core/export/analysis-csv";
import { PROBLEMS_SHOWN } from "../../core/validation/problems";
import { type AnalysisRuns, currentResult, scenarioAsk } from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import { cappedLines } from "../../state/problem-list";
import { closesAnything } from "../../state/route-outcome";
import {
  clearScenario,
  toggleClosedCountry,
  toggleClosedMode,
  togglePreset,
} from "../../state/scenario-changes";
import { setTrip } from "../../state/trip-changes";
import { scenarioCells } from "../../text/analysis-cells";
import { PANEL_WORDS } from "../../text/analysis-panel-words";
import { ANALYSIS_WORDS } from "../../text/analysis-table-words";
import { countryName } from "../../text/country-names";
import { messages } from "../../text/messages";
import { type Child, el } from "../dom";
import { checkbox, group } from "../panels/form-controls";
import type { AnalysisContext } from "./analysis-context";
import { csvButton } from "./csv-button";
import { wordTable } from "./word-table";

export function scenarioBlock(
  state: AppState,
  runs: AnalysisRuns,
  context: AnalysisContext,
): Child[] {
  const w = PANEL_WORDS[state.language];
  return [
    el("h3", {}, [w.scenario]),
    el("p", { class: "hint" }, [w.scenarioHint]),
    ...closureControls(state, context),
    tripsLine(state, runs, context),
    ...scenarioResult(state, runs, context),
  ];
}

function closureControls(state: AppState, { store, countries }: AnalysisContext): Child[] {
  const { language, scenario } = state;
  const w = PANEL_WORDS[language];
  const presets = PRESET_IDS.map((id) =>
    checkbox(`preset-${id}`, w.presetNames[id], scenario.presets?.includes(id) ?? false, (on) =>
      store.update(togglePreset(id, on)),
    ),
  );
  const byName = [...countries].sort((a, b) =>
    countryName(a, language).localeCompare(countryName(b, language), language),
  );
  const countryBoxes = byName.map((code) =>
    checkbox(
      `close-country-${code}`,
      countryName(code, language),
      scenario.countries?.includes(code) ?? false,
      (on) => store.update(toggleClosedCountry(code, on)),
    ),
  );
  const modeBoxes = MODES.map((mode) =>
    checkbox(
      `close-mode-${mode}`,
      w.closeMode[mode],
      scenario.modes?.includes(mode) ?? false,
      (on) => store.update(toggleClosedMode(mode, on)),
    ),
  );
  const closedCountries = scenario.countries?.length ?? 0;
  const openAll = el("button", { type: "button", "data-key": "open-all" }, [w.openAll]);
  openAll.addEventListener("click", () => store.update(clearScenario));
  return [
    group(w.presets, presets, "presets"),
    el("details", { class: "fold", open: closedCountries > 0 }, [
      el("summary", { "data-key": "fold-close-countries" }, [w.closeCountries]),
      el("div", { class: "check-columns" }, countryBoxes),
    ]),
    group(w.closeModes, modeBoxes, "close-modes"),
    closesAnything(scenario) && openAll,
  ];
}

function tripsLine(state: AppState, runs: AnalysisRuns, { runner }: AnalysisContext): HTMLElement {
  const w = PANEL_WORDS[state.language];
  const { trips } = runs;
  const line = !trips.ready
    ? w.working
    : trips.file === null
      ? trips.trips.length > 0
        ? w.standardTrips(trips.trips.length)
        : w.noStandardTrips
      : w.fileTrips(trips.trips.length, trips.file);
  const input = el("input", {
    type: "file",
    accept: ".csv,text/csv",
    id: "trips-file",
    "data-key": "trips-file",
  });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void file.text().then((text) => runner.readTrips(file.name, text));
  });
  const { refused } = trips;
  const list = refused && cappedLines(refused.problems, PROBLEMS_SHOWN, (line) => line);
  const refusal =
    refused &&
    list &&
    el("div", { class: "problem", role: "alert" }, [
      el("p", {}, [w.tripsRefused(refused.file)]),
      el(
        "ul",
        { lang: "en" },
        list.lines.map((line) => el("li", {}, [line])),
      ),
      list.more > 0 && el("p", {}, [messages(state.language).moreProblems(list.more)]),
    ]);
  return el("div", { class: "trips" }, [
    el("p", { class: "hint" }, [line]),
    el("label", { for: input.id, class: "file-label" }, [w.loadTrips]),
    input,
    el("p", { class: "hint" }, [w.tripsHint]),
    refusal,
  ]);
}

function scenarioResult(state: AppState, runs: AnalysisRuns, context: AnalysisContext): Child[] {
  const { language } = state;
  const w = PANEL_WORDS[language];
  if (!closesAnything(state.scenario)) return [el("p", { class: "hint" }, [w.nothingClosed])];
  const ask = scenarioAsk(state, runs.trips);
  const run = runs.runs.scenario;
  if (ask && run?.key === ask.key && run.status === "problem")
    return [el("p", { class: "problem" }, [w.problem, " ", ...(run.problems ?? [])])];
  const result = currentResult(runs, "scenario", ask?.key);
  if (!result) return [el("p", { class: "hint", role: "status" }, [w.working])];
  const { report, closed } = result;
  const words = ANALYSIS_WORDS[language];
  const place = (id: string) => context.text.shortPlace(id, language);
  const tripName = (row: number) => {
    const trip = report.outcomes[row]?.trip;
    return trip ? `${place(trip.from)} → ${place(trip.to)}` : "";
  };
  const table = wordTable(scenarioCells(report, place, language), "scenario", {
    label: (row) => w.showTrip(tripName(row)),
    run: (row) => {
      const trip = report.outcomes[row]?.trip;
      if (trip) context.store.update(setTrip(trip.from, trip.to));
    },
  });
  const limit =
    report.outcomes.some((o) => o.stoppedEarly) &&
    el("p", { class: "hint" }, [words.searchStoppedEarly]);
  const cut = report.outcomes.filter((o) => o.change === "cut");
  const lost =
    cut.length > 0 &&
    el("div", { class: "trips-cut" }, [
      el("p", {}, [words.tripsCut]),
      el(
        "ul",
        {},
        cut.map((o) => el("li", {}, [`${place(o.trip.from)} → ${place(o.trip.to)}`])),
      ),
    ]);
  const csv = csvButton(w.downloadCsv, "scenario", "scenario.csv", () =>
    scenarioCsv(report, context.csvOptions(language)),
  );
  return [
    el("p", { class: "scenario-summary", role: "status" }, [words.summary(report.summary)]),
    el("p", { class: "hint" }, [w.closedNow(closed.places.length + closed.links.length)]),
    limit,
    lost,
    table,
    csv,
  ];
}
