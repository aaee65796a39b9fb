// The one routing path: compile (or reuse) the view, then take routes in order until k are kept.
import { LooplessRoutes } from "./loopless-routes";
import { sharedShare } from "./route-overlap";
import type { ResolvedQuery } from "./route-query";
import { type FoundPath, RouteSearch } from "./route-search";
import type { RoutingIndex } from "./routing-index";
import { compileRoutingView } from "./routing-view";
import { WorkBudget, workLimitFor } from "./work-budget";

/**
 * How many routes may be looked at and rejected as too similar before giving up. A road beside
 * each of n railway stretches makes 2^n variants of one way: from Almaty to Karachi by km, the
 * first routes that differ enough come at ranks 78 to 438. A thousand take 0.1–0.4 s here.
 */
const MAX_ROUTES_EXAMINED = 1000;
/** Views kept per index, so repeated queries with the same constraints skip compilation. */
const VIEWS_KEPT = 16;
const searchCache = new WeakMap<RoutingIndex, Map<string, RouteSearch>>();

export interface RankedPaths {
  paths: FoundPath[];
  /** True when the work bound, or the bound on routes examined, cut the search short: there may be routes it did not reach. */
  stoppedEarly: boolean;
}

/** The k cheapest loopless routes of the query, each differing enough from the better ones. */
export function rankedPaths(
  index: RoutingIndex,
  query: ResolvedQuery,
  budget = queryBudget(index),
): RankedPaths {
  const search = searchFor(index, query);
  search.prepare(
    [query.from, ...query.via, query.to].map((id) => index.placeNumbers.get(id) ?? -1),
  );
  const routes = new LooplessRoutes(search, budget);
  const paths: FoundPath[] = [];
  let rank = 0;
  for (; rank < MAX_ROUTES_EXAMINED && paths.length < query.k; rank++) {
    const path = routes.get(rank);
    if (!path) break;
    if (isDistinctEnough(index, path, paths, query.maxShared)) paths.push(path);
  }
  // Giving up on too-similar routes is a limit too: distinct ones may lie beyond it.
  const gaveUp = rank === MAX_ROUTES_EXAMINED && paths.length < query.k;
  return { paths, stoppedEarly: budget.exhausted || gaveUp };
}

/** The work one query may do on this network, via places and alternatives included. */
export function queryBudget(index: RoutingIndex): WorkBudget {
  return new WorkBudget(workLimitFor(index.arcHead.length));
}

export function isDistinctEnough(
  index: RoutingIndex,
  path: FoundPath,
  kept: FoundPath[],
  maxShared?: number,
) {
  return (
    maxShared === undefined || kept.every((better) => sharedShare(index, path, better) <= maxShared)
  );
}

function searchFor(index: RoutingIndex, query: ResolvedQuery): RouteSearch {
  const { by, avoidCountries, avoidPlaces, avoidLinks, modes, includePlanned } = query;
  const { corridors, month, preferCorridor } = query;
  const constraints = {
    ...{ avoidCountries, avoidPlaces, avoidLinks, modes, includePlanned },
    ...{ corridors, month, preferCorridor },
  };
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
