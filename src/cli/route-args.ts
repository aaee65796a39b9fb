// Reads the route command's arguments into a routing query, refusing anything it does not understand.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { LANGUAGES, type Language, type Mode } from "../core/dataset";
import type { Criterion, RouteQuery } from "../core/routing";

const FORMATS = ["table", "json", "csv", "geojson"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** --help asks for the usage and nothing else. */
export type RouteCommand = { help: true } | RouteRequest;

const ENGINES = ["builtin", "pgrouting"] as const;

export interface RouteRequest {
  query: RouteQuery;
  format: OutputFormat;
  /** The language of names and sentences. */
  language: Language;
  /** A network file to route on instead of the data/ folder. */
  network?: string;
  /** pgRouting in the database at this URL, on the network db:load wrote there. */
  db?: string;
}

export const USAGE = `usage: npm run --silent route -- --from <place> --to <place> [--k N]
  [--by km|hours|crossings] [--avoid-country XX[,YY]] [--avoid <place>[,<place>]]
  [--modes rail,road,sea,ferry] [--include-planned] [--corridor <id>[,<id>]]
  [--via <place>[,<place>]] [--max-shared 0..1] [--month 1..12] [--network FILE]
  [--format table|json|csv|geojson] [--lang en|fr] [--engine builtin|pgrouting --db postgresql://…]`;

/** A bad command line: the message says what is wrong; the caller adds the usage. */
export class UsageError extends Error {}

/** A comma-separated list option; given with nothing in it (",") it is refused, not read as "none". */
export function list(
  option: string,
  what: string,
  value: string | undefined,
): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`no ${what} given in --${option} "${value}"`);
  return items;
}

/** The language of --lang, English when not given. */
export function languageOf(lang: string | undefined): Language {
  const language = (lang ?? "en") as Language;
  if (!LANGUAGES.includes(language))
    throw new UsageError(`unknown language "${language}" (${LANGUAGES.join(" or ")})`);
  return language;
}

export function parseRouteArgs(args: string[]): RouteCommand {
  const { values } = parseArguments(args);
  if (values.help) return { help: true };
  if (!values.from || !values.to) throw new UsageError("both --from and --to are required");
  const format = (values.format ?? "table") as OutputFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}" (table, json, csv or geojson)`);
  const language = languageOf(values.lang);
  const query: RouteQuery = {
    from: values.from,
    to: values.to,
    k: values.k === undefined ? undefined : wholeNumber("--k", values.k),
    by: values.by as Criterion | undefined,
    avoidCountries: list("avoid-country", "countries", values["avoid-country"]),
    avoidPlaces: list("avoid", "places", values.avoid),
    modes: list("modes", "modes", values.modes) as Mode[] | undefined,
    includePlanned: values["include-planned"],
    corridors: list("corridor", "corridors", values.corridor),
    via: list("via", "places", values.via),
    maxShared: values["max-shared"] === undefined ? undefined : share(values["max-shared"]),
    month: values.month === undefined ? undefined : wholeNumber("--month", values.month),
  };
  return { query, format, language, ...engineOptions(values) };
}

/** --engine pgrouting routes in the database given by --db, on the network loaded there. */
function engineOptions(values: { engine?: string; db?: string; network?: string }) {
  const engine = values.engine ?? "builtin";
  if (!(ENGINES as readonly string[]).includes(engine))
    throw new UsageError(`unknown engine "${engine}" (builtin or pgrouting)`);
  if (engine === "builtin") {
    if (values.db) throw new UsageError("--db is for --engine pgrouting");
    return values.network ? { network: values.network } : {};
  }
  if (!values.db) throw new UsageError("--engine pgrouting needs --db postgresql://…");
  if (values.network) {
    throw new UsageError(
      "--engine pgrouting routes on the network loaded into the database (npm run db:load), not on --network",
    );
  }
  return { db: values.db };
}

const text = { type: "string" } as const;
const OPTIONS = {
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
  month: text,
  network: text,
  format: text,
  engine: text,
  db: text,
  lang: text,
  help: { type: "boolean", short: "h" },
} as const;

const parseArguments = (args: string[]) => parseEachOnce(args, OPTIONS);

/** The options given, each at most once: a repeat is refused rather than silently replacing the first. */
export function parseEachOnce<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
) {
  const parse = () =>
    parseArgs({ args, options, strict: true, allowPositionals: false, tokens: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) {
      throw new UsageError(
        `--${token.name} is given more than once: give it once, with values separated by commas`,
      );
    }
    seen.add(token.name);
  }
  return parsed;
}

export function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number, not "${value}"`);
  return Number(value);
}

/** Plain decimal notation ("0.5", ".5", "1"): not "0x1", "1e-1" or "". The query checks the range. */
function share(value: string): number {
  if (!/^(\d+\.?\d*|\.\d+)$/.test(value)) {
    throw new UsageError(`--max-shared takes a decimal number from 0 to 1, not "${value}"`);
  }
  return Number(value);
}
