// How an alternative differs from route 1: other countries, and the stretches run another way.
import type { Mode, Place } from "../dataset";
import type { Route, RouteDifference, RouteLeg, StretchDifference } from "./route-types";
import type { RoutingIndex } from "./routing-index";

export interface DifferenceNames {
  country: (code: string) => string;
  place: (id: string) => string;
  mode?: (mode: Mode) => string;
}

const MOST_STRETCHES = 2;

export function differenceFromBest(route: Route, best: Route): RouteDifference {
  const unique = (codes: string[]) => [...new Set(codes)];
  return {
    addedCountries: unique(route.countries.filter((code) => !best.countries.includes(code))),
    droppedCountries: unique(best.countries.filter((code) => !route.countries.includes(code))),
    stretches: divergentStretches(route.legs, best)
      .slice(0, MOST_STRETCHES)
      .map((stretch) => describeStretch(stretch, best)),
  };
}

/** A name without its parenthesised detail: "Karachi (port)" → "Karachi". */
function withoutDetail(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, "").trim() || name;
}

/** Display name of a place for summaries and labels. */
export function shortPlaceName(place: Pick<Place, "name">, language: "en" | "fr" = "en"): string {
  return withoutDetail(place.name[language]);
}

/** Short display name of a place of the index, or the id itself when unknown. */
export function placeLabel(index: RoutingIndex, id: string): string {
  const place = index.places[index.placeNumbers.get(id) ?? -1];
  return place ? shortPlaceName(place) : id;
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

function describeStretch(stretch: RouteLeg[], best: Route): StretchDifference {
  const from = (stretch[0] as RouteLeg).from;
  const to = (stretch[stretch.length - 1] as RouteLeg).to;
  const ours = { modes: modesOf(stretch), from, to, via: innerPlaces(stretch) };
  const start = best.places.indexOf(from);
  const end = best.places.indexOf(to);
  if (start < 0 || end <= start) return ours;
  const theirs = best.legs.slice(start, end);
  return { ...ours, instead: { modes: modesOf(theirs), via: innerPlaces(theirs) } };
}

const modesOf = (legs: RouteLeg[]): Mode[] => [...new Set(legs.map((leg) => leg.mode))];
const innerPlaces = (legs: RouteLeg[]) => legs.slice(0, -1).map((leg) => leg.to);
