// Pure changes to the route options; each starts again from the best route.
import type { Mode } from "../core/dataset";
import type { Criterion } from "../core/routing/criteria";
import { type AppState, askAgain, MAX_ALTERNATIVES } from "./app-state";
import { toggled } from "./list-toggle";

type Change = (state: AppState) => AppState;

export const setCriterion =
  (criterion: Criterion): Change =>
  (state) =>
    askAgain(state, { criterion });

export const setAlternatives =
  (count: number): Change =>
  (state) => {
    const alternatives = Math.min(MAX_ALTERNATIVES, Math.max(1, Math.round(count) || 1));
    return askAgain(state, { alternatives });
  };

export const toggleAvoidCountry =
  (country: string, on?: boolean): Change =>
  (state) =>
    askAgain(state, { avoidCountries: toggled(state.avoidCountries, country, on) });

/** Avoiding a place also drops it from the via places (a route cannot do both). */
export const toggleAvoidPlace =
  (id: string, on?: boolean): Change =>
  (state) => {
    const avoidPlaces = toggled(state.avoidPlaces, id, on);
    const via = avoidPlaces.includes(id) ? state.via.filter((each) => each !== id) : state.via;
    return askAgain(state, { avoidPlaces, via });
  };

export const toggleMode =
  (mode: Mode, on?: boolean): Change =>
  (state) =>
    askAgain(state, { modes: toggled(state.modes, mode, on) });

export const setMonth =
  (month: number | null): Change =>
  (state) =>
    askAgain(state, { month });

export const setIncludePlanned =
  (includePlanned: boolean): Change =>
  (state) =>
    askAgain(state, { includePlanned });

export const setDistinctAlternatives =
  (distinctAlternatives: boolean): Change =>
  (state) =>
    askAgain(state, { distinctAlternatives });

export const toggleStayInCorridor =
  (corridor: string, on?: boolean): Change =>
  (state) =>
    askAgain(state, { corridors: toggled(state.corridors, corridor, on) });
