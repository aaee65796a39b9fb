// How an alternative differs from route 1: other countries, and the stretches run another way.
import type { Mode } from "../dataset";
import type { Route, RouteDifference, RouteLeg, StretchDifference } from "./route-types";

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
