// Reads the arguments of compare, scenario and chokepoints: the route command's habits (each option
// once, lists separated by commas, clear errors) and the scenario's closures.
import { CHOKEPOINT_ORDERS, type ChokepointOrder } from "../core/analysis/chokepoints";
import type { Scenario } from "../core/analysis/scenario";
import { PRESET_IDS, type PresetId } from "../core/analysis/scenario-presets";
import { MODES, type Mode } from "../core/dataset";
import { CRITERIA, type Criterion } from "../core/routing";
import { languageOf, list, parseEachOnce, UsageError, wholeNumber } from "./route-args";

const ANALYSIS_FORMATS = ["table", "json", "csv"] as const;
export type AnalysisFormat = (typeof ANALYSIS_FORMATS)[number];

const text = { type: "string" } as const;
const COMMON = {
  network: text,
  format: text,
  lang: text,
  "include-planned": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;
const CLOSURES = {
  "close-country": text,
  "close-place": text,
  "close-link": text,
  "close-mode": text,
  "close-corridor": text,
  month: text,
  preset: text,
  trips: text,
} as const;

export const COMPARE_OPTIONS = { ...COMMON, from: text, to: text, by: text } as const;
export const SCENARIO_OPTIONS = { ...COMMON, ...CLOSURES, by: text } as const;
export const CHOKEPOINT_OPTIONS = { ...COMMON, ...CLOSURES, by: text, top: text } as const;

export function parseOptions<
  T extends typeof COMPARE_OPTIONS | typeof SCENARIO_OPTIONS | typeof CHOKEPOINT_OPTIONS,
>(args: string[], options: T) {
  return parseEachOnce(args, options).values as Partial<Record<keyof T, string | boolean>>;
}

type Values = Partial<Record<string, string | boolean>>;
const textOf = (values: Values, option: string) => {
  const value = values[option];
  return typeof value === "string" ? value : undefined;
};

export function formatOf(values: Values): AnalysisFormat {
  const format = (textOf(values, "format") ?? "table") as AnalysisFormat;
  if (!ANALYSIS_FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}" (table, json or csv)`);
  return format;
}

export const analysisLanguageOf = (values: Values) => languageOf(textOf(values, "lang"));

export function criterionOf(values: Values, fallback: Criterion): Criterion {
  const by = (textOf(values, "by") ?? fallback) as Criterion;
  if (!CRITERIA.includes(by))
    throw new UsageError(`unknown criterion "${by}" (${CRITERIA.join(", ")})`);
  return by;
}

export function chokepointOrderOf(values: Values): ChokepointOrder {
  const by = (textOf(values, "by") ?? "cut") as ChokepointOrder;
  if (!CHOKEPOINT_ORDERS.includes(by))
    throw new UsageError(`unknown ranking "${by}" (${CHOKEPOINT_ORDERS.join(", ")})`);
  return by;
}

export function topOf(values: Values): number | undefined {
  const top = textOf(values, "top");
  if (top === undefined) return undefined;
  const count = wholeNumber("--top", top);
  if (count < 1) throw new UsageError("--top takes a whole number from 1");
  return count;
}

/** The closures given, and the presets named (resolved on the network later). */
export function closuresOf(values: Values): { scenario: Scenario; presets: PresetId[] } {
  const listOf = (option: string, what: string) => list(option, what, textOf(values, option));
  const modes = listOf("close-mode", "modes") as Mode[] | undefined;
  for (const mode of modes ?? [])
    if (!MODES.includes(mode)) throw new UsageError(`unknown mode "${mode}" (${MODES.join(", ")})`);
  const presets = (listOf("preset", "presets") ?? []) as PresetId[];
  for (const preset of presets)
    if (!PRESET_IDS.includes(preset))
      throw new UsageError(`unknown preset "${preset}" (${PRESET_IDS.join(", ")})`);
  const month = textOf(values, "month");
  const scenario: Scenario = {
    countries: listOf("close-country", "countries")?.map((code) => code.toUpperCase()),
    places: listOf("close-place", "places"),
    links: listOf("close-link", "links"),
    modes,
    corridors: listOf("close-corridor", "corridors"),
    ...(month !== undefined && { month: wholeNumber("--month", month) }),
  };
  return { scenario, presets };
}
