// The shareable link: a view of the explorer written into the address, with the CLI's own flag names.
import { PRESET_IDS, type PresetId, type ScenarioChoice } from "../core/analysis/scenario-presets";
import { LANGUAGES, type Language, MODES, type Mode } from "../core/dataset";
import { CRITERIA, type Criterion } from "../core/routing/criteria";
import { cappedLines, type ProblemList } from "./problem-list";

/** Everything the address holds; absent fields take the explorer's defaults. */
export interface SharedView {
  from?: string;
  to?: string;
  by?: Criterion;
  k?: number;
  avoidCountries?: string[];
  avoidPlaces?: string[];
  modes?: Mode[];
  includePlanned?: boolean;
  /** True to list alternatives even when they mostly repeat a better route. */
  similarAlternatives?: boolean;
  corridors?: string[];
  /** Corridors drawn on the map; absent, all of them; empty (written `show=`), none. */
  shownCorridors?: string[];
  via?: string[];
  /** Month of travel, 1–12. */
  month?: number;
  language?: Language;
  /** Rank of the selected route (1 = best). */
  route?: number;
  /** The corridor the routes keep to (a row of the corridor comparison). */
  preferCorridor?: string;
  /** The what-if scenario's closures. */
  scenario?: ScenarioChoice;
}

/** The scenario's parameters, named as the scenario command's flags. */
const SCENARIO_PARAMS = {
  preset: "presets",
  "close-country": "countries",
  "close-place": "places",
  "close-corridor": "corridors",
  "close-mode": "modes",
} as const satisfies Record<string, keyof ScenarioChoice>;

/** What a link may name: anything else in it is ignored, and said so. */
export interface KnownNames {
  places: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  corridors: ReadonlySet<string>;
}

export interface DecodedLink {
  view: SharedView;
  /** One sentence per part of the address that was ignored, naming it. */
  ignored: string[];
}

/** A screenful: the notice names this many ignored parts, then says how many more. */
export const NOTICE_LINES = 8;

/** The ignored parts the notice names, and how many more there are. */
export function ignoredNotice(ignored: readonly string[]): ProblemList {
  return cappedLines(ignored, NOTICE_LINES, (line) => line);
}

const LIST_PARAMS = {
  "avoid-country": "avoidCountries",
  avoid: "avoidPlaces",
  via: "via",
  corridor: "corridors",
  show: "shownCorridors",
} as const;

export function encodeSharedView(view: SharedView): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") params.set(name, String(value));
  };
  put("from", view.from);
  put("to", view.to);
  put("by", view.by);
  put("k", view.k);
  for (const [name, field] of Object.entries(LIST_PARAMS)) put(name, view[field]?.join(","));
  if (view.shownCorridors?.length === 0) params.set("show", "");
  put("modes", view.modes?.join(","));
  if (view.includePlanned) put("include-planned", 1);
  if (view.similarAlternatives) put("similar", 1);
  put("month", view.month);
  put("lang", view.language);
  put("route", view.route);
  put("prefer", view.preferCorridor);
  for (const [name, field] of Object.entries(SCENARIO_PARAMS))
    put(name, view.scenario?.[field]?.join(","));
  return params.toString();
}

export function decodeSharedView(query: string, known: KnownNames): DecodedLink {
  const params = new URLSearchParams(query);
  const view: SharedView = {};
  const ignored: string[] = [];
  const ignore = (name: string, value: string, why: string) =>
    ignored.push(`${name}=${value}: ${why}`);
  const listOf = <T extends string>(
    name: string,
    allowed: ReadonlySet<string>,
    what: string,
  ): T[] | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const items = raw.split(",").filter(Boolean);
    if (items.length === 0) ignore(name, raw, "no value given");
    for (const item of items) if (!allowed.has(item)) ignore(name, item, `unknown ${what}`);
    const accepted = items.filter((item) => allowed.has(item));
    return accepted.length > 0 ? (accepted as T[]) : undefined;
  };
  /** One value of a list: the first known one; the others are named. */
  const oneOf = <T extends string>(name: string, allowed: ReadonlySet<string>, what: string) => {
    const [first, ...others] = listOf<T>(name, allowed, what) ?? [];
    for (const other of others) ignore(name, other, `only one ${what} is read, the first`);
    return first;
  };
  const wholeNumber = (name: string, most: number) => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= 1 && value <= most) return value;
    ignore(name, raw, `expected a whole number from 1 to ${most}`);
    return undefined;
  };
  const flag = (name: string) => {
    const raw = params.get(name);
    if (raw === null || raw === "0") return undefined;
    if (raw === "1") return true;
    ignore(name, raw, "expected 1 (on) or 0 (off)");
    return undefined;
  };

  for (const name of new Set(params.keys())) {
    const [first = "", ...repeats] = params.getAll(name);
    if (!KNOWN_PARAMS.has(name)) {
      for (const value of [first, ...repeats]) ignore(name, value, "not a setting of the explorer");
      continue;
    }
    for (const value of repeats)
      ignore(name, value, `given more than once, only the first is read`);
  }
  const from = oneOf<string>("from", known.places, "place");
  const to = oneOf<string>("to", known.places, "place");
  if (to !== undefined && to === from) ignore("to", to, "the same place as from");
  const fields: SharedView = {
    from,
    to: to === from ? undefined : to,
    by: oneOf<Criterion>("by", new Set(CRITERIA), "criterion"),
    k: wholeNumber("k", 10),
    avoidCountries: listOf("avoid-country", known.countries, "country"),
    avoidPlaces: listOf("avoid", known.places, "place"),
    modes: listOf<Mode>("modes", new Set(MODES), "mode"),
    includePlanned: flag("include-planned"),
    similarAlternatives: flag("similar"),
    corridors: listOf("corridor", known.corridors, "corridor"),
    shownCorridors: params.get("show") === "" ? [] : listOf("show", known.corridors, "corridor"),
    via: listOf("via", known.places, "place"),
    language: oneOf<Language>("lang", new Set(LANGUAGES), "language"),
    route: wholeNumber("route", 10),
    month: wholeNumber("month", 12),
    preferCorridor: oneOf<string>("prefer", known.corridors, "corridor"),
    scenario: scenarioOf({
      presets: listOf<PresetId>("preset", new Set(PRESET_IDS), "preset"),
      countries: listOf("close-country", known.countries, "country"),
      places: listOf("close-place", known.places, "place"),
      corridors: listOf("close-corridor", known.corridors, "corridor"),
      modes: listOf<Mode>("close-mode", new Set(MODES), "mode"),
    }),
  };
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) Object.assign(view, { [key]: value });
  return { view, ignored };
}

/** The closures given, or none when the link closes nothing. */
function scenarioOf(choice: ScenarioChoice): ScenarioChoice | undefined {
  const given = Object.entries(choice).filter(([, value]) => value !== undefined);
  return given.length > 0 ? Object.fromEntries(given) : undefined;
}

const KNOWN_PARAMS = new Set(
  ["from", "to", "by", "k", "modes", "include-planned", "similar", "month", "lang", "route"].concat(
    Object.keys(LIST_PARAMS),
    Object.keys(SCENARIO_PARAMS),
    "prefer",
  ),
);
