// A short "differs from route 1" summary: other countries, and the stretches run another way.
import type { Place } from "../dataset";
import { countryName } from "./route-countries";
import type { Route, RouteLeg } from "./route-result";
import type { RoutingIndex } from "./routing-index";

type PlaceNames = (id: string) => string;

/** E.g. "through Turkmenistan instead of Uzbekistan; ferry Aktau–Baku instead of rail via Beineu". */
export function differenceFromBest(route: Route, best: Route, placeName: PlaceNames): string {
  const parts = [countryDifference(route.countries, best.countries)];
  for (const stretch of divergentStretches(route.legs, best).slice(0, 2)) {
    parts.push(describeStretch(stretch, best, placeName));
  }
  return parts.filter(Boolean).join("; ") || "the same places by other links";
}

/** Display name without the parenthesised detail: "Karachi (port)" → "Karachi". */
export function shortPlaceName(place: Pick<Place, "name">): string {
  return place.name.en.replace(/\s*\(.*\)\s*$/, "");
}

/** Short display name of a place of the index, or the id itself when unknown. */
export function placeLabel(index: RoutingIndex, id: string): string {
  const place = index.places[index.placeNumbers.get(id) ?? -1];
  return place ? shortPlaceName(place) : id;
}

function countryDifference(countries: string[], best: string[]): string {
  const added = [...new Set(countries.filter((code) => !best.includes(code)))].map(countryName);
  const dropped = [...new Set(best.filter((code) => !countries.includes(code)))].map(countryName);
  if (added.length > 0 && dropped.length > 0) {
    return `through ${added.join(", ")} instead of ${dropped.join(", ")}`;
  }
  if (added.length > 0) return `also through ${added.join(", ")}`;
  return dropped.length > 0 ? `avoids ${dropped.join(", ")}` : "";
}

/** Maximal runs of legs whose link route 1 does not use. */
function divergentStretches(legs: RouteLeg[], best: Route): RouteLeg[][] {
  const bestLinks = new Set(best.legs.map((leg) => leg.link));
  const stretches: RouteLeg[][] = [];
  let current: RouteLeg[] = [];
  for (const leg of [...legs, undefined]) {
    if (leg && !bestLinks.has(leg.link)) current.push(leg);
    else if (current.length > 0) {
      stretches.push(current);
      current = [];
    }
  }
  return stretches;
}

function describeStretch(stretch: RouteLeg[], best: Route, placeName: PlaceNames): string {
  const from = (stretch[0] as RouteLeg).from;
  const to = (stretch[stretch.length - 1] as RouteLeg).to;
  const ours = `${modesOf(stretch)} ${placeName(from)}–${placeName(to)}${via(stretch, placeName)}`;
  const start = best.places.indexOf(from);
  const end = best.places.indexOf(to);
  if (start < 0 || end <= start) return ours;
  const theirs = best.legs.slice(start, end);
  return `${ours} instead of ${modesOf(theirs)}${via(theirs, placeName)}`;
}

function modesOf(legs: RouteLeg[]): string {
  return [...new Set(legs.map((leg) => leg.mode))].join("/");
}

function via(legs: RouteLeg[], placeName: PlaceNames): string {
  const inner = legs.slice(0, -1).map((leg) => placeName(leg.to));
  if (inner.length === 0) return "";
  const shown = inner.length > 3 ? [...inner.slice(0, 2), "…"] : inner;
  return ` via ${shown.join(", ")}`;
}
