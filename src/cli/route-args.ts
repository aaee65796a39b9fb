// Reads the route command's arguments into a routing query, refusing anything it does not understand.
import { parseArgs } from "node:util";
import type { Mode } from "../core/dataset";
import type { Criterion, RouteQuery } from "../core/routing";

export const FORMATS = ["table", "json", "csv", "geojson"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** --help asks for the usage and nothing else. */
export type RouteCommand = { help: true } | RouteRequest;

export interface RouteRequest {
  query: RouteQuery;
  format: OutputFormat;
  /** A network file to route on instead of the data/ folder. */
  network?: string;
}

export const USAGE = `usage: npm run --silent route -- --from <place> --to <place> [--k N]
  [--by km|hours|crossings] [--avoid-country XX[,YY]] [--avoid <place>[,<place>]]
  [--modes rail,road,sea,ferry] [--include-planned] [--corridor <id>[,<id>]]
  [--via <place>[,<place>]] [--max-shared 0..1] [--network FILE] [--format table|json|csv|geojson]`;

/** A bad command line: the message says what is wrong; the caller adds the usage. */
export class UsageError extends Error {}

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean);

export function parseRouteArgs(args: string[]): RouteCommand {
  const { values } = parseArguments(args);
  if (values.help) return { help: true };
  if (!values.from || !values.to) throw new UsageError("both --from and --to are required");
  const format = (values.format ?? "table") as OutputFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}" (table, json, csv or geojson)`);
  const query: RouteQuery = {
    from: values.from,
    to: values.to,
    k: values.k === undefined ? undefined : wholeNumber("--k", values.k),
    by: values.by as Criterion | undefined,
    avoidCountries: list(values["avoid-country"]),
    avoidPlaces: list(values.avoid),
    modes: list(values.modes) as Mode[] | undefined,
    includePlanned: values["include-planned"],
    corridors: list(values.corridor),
    via: list(values.via),
    maxShared: values["max-shared"] === undefined ? undefined : share(values["max-shared"]),
  };
  return { query, format, ...(values.network && { network: values.network }) };
}

function parseArguments(args: string[]) {
  const text = { type: "string" } as const;
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        from: text,
        to: text,
        k: text,
        by: text,
        "avoid-country": text,
        avoid: text,
        modes: text,
        "include-planned": { type: "boolean" },
        corridor: text,
        via: text,
        "max-shared": text,
        network: text,
        format: text,
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number, not "${value}"`);
  return Number(value);
}

function share(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || Number.isNaN(number)) {
    throw new UsageError(`--max-shared takes a number from 0 to 1, not "${value}"`);
  }
  return number;
}
