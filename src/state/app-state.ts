// The explorer's state as plain serialisable data: the trip asked for, its options and what the user looks at.
import type { ScenarioChoice } from "../core/analysis/scenario-presets";
import type { Language, Mode } from "../core/dataset";
import { MODES } from "../core/dataset";
import type { Criterion } from "../core/routing/criteria";

export interface AppState {
  origin: string | null;
  destination: string | null;
  criterion: Criterion;
  /** How many routes to list (the best and its alternatives). */
  alternatives: number;
  avoidCountries: string[];
  avoidPlaces: string[];
  modes: Mode[];
  includePlanned: boolean;
  /** Drop alternatives that mostly repeat a better route (see DISTINCT_MAX_SHARED). */
  distinctAlternatives: boolean;
  /** Corridors the route must stay inside; none means anywhere. */
  corridors: string[];
  /** Places the route must pass through, in order. */
  via: string[];
  /** Month of travel (1–12), so that seasonal closures apply; null for any time of year. */
  month: number | null;
  /** A corridor the route keeps to where it can (a row of the corridor comparison); null for none. */
  preferCorridor: string | null;
  /** What the what-if scenario closes: every route the page finds is found with it closed. */
  scenario: ScenarioChoice;
  language: Language;
  /** Index of the selected route in the ranked list. */
  selectedRoute: number;
  /** Corridors drawn on the map; null means all of them. */
  visibleCorridors: string[] | null;
  /** Transient: the place whose action menu is open (what the pointer is over is the map's own). */
  placeMenu: string | null;
}

/** The explorer lists as many routes as the engine gives (1 to 10). */
export { MAX_ROUTES as MAX_ALTERNATIVES } from "../core/routing";

/**
 * With distinct alternatives on, an alternative may share at most this share of its length with a
 * better route: otherwise Almaty–Karachi lists the same trip by two neighbouring border posts.
 */
export const DISTINCT_MAX_SHARED = 0.8;

export function initialState(language: Language = "en"): AppState {
  return {
    origin: null,
    destination: null,
    criterion: "km",
    alternatives: 3,
    avoidCountries: [],
    avoidPlaces: [],
    modes: [...MODES],
    includePlanned: false,
    distinctAlternatives: true,
    corridors: [],
    via: [],
    month: null,
    preferCorridor: null,
    scenario: {},
    language,
    selectedRoute: 0,
    visibleCorridors: null,
    placeMenu: null,
  };
}

/** A change to what is asked: the route list starts again from the best route, menus close. */
export function askAgain(state: AppState, changes: Partial<AppState>): AppState {
  return { ...state, ...changes, selectedRoute: 0, placeMenu: null };
}
