// The analysis tables' cells in words (corridor rows, a scenario's trips, chokepoints), shared by the
// command line's text tables and the page's: one header and one row of strings per line of the table.
import type { Chokepoint } from "../core/analysis/chokepoints";
import type { CorridorComparison } from "../core/analysis/compare-corridors";
import type { ScenarioReport } from "../core/analysis/scenario-report";
import type { Language } from "../core/dataset";
import type { Route } from "../core/routing";
import { ANALYSIS_WORDS, analysisNumbers } from "./analysis-table-words";

type Name = (id: string) => string;

/** A table in words: its header, its rows, and the columns holding text (the others are numbers). */
export interface WordTable {
  header: string[];
  rows: string[][];
  textColumns: string[];
}

const daysOf = (route: Route, number: (value: number) => string) =>
  route.slowDays > route.days
    ? `${number(route.days)}–${number(route.slowDays)}`
    : number(route.days);

export function comparisonCells(
  comparison: CorridorComparison,
  corridor: Name,
  language: Language,
): WordTable {
  const words = ANALYSIS_WORDS[language];
  const { number, percent } = analysisNumbers(language);
  const rows = comparison.rows.map((row, position) => [
    String(position + 1),
    corridor(row.corridor),
    number(row.route.km),
    daysOf(row.route, number),
    String(row.route.crossings),
    String(row.route.gaugeChanges),
    percent(row.share),
    row.status === "planned" ? words.needsPlanned : words.operational,
    row.route.countries.join(" → "),
  ]);
  const c = words.compareColumns;
  const header = [
    c.rank,
    c.corridor,
    c.km,
    c.days,
    c.crossings,
    c.gaugeChanges,
    c.share,
    c.status,
    c.countries,
  ];
  return { header, rows, textColumns: [c.corridor, c.status, c.countries] };
}

export function scenarioCells(report: ScenarioReport, place: Name, language: Language): WordTable {
  const words = ANALYSIS_WORDS[language];
  const { number, signed } = analysisNumbers(language);
  const rows = report.outcomes.map((o) => [
    `${place(o.trip.from)} → ${place(o.trip.to)}`,
    o.before ? number(o.before.km) : "–",
    o.before ? daysOf(o.before, number) : "–",
    o.after ? number(o.after.km) : "–",
    o.after ? daysOf(o.after, number) : "–",
    signed(o.extraDays),
    o.after ? String(o.after.crossings) : "–",
    words.change[o.change],
    o.change === "rerouted" ? (o.after?.countries.join(" → ") ?? "") : "",
  ]);
  const c = words.scenarioColumns;
  const header = [
    c.trip,
    c.kmBefore,
    c.daysBefore,
    c.kmAfter,
    c.daysAfter,
    c.extraDays,
    c.crossings,
    c.change,
    c.newRoute,
  ];
  return { header, rows, textColumns: [c.trip, c.change, c.newRoute] };
}

export function chokepointCells(
  chokepoints: Chokepoint[],
  names: { place: Name; link: Name },
  language: Language,
): WordTable {
  const words = ANALYSIS_WORDS[language];
  const { number, billions } = analysisNumbers(language);
  const rows = chokepoints.map((c, position) => [
    String(position + 1),
    words.kind[c.kind],
    c.kind === "crossing" ? names.place(c.id) : names.link(c.id),
    String(c.trips),
    String(c.cut.length),
    c.cutUsd > 0 ? billions(c.cutUsd) : "",
    number(c.extraDays),
  ]);
  const c = words.chokepointColumns;
  const header = [c.rank, c.kind, c.element, c.trips, c.cut, c.tradeCut, c.extraDays];
  return { header, rows, textColumns: [c.kind, c.element] };
}
