// The analysis tables as plain text for people: corridor rows, a scenario's trips, chokepoints, laid out
// here, worded by the text layer in the language asked for.
import type { Chokepoint, ChokepointOrder } from "../core/analysis/chokepoints";
import type { CorridorComparison } from "../core/analysis/compare-corridors";
import type { ScenarioReport } from "../core/analysis/scenario-report";
import type { Language } from "../core/dataset";
import type { Route } from "../core/routing";
import { ANALYSIS_WORDS, analysisNumbers } from "../text/analysis-table-words";

type Name = (id: string) => string;

const daysOf = (route: Route, number: (value: number) => string) =>
  route.slowDays > route.days
    ? `${number(route.days)}–${number(route.slowDays)}`
    : number(route.days);

/** Columns padded to their widest cell; the text columns left-aligned, the numbers right-aligned. */
function table(header: string[], rows: string[][], textColumns: readonly string[]): string[] {
  const numeric = new Set(header.filter((title) => !textColumns.includes(title)));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric.has(header[column] ?? "") ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const lines = (parts: string[]) => `${parts.join("\n")}\n`;

export function corridorComparisonTable(
  comparison: CorridorComparison,
  place: Name,
  corridor: Name,
  language: Language,
) {
  const words = ANALYSIS_WORDS[language];
  const { number, percent } = analysisNumbers(language);
  const trip = `${place(comparison.from)} → ${place(comparison.to)}`;
  const heading = words.compareHeading(trip, comparison.by, comparison.rows.length);
  const limit = comparison.stoppedEarly ? [words.compareStoppedEarly] : [];
  if (comparison.rows.length === 0) return lines([heading, ...limit, words.noCorridor]);
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
  return lines([
    heading,
    ...limit,
    "",
    ...table(header, rows, [c.corridor, c.status, c.countries]),
  ]);
}

export function scenarioTable(
  report: ScenarioReport,
  place: Name,
  closed: string[],
  language: Language,
): string {
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
  const cut = report.outcomes.filter((o) => o.change === "cut");
  const lost =
    cut.length > 0
      ? [
          "",
          words.tripsCut,
          ...cut.map((o) => `  ${o.trip.id}: ${place(o.trip.from)} → ${place(o.trip.to)}`),
        ]
      : [];
  const limit = report.outcomes.some((o) => o.stoppedEarly) ? [words.searchStoppedEarly] : [];
  return lines([
    words.scenarioHeading(closed, report.by),
    words.summary(report.summary),
    ...limit,
    "",
    ...table(header, rows, [c.trip, c.change, c.newRoute]),
    ...lost,
  ]);
}

export function chokepointsTable(
  chokepoints: Chokepoint[],
  place: Name,
  order: ChokepointOrder,
  language: Language,
): string {
  const words = ANALYSIS_WORDS[language];
  const { number, billions } = analysisNumbers(language);
  const rows = chokepoints.map((c, position) => [
    String(position + 1),
    words.kind[c.kind],
    c.kind === "crossing" ? place(c.id) : c.id,
    String(c.trips),
    String(c.cut.length),
    c.cutUsd > 0 ? billions(c.cutUsd) : "",
    number(c.extraDays),
  ]);
  const c = words.chokepointColumns;
  const header = [c.rank, c.kind, c.element, c.trips, c.cut, c.tradeCut, c.extraDays];
  return lines([words.chokepointsHeading(order), "", ...table(header, rows, [c.kind, c.element])]);
}
