// Panels drawn from the state and the route search together: once per change, never for bookkeeping.
import { describe, expect, it } from "vitest";
import { type AppState, initialState } from "../../../src/state/app-state";
import { askRoutes, idleSearch, type RouteSearch } from "../../../src/state/route-search";
import { createStore } from "../../../src/state/store";
import { followRoutes } from "../../../src/view/panels/panel-kit";

const trip: AppState = { ...initialState(), origin: "almaty", destination: "baku" };

/** An app store and a search store wired as the route finder wires them: the search moves first. */
function wired() {
  const app = createStore(initialState());
  const search = createStore<RouteSearch>(idleSearch());
  app.subscribe((state) => search.update((now) => askRoutes(now, state, 0).search));
  return { app, search };
}

describe("following the state and the route search", () => {
  it("draws a new trip once, with its search already under way", () => {
    const { app, search } = wired();
    const drawn: string[] = [];
    followRoutes(app, search, ["origin", "destination"], (state, found) =>
      drawn.push(`${state.destination} ${found.shown.kind}`),
    );
    app.update(() => trip);
    expect(drawn).toEqual(["baku searching"]);
  });

  it("draws nothing for the search's own bookkeeping, nor for fields it does not follow", () => {
    const { app, search } = wired();
    app.update(() => trip);
    let drawn = 0;
    followRoutes(app, search, ["destination"], () => drawn++);
    search.update((now) => ({ ...now, unanswered: [], busySince: 5 }));
    app.update((state) => ({ ...state, placeMenu: "baku" }));
    expect(drawn).toBe(0);
    search.update((now) => ({ ...now, awaiting: false }));
    expect(drawn).toBe(1);
  });

  it("with any, draws every change of the state", () => {
    const { app, search } = wired();
    const previous: (string | null)[] = [];
    followRoutes(app, search, "any", (_state, _found, before) => previous.push(before.origin));
    app.update((state) => ({ ...state, origin: "almaty" }));
    app.update((state) => ({ ...state, placeMenu: "baku" }));
    expect(previous).toEqual([null, "almaty"]);
  });
});
