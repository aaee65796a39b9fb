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

/** A click on the map: first the origin, then the destination, then a new trip from the place. */
export const pickPlace =
  (id: string): Change =>
  (state) => {
    if (state.origin === null) return setOrigin(id)(state);
    if (state.destination === null) {
      return id === state.origin ? state : setDestination(id)(state);
    }
    return askAgain(state, { origin: id, destination: null, via: [] });
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
