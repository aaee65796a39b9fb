// What the route writers need to know of places (names, position, kind, countries), of links' lines and of the reader.
import type { Language, Place } from "../dataset";
import type { LineOf } from "../link-geometry";
import type { Route } from "../routing/route-types";

export type ExportPlace = Pick<Place, "name" | "lat" | "lon" | "kind" | "countries">;

export interface ExportOptions {
  placeAt: (id: string) => ExportPlace | undefined;
  /** Links' lines (linkLines); without it, or for a link without one, a leg is a straight segment. */
  lineOf?: LineOf;
  /** The language of place names. */
  language: Language;
  /** The rank of the route the reader selected (the page's selection; route 1 by default). */
  selectedRank?: number;
}

/** Looks a place up by id; an unknown id is a programming error, so it throws and names the id. */
export function exportPlace(options: ExportOptions, id: string): ExportPlace {
  const place = options.placeAt(id);
  if (!place) throw new Error(`corridor/export: unknown place "${id}"`);
  return place;
}

export function exportName(options: ExportOptions, id: string): string {
  return exportPlace(options, id).name[options.language];
}

export function isSelected(options: ExportOptions, rank: number): boolean {
  return rank === (options.selectedRank ?? 1);
}

/** A route file's options: its sentences too, phrased in the options' language by the text layer. */
export interface RouteExportOptions extends ExportOptions {
  words: RouteWords;
}

/** The sentences a route file carries, written by the text layer (the core writes no sentences). */
export interface RouteWords {
  /** How a route differs from route 1 (null for route 1 itself). */
  differsFromBest(route: Pick<Route, "difference">): string | null;
  /** Why there is no route, when there is none. */
  noRoute?: string;
}
