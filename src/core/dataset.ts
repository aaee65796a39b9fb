// The dataset's record types: what data/*.json holds, and what a user's network file must hold.

export const PLACE_KINDS = ["city", "port", "dry-port", "junction", "border-crossing"] as const;
export const MODES = ["rail", "road", "sea", "ferry"] as const;
export const LINK_STATUSES = ["operational", "under-construction", "planned"] as const;
export const BASES = ["measured", "estimate"] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Mode = (typeof MODES)[number];
export type LinkStatus = (typeof LINK_STATUSES)[number];
/** Whether a figure was given by a source ("measured") or worked out by a stated rule ("estimate"). */
export type Basis = (typeof BASES)[number];

export interface Names {
  en: string;
  fr: string;
}

/** Where a figure comes from: its basis, the rule that produced it when estimated, and its sources. */
export interface Provenance {
  basis: Basis;
  sources: string[];
  /** How an estimate was made, e.g. "great-circle 288 km × 1.2 (plains rail)". */
  rule?: string;
  note?: string;
}

/** Months of the year (1–12) when a place or link is closed to freight, with their source. */
export interface Closure {
  months: number[];
  sources: string[];
  note?: string;
}

export interface Place {
  /** Stable lowercase id: letters, digits and underscores. */
  id: string;
  name: Names;
  /** Other names people search by: former official names, other spellings ("Nur-Sultan" for Astana). */
  aliases?: string[];
  /** ISO 3166-1 alpha-2 codes: one, or two for a border crossing (in the order the name gives). */
  countries: string[];
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Where the position comes from and how far off it may be. */
  position: Provenance & { precisionKm: number };
  /** Rail gauges (mm) that meet here, where wagons are transshipped or bogies exchanged. */
  gaugeBreak?: [number, number];
  /** Seasonal closure (a mountain pass in winter). */
  closed?: Closure;
}

export interface Link {
  /** Stable id, by convention "<from>--<to>--<mode>". */
  id: string;
  from: string;
  to: string;
  mode: Mode;
  km: number;
  length: Provenance;
  /** Estimated transit time in hours (see data/README.md for the time model). */
  hours: number;
  time: Provenance;
  status: LinkStatus;
  /** Opening year when operational, expected year when planned or under construction, if a source gives it. */
  year?: number;
  /** Rail gauge in mm (rail links only). */
  gauge?: number;
  /** Seasonal closure (a frozen waterway). */
  closed?: Closure;
  corridors: string[];
  sources: string[];
  note?: string;
}

export interface Corridor {
  id: string;
  name: Names;
  /** "#rrggbb" */
  color: string;
  description: Names;
  sources: string[];
  /** The corridor this one is a branch or axis of (e.g. an INSTC axis). */
  parent?: string;
  /** Places the corridor joins end to end; its links must connect them. */
  termini: string[];
}

export interface TradeFigure {
  id: string;
  /** ISO alpha-2 of Kazakhstan's partner. */
  partner: string;
  /** What is counted, e.g. "turnover", "exports". */
  measure: string;
  valueUsd: number;
  /** Period of the figure, e.g. "2024", "2025-H1", "2022-01/08". */
  period: string;
  /** Who reported the figure (national statistics disagree). */
  reporter: string;
  basis: Basis;
  /** A stated goal; its year only when the source gives one. */
  target?: { valueUsd: number; year?: number; note?: string };
  sources: string[];
  note?: string;
}

export interface Source {
  key: string;
  title: string;
  publisher: string;
  /** ISO date or year, when known. */
  date?: string;
  url?: string;
  /** For the source articles shipped with the project: their file name. */
  file?: string;
  language?: string;
}

/** A sourced waiting time at one border crossing, where it differs from the model's default. */
interface CrossingTime {
  hours: number;
  /** A slow but published figure (a bad month, a queue), for the slow end of a route's time. */
  slowHours?: number;
  sources: string[];
  note?: string;
}

/** Countries that clear goods once at their outer border: their inner borders take `hours`. */
interface CustomsUnion {
  name: string;
  members: string[];
  hours: number;
  sources: string[];
  note?: string;
}

/**
 * The time model: running time per link from its length and mode, and the transfers charged on
 * the transition between two consecutive legs (border, gauge change, port handling, mode change).
 */
export interface TimeModel {
  /** Average speed including stops, km/h, per mode. */
  speedKmh: Record<Mode, number>;
  /** Hours to load or unload a ship: once where cargo goes from land to sea or back, twice where it changes ship. */
  portCallHours: Record<"sea" | "ferry", number>;
  /** Hours per change of country, where no crossing-specific time is given. */
  borderHours: number;
  /** Crossing-specific hours, by place id of the crossing. */
  crossingHours?: Record<string, CrossingTime>;
  /** Groups of countries whose common borders have no customs clearance, with their hours. */
  customsUnions?: CustomsUnion[];
  /** Hours to change gauge between two consecutive rail legs of different gauges. */
  gaugeChangeHours: number;
  /** Hours to move cargo between rail and road at one place. */
  modeChangeHours: number;
  sources: string[];
  note: string;
}

export interface Dataset {
  places: Place[];
  links: Link[];
  corridors: Corridor[];
  trade: TradeFigure[];
  sources: Source[];
  timeModel: TimeModel;
}
