import { describe, expect, it } from "vitest";
import { type AppState, initialState } from "../../src/state/app-state";
import type { RouteOutcome } from "../../src/state/route-outcome";
import { decodeSharedView, encodeSharedView } from "../../src/state/share-link";
import {
  applySharedView,
  knownNames,
  linkedRouteBeyond,
  restoreTrip,
  sharedViewOf,
  tripKey,
} from "../../src/state/shared-state";
import { tinyNetwork } from "../fixtures/tiny-network";

const known = knownNames(tinyNetwork());

describe("the state in the address", () => {
  it("comes back the same through a link", () => {
    const state = {
      ...initialState("fr"),
      origin: "almaty",
      destination: "baku",
      criterion: "hours" as const,
      alternatives: 2,
      avoidCountries: ["KG"],
      modes: ["rail" as const, "ferry" as const],
      includePlanned: true,
      distinctAlternatives: false,
      corridors: ["middle"],
      selectedRoute: 1,
      visibleCorridors: ["kz-kg", "middle"],
    };
    const link = encodeSharedView(sharedViewOf(state));
    const { view, ignored } = decodeSharedView(link, known);
    expect(ignored).toEqual([]);
    expect(applySharedView(initialState("en"), view)).toEqual(state);
  });

  it("leaves defaults out, so that a plain trip gives a short address", () => {
    const state = { ...initialState(), origin: "almaty", destination: "baku" };
    expect(encodeSharedView(sharedViewOf(state))).toBe("from=almaty&to=baku&lang=en");
  });

  it("restores as many routes as the engine lists, and the selected one", () => {
    const { view } = decodeSharedView("k=10&route=10", known);
    expect(applySharedView(initialState(), view)).toMatchObject({
      alternatives: 10,
      selectedRoute: 9,
    });
  });

  it("keeps the corridors drawn on the map, and names unknown ones as ignored", () => {
    const state = { ...initialState(), visibleCorridors: ["middle"] };
    expect(encodeSharedView(sharedViewOf(state))).toBe("show=middle&lang=en");
    const { view, ignored } = decodeSharedView("show=middle,atlantis", known);
    expect(applySharedView(initialState(), view).visibleCorridors).toEqual(["middle"]);
    expect(ignored).toEqual(["show=atlantis: unknown corridor"]);
  });

  it("keeps a map with every corridor unticked", () => {
    const state = { ...initialState(), visibleCorridors: [] };
    const query = encodeSharedView(sharedViewOf(state));
    expect(query).toBe("show=&lang=en");
    const { view, ignored } = decodeSharedView(query, known);
    expect(applySharedView(initialState(), view).visibleCorridors).toEqual([]);
    expect(ignored).toEqual([]);
  });

  it("draws every corridor when the link names none", () => {
    const { view } = decodeSharedView("from=almaty", known);
    expect(applySharedView(initialState(), view).visibleCorridors).toBeNull();
  });

  it("names the places, countries and corridors of the network", () => {
    expect(known.places.has("korday")).toBe(true);
    expect(known.countries.has("KG")).toBe(true);
    expect(known.corridors.has("middle")).toBe(true);
  });
});

describe("going back to a trip", () => {
  const now: AppState = {
    ...initialState(),
    origin: "almaty",
    destination: "baku",
    criterion: "hours",
  };

  it("restores the trip's ends, via places and route, and keeps today's options", () => {
    const back = restoreTrip({ from: "almaty", to: "bishkek", via: ["korday"], route: 2 })(now);
    expect(back).toMatchObject({
      origin: "almaty",
      destination: "bishkek",
      via: ["korday"],
      selectedRoute: 1,
      criterion: "hours",
    });
  });

  it("empties what the entry leaves out: a trip with an origin only has no destination", () => {
    expect(restoreTrip({ from: "almaty" })(now)).toMatchObject({ destination: null, via: [] });
  });

  it("tells a new trip from a change of options", () => {
    const byKm: AppState = { ...now, criterion: "km" };
    expect(tripKey(byKm)).toBe(tripKey(now));
    expect(tripKey({ ...now, via: [] })).toBe(tripKey(now));
    expect(tripKey({ ...now, destination: "bishkek" })).not.toBe(tripKey(now));
    expect(tripKey({ ...now, via: ["korday"] })).not.toBe(tripKey(now));
  });
});

describe("a linked route beyond the routes found", () => {
  const routes = (count: number) =>
    ({
      kind: "routes",
      routes: Array.from({ length: count }, (_, rank) => ({ rank })),
    }) as unknown as RouteOutcome;
  const linked = (route: number) => ({ ...initialState(), selectedRoute: route - 1 });

  it("is named, with the number of routes found", () => {
    expect(linkedRouteBeyond(linked(10), routes(3))).toBe(
      "route=10: only 3 routes were found, route 1 is shown",
    );
    expect(linkedRouteBeyond(linked(2), routes(1))).toBe(
      "route=2: only 1 route was found, route 1 is shown",
    );
  });

  it("is not named when the route is among those found, or when there are none", () => {
    expect(linkedRouteBeyond(linked(3), routes(3))).toBeNull();
    expect(linkedRouteBeyond(linked(10), { kind: "no-trip" })).toBeNull();
  });
});
