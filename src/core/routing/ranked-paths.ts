// The one routing path: compile (or reuse) the view, then take routes in order until k are kept.
import { LooplessRoutes } from "./loopless-routes";
import { sharedShare } from "./route-overlap";
import type { ResolvedQuery } from "./route-query";
import { type FoundPath, RouteSearch } from "./route-search";
import type { RoutingIndex } from "./routing-index";
import { compileRoutingView, type RoutingView } from "./routing-view";
import { viaRoutes } from "./via-routes";

/** How many routes may be looked at and rejected as too similar before giving up. */
const MAX_ROUTES_EXAMINED = 200;
/** Views kept per index, so repeated queries with the same constraints skip compilation. */
const VIEWS_KEPT = 16;
const searchCache = new WeakMap<RoutingIndex, Map<string, RouteSearch>>();

/** The k cheapest loopless routes of the query, each differing enough from the better ones. */
export function rankedPaths(index: RoutingIndex, query: ResolvedQuery): FoundPath[] {
  const search = searchFor(index, query);
  const waypoints = [query.from, ...query.via, query.to].map(
    (id) => index.placeNumbers.get(id) ?? -1,
  );
  const sections = waypoints.slice(1).map((to, position) => {
    const from = waypoints[position] as number;
    const sectionSearch =
      waypoints.length > 2 ? sectionSearchFor(search.view, waypoints, from, to) : search;
    return new LooplessRoutes(sectionSearch, from, to);
  });
  const kept: FoundPath[] = [];
  let examined = 0;
  for (const path of viaRoutes(sections)) {
    if (isDistinctEnough(index, path, kept, query.maxShared)) kept.push(path);
    if (kept.length === query.k || ++examined === MAX_ROUTES_EXAMINED) break;
  }
  return kept;
}

function isDistinctEnough(
  index: RoutingIndex,
  path: FoundPath,
  kept: FoundPath[],
  maxShared?: number,
) {
  return (
    maxShared === undefined || kept.every((better) => sharedShare(index, path, better) <= maxShared)
  );
}

/** A section between two waypoints may not pass the other waypoints (the route would loop). */
function sectionSearchFor(view: RoutingView, waypoints: number[], from: number, to: number) {
  const placeOpen = view.placeOpen.slice();
  for (const waypoint of waypoints)
    if (waypoint !== from && waypoint !== to) placeOpen[waypoint] = 0;
  return new RouteSearch({ ...view, placeOpen });
}

function searchFor(index: RoutingIndex, query: ResolvedQuery): RouteSearch {
  const { by, avoidCountries, avoidPlaces, modes, includePlanned, corridors } = query;
  const constraints = { avoidCountries, avoidPlaces, modes, includePlanned, corridors };
  const key = JSON.stringify([by, constraints]);
  const searches = searchCache.get(index) ?? new Map<string, RouteSearch>();
  searchCache.set(index, searches);
  let search = searches.get(key);
  if (!search) {
    search = new RouteSearch(compileRoutingView(index, by, constraints));
    if (searches.size >= VIEWS_KEPT) searches.delete(searches.keys().next().value as string);
  }
  searches.delete(key);
  searches.set(key, search);
  return search;
}
