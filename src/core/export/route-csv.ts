// Writes a route result as CSV, one row per leg with its route's rank and totals, safe for spreadsheets.
import Papa from "papaparse";
import type { RouteResult } from "../routing";

const COLUMNS = [
  "rank",
  "route_km",
  "route_hours",
  "route_crossings",
  "route_countries",
  "leg",
  "from",
  "to",
  "mode",
  "km",
  "hours",
  "status",
  "corridors",
  "sources",
  "differs_from_best",
];

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading quote. */
export function neutraliseCell(value: string | number): string {
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function routeResultCsv(result: RouteResult): string {
  const rows = result.routes.flatMap((route) =>
    route.legs.map((leg, position) => [
      route.rank,
      route.km,
      route.hours,
      route.crossings,
      route.countries.join(" "),
      position + 1,
      leg.from,
      leg.to,
      leg.mode,
      leg.km,
      leg.hours,
      leg.status,
      leg.corridors.join(" "),
      leg.sources.join(" "),
      route.differsFromBest ?? "",
    ]),
  );
  const data = rows.map((row) => row.map(neutraliseCell));
  return `${Papa.unparse({ fields: COLUMNS, data }, { newline: "\n" })}\n`;
}
