// Writes a route result as plain-text tables for people: one block per route, stages then legs.

import type { Language } from "../core/dataset";
import type { Route, RouteResult, RouteTransfer } from "../core/routing";
import { differenceText } from "../text/difference-text";
import { formatNumber, messages } from "../text/messages";
import { monthName } from "../text/months";
import { noRouteReason } from "../text/no-route-reason";
import { closureName, type RouteNames } from "../text/route-names";
import { TABLE_WORDS } from "../text/route-table-words";

interface Writer {
  names: RouteNames;
  language: Language;
  words: (typeof TABLE_WORDS)[Language];
  number: (value: number) => string;
  month: (month: number, width?: "long" | "short") => string;
}

export function routeResultTable(result: RouteResult, names: RouteNames, language: Language) {
  const writer: Writer = {
    names,
    language,
    words: TABLE_WORDS[language],
    number: (value) => formatNumber(value, language, 1),
    month: (month, width = "long") =>
      monthName(month, language === "en" ? "en-GB" : language, width),
  };
  const { query } = result;
  const { words } = writer;
  const trip = [query.from, ...query.via, query.to].map(names.place).join(" → ");
  const heading = words.heading(trip, query.by, result.routes.length);
  const limit = result.stoppedEarly ? [words.stoppedEarly] : [];
  const closed = (result.closedInMonth ?? []).map((closure) =>
    words.closedIn(writer.month(query.month ?? 1), closureName(closure, names)),
  );
  if (result.routes.length === 0) {
    const reason =
      result.cause || result.stoppedEarly ? noRouteReason(result, names, language) : words.noRoute;
    return `${[heading, ...closed, reason].join("\n")}\n`;
  }
  const blocks = result.routes.map((route) => routeBlock(route, writer));
  return `${[heading, ...limit, ...closed, ...blocks].join("\n\n")}\n`;
}

function routeBlock(route: Route, writer: Writer): string {
  const { names, words, number, language } = writer;
  const m = messages(language);
  const countries = route.countries.map((code) => `${names.country(code)} (${code})`).join(" → ");
  const lines = [
    `${words.label(words.route(route.rank))} ${number(route.km)} km · ${number(route.hours)} h (${days(route, writer)}) · ` +
      `${words.crossings(route.crossings)} · ${words.modeChanges(route.modeChanges)} · ` +
      `${words.gaugeChanges(route.gaugeChanges)} · ${words.portCalls(route.portCalls)}`,
    `  ${words.label(words.countries)} ${countries}`,
  ];
  if (route.difference)
    lines.push(
      `  ${words.label(words.differs)} ${differenceText(route.difference, names, language)}`,
    );
  if (route.usesUnbuiltLinks) lines.push(`  ⚠ ${words.unbuilt}`);
  for (const closure of route.closures) {
    const months = closure.months.map((month) => writer.month(month, "short")).join(", ");
    lines.push(`  ⚠ ${words.seasonal(closureName(closure, names), months)}`);
  }
  const stages = route.stages.map((stage) => [
    names.mode(stage.mode),
    `${names.place(stage.from)} → ${names.place(stage.to)}`,
    number(stage.km),
    number(stage.hours),
    stage.corridors.join(", "),
  ]);
  lines.push(
    `  ${words.label(words.stages)}`,
    ...table(["mode", "stretch", "km", "hours", "corridors"], stages, writer),
  );
  if (route.transfers.length > 0) {
    const transfers = route.transfers.map((transfer) => [
      String(transfer.afterLeg + 1),
      names.place(transfer.place),
      transferLabel(transfer, writer),
      number(transfer.hours),
    ]);
    lines.push(
      `  ${words.label(words.transfers)}`,
      ...table(["afterLeg", "at", "transfer", "hours"], transfers, writer),
    );
  }
  const legs = route.legs.map((leg, position) => [
    String(position + 1),
    names.place(leg.from),
    names.place(leg.to),
    names.mode(leg.mode),
    number(leg.km),
    number(leg.hours),
    m.statuses[leg.status].toLowerCase(),
    leg.sources.join(", "),
  ]);
  lines.push(
    `  ${words.label(words.legs)}`,
    ...table(["leg", "from", "to", "mode", "km", "hours", "status", "sources"], legs, writer),
  );
  return lines.join("\n");
}

/** "9.7 days", or "9.7–11.2 days" where sources give slow figures for its crossings. */
const days = (route: Route, { number, words }: Writer) =>
  words.days(
    route.slowDays > route.days
      ? `${number(route.days)}–${number(route.slowDays)}`
      : number(route.days),
  );

function transferLabel(transfer: RouteTransfer, { language, words }: Writer): string {
  const kind = messages(language).transferKinds[transfer.kind].toLowerCase();
  if (!transfer.countries) return kind;
  const [from, to] = transfer.countries;
  return `${kind} ${from} → ${to}${transfer.alongLeg ? ` (${words.alongLeg})` : ""}`;
}

type Column = keyof Writer["words"]["columns"];
const NUMERIC = new Set<Column>(["leg", "km", "hours", "afterLeg"]);

/** Left-aligned text columns, numbers right-aligned, indented under their route. */
function table(columns: Column[], rows: string[][], { words }: Writer): string[] {
  const header = columns.map((column) => words.columns[column]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `    ${cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        const key = columns[column] as Column;
        return NUMERIC.has(key) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd()}`;
  return [line(header), ...rows.map(line)];
}
