// The shareable link: a view of the explorer written into the address, with the CLI's own flag names.
import { MODES, type Mode } from "../core/dataset";
import { CRITERIA, type Criterion } from "../core/routing/criteria";

export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

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
  via?: string[];
  language?: Language;
  /** Rank of the selected route (1 = best). */
  route?: number;
}

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

const LIST_PARAMS = {
  "avoid-country": "avoidCountries",
  avoid: "avoidPlaces",
  via: "via",
  corridor: "corridors",
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
  put("modes", view.modes?.join(","));
  if (view.includePlanned) put("include-planned", 1);
  if (view.similarAlternatives) put("similar", 1);
  put("lang", view.language);
  put("route", view.route);
  return params.toString();
}

export function decodeSharedView(query: string, known: KnownNames): DecodedLink {
  const params = new URLSearchParams(query);
  const view: SharedView = {};
  const ignored: string[] = [];
  const ignore = (name: string, value: string, why: string) =>
    ignored.push(`${name}=${value}: ${why}`);
  const list = (name: string) => (params.get(name) ?? "").split(",").filter(Boolean);
  const listOf = <T extends string>(
    name: string,
    allowed: ReadonlySet<string>,
    what: string,
  ): T[] | undefined => {
    const accepted = list(name).filter((item) => allowed.has(item));
    for (const item of list(name)) if (!allowed.has(item)) ignore(name, item, `unknown ${what}`);
    return accepted.length > 0 ? (accepted as T[]) : undefined;
  };
  const wholeNumber = (name: string, most: number) => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= 1 && value <= most) return value;
    ignore(name, raw, `expected a whole number from 1 to ${most}`);
    return undefined;
  };
  const place = (name: "from" | "to") => listOf<string>(name, known.places, "place")?.[0];

  for (const name of params.keys())
    if (!KNOWN_PARAMS.has(name))
      ignore(name, params.get(name) ?? "", "not a setting of the explorer");
  const fields: SharedView = {
    from: place("from"),
    to: place("to"),
    by: listOf<Criterion>("by", new Set(CRITERIA), "criterion")?.[0],
    k: wholeNumber("k", 10),
    avoidCountries: listOf("avoid-country", known.countries, "country"),
    avoidPlaces: listOf("avoid", known.places, "place"),
    modes: listOf<Mode>("modes", new Set(MODES), "mode"),
    includePlanned: params.get("include-planned") === "1" || undefined,
    similarAlternatives: params.get("similar") === "1" || undefined,
    corridors: listOf("corridor", known.corridors, "corridor"),
    via: listOf("via", known.places, "place"),
    language: listOf<Language>("lang", new Set(LANGUAGES), "language")?.[0],
    route: wholeNumber("route", 10),
  };
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) Object.assign(view, { [key]: value });
  return { view, ignored };
}

const KNOWN_PARAMS = new Set(
  ["from", "to", "by", "k", "modes", "include-planned", "similar", "lang", "route"].concat(
    Object.keys(LIST_PARAMS),
  ),
);
