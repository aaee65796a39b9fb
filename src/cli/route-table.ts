// Writes a route result as plain-text tables for people: one block per route, stages then legs.

import { monthName } from "../core/months";
import type { Route, RouteClosure, RouteResult, RouteTransfer } from "../core/routing";
import { countryName } from "../core/routing/route-countries";

type PlaceName = (id: string) => string;

const number = (value: number) => value.toLocaleString("en-GB", { maximumFractionDigits: 1 });

export function routeResultTable(result: RouteResult, placeName: PlaceName): string {
  const { query } = result;
  const trip = [query.from, ...query.via, query.to].map(placeName).join(" → ");
  const heading = `${trip} — by ${query.by}, ${result.routes.length} route(s)`;
  const limit = result.stoppedEarly
    ? ["The search stopped at its work limit: other routes may exist."]
    : [];
  const closed = (result.closedInMonth ?? []).map(
    (closure) =>
      `Closed in ${monthName(query.month ?? 1, "en-GB")}: ${closureName(closure, placeName)}`,
  );
  if (result.routes.length === 0)
    return `${[heading, ...closed, result.reason ?? "No route."].join("\n")}\n`;
  const blocks = result.routes.map((route) => routeBlock(route, placeName));
  return `${[heading, ...limit, ...closed, ...blocks].join("\n\n")}\n`;
}

function routeBlock(route: Route, placeName: PlaceName): string {
  const countries = route.countries.map((code) => `${countryName(code)} (${code})`).join(" → ");
  const lines = [
    `Route ${route.rank}: ${number(route.km)} km · ${number(route.hours)} h (${days(route)}) · ` +
      `${route.crossings} border crossing(s) · ${route.modeChanges} mode change(s) · ` +
      `${route.gaugeChanges} gauge change(s) · ${route.portCalls} port call(s)`,
    `  Countries: ${countries}`,
  ];
  if (route.differsFromBest) lines.push(`  Differs from route 1: ${route.differsFromBest}`);
  if (route.usesUnbuiltLinks) lines.push("  ⚠ uses planned or under-construction links");
  for (const closure of route.closures) {
    const months = closure.months.map((month) => monthName(month, "en-GB", "short")).join(", ");
    lines.push(`  ⚠ seasonal: ${closureName(closure, placeName)} is closed in ${months}`);
  }
  const stages = route.stages.map((stage) => [
    stage.mode,
    `${placeName(stage.from)} → ${placeName(stage.to)}`,
    number(stage.km),
    number(stage.hours),
    stage.corridors.join(", "),
  ]);
  lines.push("  Stages:", ...table(["mode", "stretch", "km", "hours", "corridors"], stages));
  if (route.transfers.length > 0) {
    const transfers = route.transfers.map((transfer) => [
      String(transfer.afterLeg + 1),
      placeName(transfer.place),
      transferLabel(transfer),
      number(transfer.hours),
    ]);
    lines.push("  Transfers:", ...table(["after leg", "at", "transfer", "hours"], transfers));
  }
  const legs = route.legs.map((leg, position) => [
    String(position + 1),
    placeName(leg.from),
    placeName(leg.to),
    leg.mode,
    number(leg.km),
    number(leg.hours),
    leg.status,
    leg.sources.join(", "),
  ]);
  lines.push(
    "  Legs:",
    ...table(["#", "from", "to", "mode", "km", "hours", "status", "sources"], legs),
  );
  return lines.join("\n");
}

/** "9.7 days", or "9.7–11.2 days" where sources give slow figures for its crossings. */
const days = (route: Route) =>
  route.slowDays > route.days
    ? `${number(route.days)}–${number(route.slowDays)} days`
    : `${number(route.days)} days`;

const closureName = (closure: RouteClosure, placeName: PlaceName) =>
  closure.kind === "place" ? placeName(closure.id) : closure.id;

function transferLabel(transfer: RouteTransfer): string {
  const kind = transfer.kind.replace("-", " ");
  if (!transfer.countries) return kind;
  const [from, to] = transfer.countries;
  return `${kind} ${from} → ${to}${transfer.alongLeg ? " (along the leg)" : ""}`;
}

/** Left-aligned text columns, numbers right-aligned, indented under their route. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const numeric = new Set(["#", "km", "hours", "after leg"]);
  const line = (cells: string[]) =>
    `    ${cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric.has(header[column] ?? "") ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd()}`;
  return [line(header), ...rows.map(line)];
}
