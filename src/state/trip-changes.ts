// Pure changes to the trip: origin, destination, via places; each starts again from the best route.
import { type AppState, askAgain } from "./app-state";

type Change = (state: AppState) => AppState;

export const setOrigin =
  (id: string | null): Change =>
  (state) =>
    askAgain(state, {
      origin: id,
      destination: state.destination === id ? null : state.destination,
    });

export const setDestination =
  (id: string | null): Change =>
  (state) =>
    askAgain(state, { destination: id, origin: state.origin === id ? null : state.origin });

/** What a click on a place sets: the origin while there is none, else the destination. */
export type ClickTarget = "origin" | "destination";

export const clickTarget = (state: Pick<AppState, "origin">): ClickTarget =>
  state.origin === null ? "origin" : "destination";

/**
 * A click on the map: the origin first, then the destination; with both set, a new destination
 * (the origin stays; the place menu sets an origin). A click on an end of the trip changes nothing.
 */
export const pickPlace =
  (id: string): Change =>
  (state) => {
    if (id === state.origin || id === state.destination) return state;
    return clickTarget(state) === "origin" ? setOrigin(id)(state) : setDestination(id)(state);
  };

export const swapTrip: Change = (state) =>
  askAgain(state, {
    origin: state.destination,
    destination: state.origin,
    via: [...state.via].reverse(),
  });

export const clearTrip: Change = (state) =>
  askAgain(state, { origin: null, destination: null, via: [] });

export const addVia =
  (id: string): Change =>
  (state) =>
    state.via.includes(id) || id === state.origin || id === state.destination
      ? state
      : askAgain(state, {
          via: [...state.via, id],
          avoidPlaces: state.avoidPlaces.filter((p) => p !== id),
        });

export const removeVia =
  (id: string): Change =>
  (state) =>
    askAgain(state, { via: state.via.filter((each) => each !== id) });

/** A whole trip at once (a corridor's termini, a row of a table), without via places. */
export const setTrip =
  (origin: string, destination: string): Change =>
  (state) =>
    askAgain(state, { origin, destination, via: [] });
