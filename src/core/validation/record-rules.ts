// The checks of each kind of record: fields, units, ranges and references to other tables.
import {
  BASES,
  FIGURE_MEASURES,
  FIGURE_OUTLOOKS,
  FIGURE_UNITS,
  LINK_STATUSES,
  MODES,
  PLACE_KINDS,
} from "../dataset";
import { normalizeName } from "../place-lookup";
import { type RecordChecker, show } from "./record-checker";

const ID = /^[a-z0-9_]+$/;
const LINK_ID = /^[a-z0-9_-]+$/;
const COUNTRY = /^[A-Z]{2}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * A provenance's field paths, written once for each: a path written anew for every record is a new
 * string to look up, and a big network checks three provenances per link.
 */
const provenancePaths = new Map<string, Record<"basis" | "sources" | "rule" | "note", string>>();

function checkProvenance(record: RecordChecker, path: string, sources: ReadonlySet<string>) {
  let paths = provenancePaths.get(path);
  if (!paths) {
    const at = (field: string) => `${path}.${field}`;
    paths = { basis: at("basis"), sources: at("sources"), rule: at("rule"), note: at("note") };
    provenancePaths.set(path, paths);
  }
  const basis = record.oneOf(paths.basis, BASES);
  record.references(paths.sources, sources, "source");
  record.text(paths.rule, basis !== "estimate");
  record.text(paths.note, true);
}

const positive = (n: number) => n > 0;
const nonNegative = (n: number) => n >= 0;
const upTo = (most: number, least: (n: number) => boolean) => (n: number) => least(n) && n <= most;

// Upper bounds, so that a typing slip (or 1e308) is refused rather than summed into "∞ km".
const EARTH_CIRCUMFERENCE_KM = 40_075;
const HOURS_IN_A_YEAR = 8_760;
const LINK_KM = `a positive length in km, at most 40,075: the Earth's circumference`;
const YEAR_OF_HOURS = "at most 8,760: a year, longer than any transit";

/** An optional seasonal closure: some months (1–12, not all), with sources. */
function checkClosure(record: RecordChecker, sources: ReadonlySet<string>) {
  const months = record.get("closed.months");
  if (record.get("closed") === undefined) return;
  const isMonth = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 12;
  if (
    !Array.isArray(months) ||
    months.length === 0 ||
    months.length > 11 ||
    !months.every(isMonth) ||
    new Set(months).size !== months.length
  ) {
    record.fail(
      "closed.months",
      `expected 1 to 11 different months from 1 to 12, found ${show(months)}`,
    );
  }
  record.references("closed.sources", sources, "source");
  record.text("closed.note", true);
}

export function checkSource(source: RecordChecker) {
  source.text("key");
  source.text("title");
  source.text("publisher");
  for (const field of ["date", "url", "file", "language"]) source.text(field, true);
}

export function checkPlace(place: RecordChecker, sources: ReadonlySet<string>) {
  place.matching("id", ID, "a lowercase id (letters, digits, _)");
  place.text("name.en");
  place.text("name.fr");
  checkAliases(place);
  const kind = place.oneOf("kind", PLACE_KINDS);
  const countries = place.get("countries");
  const most = kind === "border-crossing" ? 2 : 1;
  if (!Array.isArray(countries) || countries.length < 1 || countries.length > most) {
    place.fail("countries", `expected 1 to ${most} ISO 3166 codes, found ${show(countries)}`);
  } else {
    for (const code of countries.filter(
      (code) => typeof code !== "string" || !COUNTRY.test(code),
    )) {
      place.fail("countries", `${show(code)} is not an ISO 3166 alpha-2 code`);
    }
  }
  place.number("lat", (n) => n >= -90 && n <= 90, "a latitude from -90 to 90");
  place.number("lon", (n) => n >= -180 && n <= 180, "a longitude from -180 to 180");
  checkProvenance(place, "position", sources);
  checkClosure(place, sources);
  place.number(
    "position.precisionKm",
    upTo(EARTH_CIRCUMFERENCE_KM / 2, positive),
    "a positive number of km, at most 20,037: half the Earth's circumference",
  );
  const gaugeBreak = place.get("gaugeBreak");
  if (gaugeBreak !== undefined && !isGaugePair(gaugeBreak)) {
    place.fail("gaugeBreak", `expected two different gauges in mm, found ${show(gaugeBreak)}`);
  }
}

/** Optional other names: a list of texts, each new (not a repeat, nor one of the place's own names). */
function checkAliases(place: RecordChecker) {
  const aliases = place.get("aliases");
  if (aliases === undefined) return;
  if (!Array.isArray(aliases) || aliases.length === 0) {
    place.fail("aliases", `expected a non-empty list of names, found ${show(aliases)}`);
    return;
  }
  const seen = new Set([place.get("name.en"), place.get("name.fr")].map(nameKey));
  for (const alias of aliases) {
    if (typeof alias !== "string" || normalizeName(alias) === "" || alias.includes(";")) {
      place.fail(
        "aliases",
        `expected a name (without ";", CSV's list separator), found ${show(alias)}`,
      );
    } else if (seen.has(nameKey(alias))) {
      place.fail("aliases", `${show(alias)} repeats a name of the place`);
    }
    seen.add(nameKey(alias));
  }
}

const nameKey = (name: unknown) => (typeof name === "string" ? normalizeName(name) : "");

const isGaugePair = (value: unknown) =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((n) => typeof n === "number" && n > 0) &&
  value[0] !== value[1];

export type Known = Record<"sources" | "places" | "corridors", ReadonlySet<string>>;

export function checkLink(link: RecordChecker, known: Known) {
  link.matching("id", LINK_ID, "a lowercase id (letters, digits, _ and -)");
  const from = link.reference("from", known.places, "place");
  const to = link.reference("to", known.places, "place");
  if (from !== undefined && from === to) link.fail("to", `a link cannot join "${from}" to itself`);
  const mode = link.oneOf("mode", MODES);
  link.number("km", upTo(EARTH_CIRCUMFERENCE_KM, positive), LINK_KM);
  checkClosure(link, known.sources);
  checkProvenance(link, "length", known.sources);
  link.number(
    "hours",
    upTo(HOURS_IN_A_YEAR, positive),
    `a positive number of hours, ${YEAR_OF_HOURS}`,
  );
  checkProvenance(link, "time", known.sources);
  link.oneOf("status", LINK_STATUSES);
  link.number("year", (n) => Number.isInteger(n) && n >= 1850 && n <= 2100, "a year", true);
  const gauge = link.number("gauge", positive, "a rail gauge in mm", true);
  if (gauge !== undefined && mode !== undefined && mode !== "rail") {
    link.fail("gauge", `a ${mode} link has no rail gauge`);
  }
  link.references("corridors", known.corridors, "corridor");
  link.references("sources", known.sources, "source");
  link.text("note", true);
}

export function checkCorridor(corridor: RecordChecker, known: Known) {
  corridor.matching("id", LINK_ID, "a lowercase id (letters, digits, _ and -)");
  for (const field of ["name.en", "name.fr", "description.en", "description.fr"])
    corridor.text(field);
  corridor.matching("color", COLOR, 'a colour like "#1f77b4"');
  corridor.references("sources", known.sources, "source");
  if (corridor.get("parent") !== undefined) {
    corridor.reference("parent", known.corridors, "corridor");
  }
  corridor.references("termini", known.places, "place");
  checkCorridorFigures(corridor, known.sources);
}

/** A corridor's published figures: a measure and unit, a positive value (a range low to high), sources. */
function checkCorridorFigures(corridor: RecordChecker, sources: ReadonlySet<string>) {
  const figures = corridor.get("figures");
  if (figures === undefined) return;
  if (!Array.isArray(figures)) {
    corridor.fail("figures", `expected a list of figures, found ${show(figures)}`);
    return;
  }
  figures.forEach((_, position) => {
    const at = `figures.${position}`;
    corridor.text(`${at}.id`);
    corridor.oneOf(`${at}.measure`, FIGURE_MEASURES);
    corridor.text(`${at}.what.en`);
    corridor.text(`${at}.what.fr`);
    const low = corridor.number(`${at}.value`, positive, "a positive figure");
    corridor.number(
      `${at}.high`,
      (n) => low === undefined || n > low,
      "a high end above the value",
      true,
    );
    corridor.oneOf(`${at}.unit`, FIGURE_UNITS);
    corridor.number(`${at}.year`, (n) => Number.isInteger(n), "a year", true);
    if (corridor.get(`${at}.outlook`) !== undefined)
      corridor.oneOf(`${at}.outlook`, FIGURE_OUTLOOKS);
    corridor.oneOf(`${at}.basis`, BASES);
    corridor.references(`${at}.sources`, sources, "source");
    corridor.text(`${at}.note`, true);
  });
}

export function checkTradeFigure(figure: RecordChecker, sources: ReadonlySet<string>) {
  figure.text("id");
  figure.matching("partner", COUNTRY, "an ISO 3166 alpha-2 code");
  figure.text("measure");
  figure.number("valueUsd", positive, "a positive value in USD");
  figure.text("period");
  figure.text("reporter");
  figure.oneOf("basis", BASES);
  if (figure.get("target") !== undefined) {
    figure.number("target.valueUsd", positive, "a positive target in USD");
    figure.number("target.year", (n) => Number.isInteger(n), "a year", true);
    figure.text("target.note", true);
  }
  figure.references("sources", sources, "source");
  figure.text("note", true);
}

export function checkTimeModel(
  model: RecordChecker,
  known: { sources: ReadonlySet<string>; places: ReadonlySet<string> },
) {
  const { sources } = known;
  for (const mode of MODES) model.number(`speedKmh.${mode}`, positive, "a speed in km/h");
  const hours = upTo(HOURS_IN_A_YEAR, nonNegative);
  const what = `hours, ${YEAR_OF_HOURS}`;
  for (const mode of ["sea", "ferry"]) model.number(`portCallHours.${mode}`, hours, what);
  model.number("borderHours", hours, what);
  model.number("gaugeChangeHours", hours, what);
  model.number("modeChangeHours", hours, what);
  checkCountrySpeeds(model, sources);
  checkCrossingHours(model, known, hours, what);
  checkCustomsUnions(model, known.sources, hours, what);
  model.references("sources", sources, "source");
  model.text("note");
}

/** Speeds per country and mode: an ISO code, a known mode, a positive speed, sources and a note. */
function checkCountrySpeeds(model: RecordChecker, sources: ReadonlySet<string>) {
  const speeds = model.get("countrySpeeds");
  if (speeds === undefined) return;
  if (!Array.isArray(speeds)) {
    model.fail("countrySpeeds", "expected a list of speeds by country");
    return;
  }
  speeds.forEach((_, position) => {
    const at = `countrySpeeds.${position}`;
    model.matching(`${at}.country`, COUNTRY, "an ISO 3166 alpha-2 code");
    model.oneOf(`${at}.mode`, MODES);
    model.number(`${at}.kmh`, positive, "a speed in km/h");
    model.references(`${at}.sources`, sources, "source");
    model.text(`${at}.note`);
  });
}

/** Customs unions: a name, two or more members (ISO codes), hours and sources each. */
function checkCustomsUnions(
  model: RecordChecker,
  sources: ReadonlySet<string>,
  hours: (n: number) => boolean,
  what: string,
) {
  const unions = model.get("customsUnions");
  if (unions === undefined) return;
  if (!Array.isArray(unions)) {
    model.fail("customsUnions", "expected a list of customs unions");
    return;
  }
  unions.forEach((union: unknown, position) => {
    const at = `customsUnions.${position}`;
    const {
      name,
      members,
      hours: given,
      sources: cited,
      note,
    } = (union ?? {}) as Record<string, unknown>;
    if (typeof name !== "string" || name.trim() === "")
      model.fail(`${at}.name`, `expected non-empty text, found ${show(name)}`);
    if (!Array.isArray(members) || members.length < 2 || !members.every((c) => COUNTRY.test(c)))
      model.fail(`${at}.members`, `expected two or more ISO 3166 codes, found ${show(members)}`);
    if (typeof given !== "number" || !Number.isFinite(given) || !hours(given))
      model.fail(`${at}.hours`, `expected ${what}, found ${show(given)}`);
    const known = (key: unknown) => typeof key === "string" && sources.has(key);
    if (!Array.isArray(cited) || cited.length === 0 || !cited.every(known))
      model.fail(
        `${at}.sources`,
        `expected a non-empty list of known source ids, found ${show(cited)}`,
      );
    if (note !== undefined && (typeof note !== "string" || note.trim() === ""))
      model.fail(`${at}.note`, `expected non-empty text, found ${show(note)}`);
  });
}

/** Crossing-specific border times: each for a known place, with hours and sources. */
function checkCrossingHours(
  model: RecordChecker,
  known: { sources: ReadonlySet<string>; places: ReadonlySet<string> },
  hours: (n: number) => boolean,
  what: string,
) {
  const crossings = model.get("crossingHours");
  if (crossings === undefined) return;
  if (typeof crossings !== "object" || crossings === null || Array.isArray(crossings)) {
    model.fail("crossingHours", "expected an object of crossing times by place id");
    return;
  }
  for (const place of Object.keys(crossings)) {
    const at = `crossingHours.${place}`;
    if (!known.places.has(place)) model.fail(at, `unknown place "${place}"`);
    model.number(`${at}.hours`, hours, what);
    model.number(`${at}.slowHours`, hours, what, true);
    model.flag(`${at}.includesGaugeChange`, true);
    model.references(`${at}.sources`, known.sources, "source");
    model.text(`${at}.note`, true);
  }
}
