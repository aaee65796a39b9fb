// Writes a route result as CSV, one row per leg and per transfer in travel order, safe for spreadsheets.
import Papa from "papaparse";
import type { RouteResult } from "../routing";
import type { RouteTransfer } from "../routing/route-transfers";
import type { Route, RouteLeg } from "../routing/route-types";
import {
  type ExportOptions,
  exportPlace,
  isSelected,
  type RouteExportOptions,
} from "./export-places";

const COLUMNS = [
  "selected",
  "rank",
  "route_km",
  "route_hours",
  "route_days",
  "route_crossings",
  "route_countries",
  "step",
  "kind",
  "leg",
  "from",
  "from_name",
  "from_lat",
  "from_lon",
  "to",
  "to_name",
  "to_lat",
  "to_lon",
  "mode",
  "km",
  "hours",
  "countries",
  "status",
  "corridors",
  "sources",
  "differs_from_best",
] as const;

export type Cell = string | number;
type Row = Partial<Record<(typeof COLUMNS)[number], Cell>>;

export interface CsvOptions extends ExportOptions {
  /** Starts the text with a byte-order mark, so that Excel reads it as UTF-8 ("–", "…", "é"). */
  byteOrderMark?: boolean;
}

/** A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading quote. */
export function neutraliseCell(value: Cell): string {
  const text = String(value);
  return typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A route list's CSV: its options carry the routes' sentences too. */
export type RouteCsvOptions = CsvOptions & RouteExportOptions;

export function routeResultCsv(
  result: Pick<RouteResult, "routes">,
  options: RouteCsvOptions,
): string {
  const rows = result.routes.flatMap((route) => routeRows(route, options));
  return csvTable(COLUMNS, rows, options);
}

/** Rows as CSV under the given columns (a missing cell is empty), cells a spreadsheet would run neutralised. */
export function csvTable<C extends string>(
  columns: readonly C[],
  rows: Partial<Record<C, Cell>>[],
  { byteOrderMark }: { byteOrderMark?: boolean },
): string {
  const data = rows.map((row) => columns.map((column) => neutraliseCell(row[column] ?? "")));
  const text = `${Papa.unparse({ fields: [...columns], data }, { newline: "\n" })}\n`;
  return byteOrderMark ? `\uFEFF${text}` : text;
}

/** The route's legs, each followed by the transfers after it (a port call may come before the first). */
function routeRows(route: Route, options: RouteCsvOptions): Row[] {
  const transfersAfter = (leg: number) => route.transfers.filter((t) => t.afterLeg === leg);
  const steps = [
    ...transfersAfter(-1).map((transfer) => transferRow(transfer, options)),
    ...route.legs.flatMap((leg, order) => [
      legRow(leg, order, options),
      ...transfersAfter(order).map((transfer) => transferRow(transfer, options)),
    ]),
  ];
  const totals: Row = {
    selected: isSelected(options, route.rank) ? "yes" : "no",
    rank: route.rank,
    route_km: route.km,
    route_hours: route.hours,
    route_days: route.days,
    route_crossings: route.crossings,
    route_countries: route.countries.join(" "),
    differs_from_best: options.words.differsFromBest(route) ?? "",
  };
  return steps.map((step, order) => ({ ...totals, step: order + 1, ...step }));
}

function legRow(leg: RouteLeg, order: number, options: CsvOptions): Row {
  return {
    kind: "leg",
    leg: order + 1,
    ...ends(leg.from, leg.to, options),
    mode: leg.mode,
    km: leg.km,
    hours: leg.hours,
    status: leg.status,
    corridors: leg.corridors.join(" "),
    sources: leg.sources.join(" "),
  };
}

function transferRow(transfer: RouteTransfer, options: CsvOptions): Row {
  return {
    kind: transfer.kind,
    leg: transfer.afterLeg + 1,
    ...ends(transfer.place, transfer.place, options),
    hours: transfer.hours,
    countries: transfer.countries?.join(" ") ?? "",
  };
}

function ends(from: string, to: string, options: CsvOptions): Row {
  const [start, end] = [exportPlace(options, from), exportPlace(options, to)];
  return {
    from,
    from_name: start.name[options.language],
    from_lat: start.lat,
    from_lon: start.lon,
    to,
    to_name: end.name[options.language],
    to_lat: end.lat,
    to_lon: end.lon,
  };
}
