// The routes a search returns, as plain data: legs, stages, transfers, closures, and how each differs from route 1.
import type { LinkStatus, Mode } from "../dataset";
import type { RouteTransfer } from "./route-transfers";

export interface RouteLeg {
  link: string;
  from: string;
  to: string;
  mode: Mode;
  km: number;
  hours: number;
  status: LinkStatus;
  corridors: string[];
  sources: string[];
  /** Rail gauge in mm, for rail legs that give it. */
  gauge?: number;
}

/** Consecutive legs of one mode and one set of corridors. */
export interface RouteStage {
  mode: Mode;
  corridors: string[];
  from: string;
  to: string;
  km: number;
  hours: number;
  legCount: number;
}

export interface RouteClosure {
  kind: "place" | "link";
  id: string;
  months: number[];
}

export interface Route {
  /** 1 for the best route, then the alternatives in order. */
  rank: number;
  km: number;
  /** Hours on the move plus every transfer's hours. */
  hours: number;
  days: number;
  /** The same route with the slow figures that sources give for its crossings (≥ hours). */
  slowHours: number;
  slowDays: number;
  /** Changes of country: the border transfers. */
  crossings: number;
  /** ISO alpha-2 codes in the order the route passes them. */
  countries: string[];
  modeChanges: number;
  gaugeChanges: number;
  /** Loading and unloading at ports (a change of ship counts twice). */
  portCalls: number;
  places: string[];
  legs: RouteLeg[];
  /** Borders, gauge changes, port calls and mode changes, in travel order, with their hours. */
  transfers: RouteTransfer[];
  stages: RouteStage[];
  /** Places and links of the route that close for part of the year, with the months. */
  closures: RouteClosure[];
  /** True when a leg uses a planned or under-construction link. */
  usesUnbuiltLinks: boolean;
  /** How this route differs from route 1 (null for route 1 itself). */
  difference: RouteDifference | null;
}

/** A run of legs that route 1 does not use, and what route 1 does between the same two places. */
export interface StretchDifference {
  modes: Mode[];
  from: string;
  to: string;
  /** Places passed between `from` and `to`. */
  via: string[];
  instead?: { modes: Mode[]; via: string[] };
}

/** Plain data, so that each reader's language can phrase it. */
export interface RouteDifference {
  addedCountries: string[];
  droppedCountries: string[];
  stretches: StretchDifference[];
}
