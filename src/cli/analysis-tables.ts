// The analysis tables as plain text for people: corridor rows, a scenario's trips, chokepoints.
import type { Chokepoint } from "../core/analysis/chokepoints";
import type { CorridorComparison } from "../core/analysis/compare-corridors";
import type { ScenarioReport, ScenarioSummary } from "../core/analysis/scenario-report";
import type { Route } from "../core/routing";

type Name = (id: string) => string;

const number = (value: number) => value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
const percent = (share: number) => `${Math.round(share * 100)} %`;
const billions = (usd: number) =>
  `${(usd / 1e9).toLocaleString("en-GB", { maximumFractionDigits: usd < 1e9 ? 2 : 1 })} bn USD`;
const days = (route: Route) =>
  route.slowDays > route.days
    ? `${number(route.days)}–${number(route.slowDays)}`
    : number(route.days);
const signed = (value: number | undefined) =>
  value === undefined ? "" : `${value > 0 ? "+" : ""}${number(value)}`;

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

export function corridorComparisonTable(
  comparison: CorridorComparison,
  place: Name,
  corridor: Name,
) {
  const heading = `${place(comparison.from)} → ${place(comparison.to)} — corridors by ${comparison.by}, ${comparison.rows.length} corridor(s)`;
  const limit = comparison.stoppedEarly
    ? ["The comparison stopped at its work limit: corridors may be missing."]
    : [];
  if (comparison.rows.length === 0)
    return `${[heading, ...limit, "No corridor carries this trip."].join("\n")}\n`;
  const rows = comparison.rows.map((row, position) => [
    String(position + 1),
    corridor(row.corridor),
    number(row.route.km),
    days(row.route),
    String(row.route.crossings),
    String(row.route.gaugeChanges),
    percent(row.share),
    row.status === "planned" ? "needs planned links" : "operational",
    row.route.countries.join(" → "),
  ]);
  const header = [
    "#",
    "corridor",
    "km",
    "days",
    "crossings",
    "gauge changes",
    "on corridor",
    "status",
    "countries",
  ];
  return `${[heading, ...limit, "", ...table(header, rows, ["corridor", "status", "countries"])].join("\n")}\n`;
}

/** "10 bn USD of the lanes' trade moves to routes 1.6 days longer on average; 0.3 bn USD has no route." */
function summarySentence(summary: ScenarioSummary): string {
  const parts = [
    `${summary.rerouted} of ${summary.trips} trips rerouted (${signed(summary.meanExtraDays)} days on average), ${summary.cut} cut off`,
  ];
  if (summary.tradeUsd > 0)
    parts.push(
      `${billions(summary.reroutedUsd)} of the lanes' trade moves to routes ${number(summary.reroutedExtraDays)} days longer on average; ${billions(summary.cutUsd)} has no route`,
    );
  return `${parts.join(". ")}.`;
}

export function scenarioTable(report: ScenarioReport, place: Name, closed: string[]): string {
  const heading = [
    `Scenario: ${closed.length > 0 ? closed.join("; ") : "nothing closed"} — best routes by ${report.by}`,
  ];
  const rows = report.outcomes.map((o) => [
    `${place(o.trip.from)} → ${place(o.trip.to)}`,
    o.before ? number(o.before.km) : "–",
    o.before ? days(o.before) : "–",
    o.after ? number(o.after.km) : "–",
    o.after ? days(o.after) : "–",
    signed(o.extraDays),
    o.after ? String(o.after.crossings) : "–",
    o.change === "no-route" ? "no route before" : o.change,
    o.change === "rerouted" ? (o.after?.countries.join(" → ") ?? "") : "",
  ]);
  const header = [
    "trip",
    "km before",
    "days before",
    "km after",
    "days after",
    "extra days",
    "crossings",
    "change",
    "new route",
  ];
  const cut = report.outcomes.filter((o) => o.change === "cut");
  const lost =
    cut.length > 0
      ? [
          "",
          "Trips that lose every route:",
          ...cut.map((o) => `  ${o.trip.id}: ${place(o.trip.from)} → ${place(o.trip.to)}`),
        ]
      : [];
  const limit = report.outcomes.some((o) => o.stoppedEarly)
    ? ["A search stopped at its work limit: a route may be missing."]
    : [];
  return `${[...heading, summarySentence(report.summary), ...limit, "", ...table(header, rows, ["trip", "change", "new route"]), ...lost].join("\n")}\n`;
}

export function chokepointsTable(chokepoints: Chokepoint[], place: Name, by: string): string {
  const rows = chokepoints.map((c, position) => [
    String(position + 1),
    c.kind,
    c.kind === "crossing" ? place(c.id) : c.id,
    String(c.trips),
    String(c.cut.length),
    c.cutUsd > 0 ? billions(c.cutUsd) : "",
    number(c.extraDays),
  ]);
  const header = ["#", "kind", "crossing or link", "trips", "trips cut", "trade cut", "extra days"];
  const heading = `Chokepoints — each crossing and link on the trips' best routes closed in turn, ranked by ${by}`;
  return `${[heading, "", ...table(header, rows, ["kind", "crossing or link"])].join("\n")}\n`;
}
