// The analysis tables as CSV (the route list's writer): corridor rows, a scenario's trips, chokepoints.
import type { Chokepoint } from "../analysis/chokepoints";
import type { CorridorComparison } from "../analysis/compare-corridors";
import type { ScenarioReport } from "../analysis/scenario-report";
import type { Route } from "../routing";
import { exportName } from "./export-places";
import { type CsvOptions, csvTable } from "./route-csv";

const routeCells = (prefix: string, route: Route | undefined) =>
  route
    ? {
        [`${prefix}km`]: route.km,
        [`${prefix}hours`]: route.hours,
        [`${prefix}days`]: route.days,
        [`${prefix}slow_days`]: route.slowDays,
        [`${prefix}crossings`]: route.crossings,
        [`${prefix}gauge_changes`]: route.gaugeChanges,
        [`${prefix}countries`]: route.countries.join(" "),
        [`${prefix}places`]: route.places.join(" "),
      }
    : {};

const ROUTE_COLUMNS = [
  "km",
  "hours",
  "days",
  "slow_days",
  "crossings",
  "gauge_changes",
  "countries",
  "places",
];
const prefixed = (prefix: string) => ROUTE_COLUMNS.map((column) => `${prefix}${column}`);

export function corridorComparisonCsv(
  comparison: CorridorComparison,
  corridorName: (id: string) => string,
  options: CsvOptions,
): string {
  const columns = ["rank", "corridor", "corridor_name", "share", "status", ...prefixed("")];
  const rows = comparison.rows.map((row, position) => ({
    rank: position + 1,
    corridor: row.corridor,
    corridor_name: corridorName(row.corridor),
    share: Math.round(row.share * 1000) / 1000,
    status: row.status,
    ...routeCells("", row.route),
  }));
  return csvTable(columns, rows, options);
}

export function scenarioCsv(report: ScenarioReport, options: CsvOptions): string {
  const columns = [
    ...["trip", "from", "from_name", "to", "to_name", "weight_usd", "change"],
    ...["extra_km", "extra_days", "extra_crossings"],
    ...prefixed("before_"),
    ...prefixed("after_"),
  ];
  const rows = report.outcomes.map((outcome) => ({
    trip: outcome.trip.id,
    from: outcome.trip.from,
    from_name: exportName(options, outcome.trip.from),
    to: outcome.trip.to,
    to_name: exportName(options, outcome.trip.to),
    weight_usd: outcome.trip.weightUsd ?? "",
    change: outcome.change,
    extra_km: outcome.extraKm ?? "",
    extra_days: outcome.extraDays ?? "",
    extra_crossings: outcome.extraCrossings ?? "",
    ...routeCells("before_", outcome.before),
    ...routeCells("after_", outcome.after),
  }));
  return csvTable(columns, rows, options);
}

export function chokepointsCsv(chokepoints: Chokepoint[], options: CsvOptions): string {
  const columns = [
    "rank",
    "kind",
    "id",
    "name",
    "trips",
    "trips_cut",
    "cut",
    "trade_cut_usd",
  ].concat(["extra_days", "trade_usd_days"]);
  const rows = chokepoints.map((chokepoint, position) => ({
    rank: position + 1,
    kind: chokepoint.kind,
    id: chokepoint.id,
    name: chokepoint.kind === "crossing" ? exportName(options, chokepoint.id) : chokepoint.id,
    trips: chokepoint.trips,
    trips_cut: chokepoint.cut.length,
    cut: chokepoint.cut.join(" "),
    trade_cut_usd: chokepoint.cutUsd,
    extra_days: chokepoint.extraDays,
    trade_usd_days: Math.round(chokepoint.tradeDays),
  }));
  return csvTable(columns, rows, options);
}
