// The analysis tables as plain text for people: corridor rows, a scenario's trips, chokepoints, laid out
// here, worded by the text layer in the language asked for.
import type { Chokepoint, ChokepointOrder } from "../core/analysis/chokepoints";
import type { CorridorComparison } from "../core/analysis/compare-corridors";
import type { ScenarioReport } from "../core/analysis/scenario-report";
import type { Language } from "../core/dataset";
import {
  chokepointCells,
  comparisonCells,
  scenarioCells,
  type WordTable,
} from "../text/analysis-cells";
import { ANALYSIS_WORDS } from "../text/analysis-table-words";

type Name = (id: string) => string;

/** Columns padded to their widest cell; the text columns left-aligned, the numbers right-aligned. */
function table({ header, rows, textColumns }: WordTable): string[] {
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
  const trip = `${place(comparison.from)} → ${place(comparison.to)}`;
  const heading = words.compareHeading(trip, comparison.by, comparison.rows.length);
  const limit = comparison.stoppedEarly ? [words.compareStoppedEarly] : [];
  if (comparison.rows.length === 0) return lines([heading, ...limit, words.noCorridor]);
  return lines([heading, ...limit, "", ...table(comparisonCells(comparison, corridor, language))]);
}

export function scenarioTable(
  report: ScenarioReport,
  place: Name,
  closed: string[],
  language: Language,
): string {
  const words = ANALYSIS_WORDS[language];
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
    ...table(scenarioCells(report, place, language)),
    ...lost,
  ]);
}

export function chokepointsTable(
  chokepoints: Chokepoint[],
  names: { place: Name; link: Name },
  order: ChokepointOrder,
  language: Language,
): string {
  const words = ANALYSIS_WORDS[language];
  const cells = chokepointCells(chokepoints, names, language);
  return lines([words.chokepointsHeading(order), "", ...table(cells)]);
}
