// Pure changes to what the user looks at: language, selected route, shown corridors, place menu.
import type { Language } from "../core/dataset";
import type { AppState } from "./app-state";
import { toggled } from "./list-toggle";

type Change = (state: AppState) => AppState;

export const setLanguage =
  (language: Language): Change =>
  (state) =>
    state.language === language ? state : { ...state, language };

export const selectRoute =
  (index: number): Change =>
  (state) =>
    state.selectedRoute === index ? state : { ...state, selectedRoute: index };

/** Shows or hides one corridor; `all` lists every corridor, to start from when all are shown. */
export const toggleCorridorVisible =
  (corridor: string, all: readonly string[]): Change =>
  (state) => {
    const visible = toggled(state.visibleCorridors ?? all, corridor);
    const everything = all.every((id) => visible.includes(id));
    return { ...state, visibleCorridors: everything ? null : visible };
  };

/** Draws one corridor alone. */
export const showOnlyCorridor =
  (corridor: string): Change =>
  (state) =>
    state.visibleCorridors?.length === 1 && state.visibleCorridors[0] === corridor
      ? state
      : { ...state, visibleCorridors: [corridor] };

export const showAllCorridors: Change = (state) =>
  state.visibleCorridors === null ? state : { ...state, visibleCorridors: null };

export const openPlaceMenu =
  (id: string | null): Change =>
  (state) =>
    state.placeMenu === id ? state : { ...state, placeMenu: id };
