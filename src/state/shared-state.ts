// The app state and the shareable link's view, each way: what the address holds and how it is restored.
import type { Dataset } from "../core/dataset";
import { MODES } from "../core/dataset";
import { type AppState, askAgain } from "./app-state";
import { setAlternatives } from "./option-changes";
import { QUERY_FIELDS, type RouteOutcome } from "./route-outcome";
import type { KnownNames, SharedView } from "./share-link";

/** The state fields the route list shows. */
export const ROUTE_LIST_FIELDS = [...QUERY_FIELDS, "language", "selectedRoute"] as const;

/** The state fields the link holds: the route list's and the corridors drawn on the map. */
export const LINK_FIELDS = [...ROUTE_LIST_FIELDS, "visibleCorridors"] as const;

const DEFAULTS = { criterion: "km", alternatives: 3 } as const;

/** What the link holds: the trip, its options, the language, the selected route and the corridors drawn; defaults left out. */
export function sharedViewOf(state: AppState): SharedView {
  const allModes = MODES.every((mode) => state.modes.includes(mode));
  const view: SharedView = {
    from: state.origin ?? undefined,
    to: state.destination ?? undefined,
    by: state.criterion === DEFAULTS.criterion ? undefined : state.criterion,
    k: state.alternatives === DEFAULTS.alternatives ? undefined : state.alternatives,
    avoidCountries: state.avoidCountries,
    avoidPlaces: state.avoidPlaces,
    modes: allModes ? undefined : state.modes,
    includePlanned: state.includePlanned || undefined,
    similarAlternatives: !state.distinctAlternatives || undefined,
    corridors: state.corridors,
    shownCorridors: state.visibleCorridors ?? undefined,
    via: state.via,
    month: state.month ?? undefined,
    language: state.language,
    route: state.selectedRoute > 0 ? state.selectedRoute + 1 : undefined,
    preferCorridor: state.preferCorridor ?? undefined,
    scenario: state.scenario,
  };
  return view;
}

/** The state with a link's view applied over it; what the link leaves out stays as it was. */
export function applySharedView(state: AppState, view: SharedView): AppState {
  const next: AppState = {
    ...state,
    origin: view.from ?? state.origin,
    destination: view.to && view.to !== view.from ? view.to : state.destination,
    criterion: view.by ?? state.criterion,
    avoidCountries: view.avoidCountries ?? state.avoidCountries,
    avoidPlaces: view.avoidPlaces ?? state.avoidPlaces,
    modes: view.modes ?? state.modes,
    includePlanned: view.includePlanned ?? state.includePlanned,
    distinctAlternatives: view.similarAlternatives ? false : state.distinctAlternatives,
    corridors: view.corridors ?? state.corridors,
    visibleCorridors: view.shownCorridors ?? state.visibleCorridors,
    via: view.via ?? state.via,
    month: view.month ?? state.month,
    language: view.language ?? state.language,
    selectedRoute: view.route ? view.route - 1 : state.selectedRoute,
    preferCorridor: view.preferCorridor ?? state.preferCorridor,
    scenario: view.scenario ?? state.scenario,
  };
  return view.k ? { ...setAlternatives(view.k)(next), selectedRoute: next.selectedRoute } : next;
}

/** The trip as one value (ends and via places): when it changes, the browser's history gets an entry. */
export const tripKey = (state: Pick<AppState, "origin" | "destination" | "via">): string =>
  JSON.stringify([state.origin, state.destination, state.via]);

/**
 * The trip a link holds (ends, via places, selected route) over the state: going Back or Forward
 * moves between trips; the options, language and map stay as they are.
 */
export const restoreTrip =
  (view: SharedView) =>
  (state: AppState): AppState => ({
    ...askAgain(state, {
      origin: view.from ?? null,
      destination: view.to ?? null,
      via: view.via ?? [],
    }),
    selectedRoute: view.route ? view.route - 1 : 0,
  });

/** A linked route beyond the routes found (route=10 with three): named; route 1 is then shown. */
export function linkedRouteBeyond(state: AppState, outcome: RouteOutcome): string | null {
  if (outcome.kind !== "routes" || state.selectedRoute < outcome.routes.length) return null;
  const count = outcome.routes.length;
  const found = count === 1 ? "1 route was found" : `${count} routes were found`;
  return `route=${state.selectedRoute + 1}: only ${found}, route 1 is shown`;
}

/** The names a link may use in this network: place ids, countries and corridors. */
export function knownNames(dataset: Pick<Dataset, "places" | "corridors">): KnownNames {
  return {
    places: new Set(dataset.places.map((place) => place.id)),
    countries: new Set(dataset.places.flatMap((place) => place.countries)),
    corridors: new Set(dataset.corridors.map((corridor) => corridor.id)),
  };
}
