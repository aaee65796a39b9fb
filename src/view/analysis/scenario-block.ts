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
import { clearScenario, toggleClosure } from "../../state/scenario-changes";
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

function closureControls(state: AppState, context: AnalysisContext): Child[] {
  const { language, scenario } = state;
  const { store, countries, text } = context;
  const w = PANEL_WORDS[language];
  const box = <F extends Parameters<typeof toggleClosure>[0]>(
    field: F,
    id: Parameters<typeof toggleClosure<F>>[1],
    label: string,
  ) =>
    checkbox(
      field === "presets" ? `preset-${id}` : `close-${field}-${id}`,
      label,
      (scenario[field] as string[] | undefined)?.includes(id) ?? false,
      (on) => store.update(toggleClosure(field, id, on)),
    );
  const byName = (ids: readonly string[], name: (id: string) => string) =>
    [...ids].sort((a, b) => name(a).localeCompare(name(b), language));
  const country = (code: string) => countryName(code, language);
  const crossing = (id: string) => text.shortPlace(id, language);
  const corridor = (id: string) => text.corridor(id, language);
  const fold = (key: string, title: string, open: boolean, boxes: HTMLElement[]) =>
    el("details", { class: "fold", open }, [
      el("summary", { "data-key": `fold-${key}` }, [title]),
      el("div", { class: "check-columns" }, boxes),
    ]);
  const openAll = el("button", { type: "button", "data-key": "open-all" }, [w.openAll]);
  openAll.addEventListener("click", () => store.update(clearScenario));
  return [
    group(
      w.presets,
      PRESET_IDS.map((id) => box("presets", id, w.presetNames[id])),
      "presets",
    ),
    fold(
      "close-countries",
      w.closeCountries,
      (scenario.countries?.length ?? 0) > 0,
      byName(countries, country).map((code) => box("countries", code, country(code))),
    ),
    fold(
      "close-crossings",
      w.closeCrossings,
      (scenario.places?.length ?? 0) > 0,
      byName(context.crossings, crossing).map((id) => box("places", id, w.closeOne(crossing(id)))),
    ),
    fold(
      "close-corridors",
      w.closeCorridors,
      (scenario.corridors?.length ?? 0) > 0,
      byName(
        text.corridors.map((c) => c.id),
        corridor,
      ).map((id) => box("corridors", id, w.closeOne(corridor(id)))),
    ),
    group(
      w.closeModes,
      MODES.map((mode) => box("modes", mode, w.closeMode[mode])),
      "close-modes",
    ),
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
