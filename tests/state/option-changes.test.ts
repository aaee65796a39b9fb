import { describe, expect, it } from "vitest";
import { DISTINCT_MAX_SHARED, initialState, MAX_ALTERNATIVES } from "../../src/state/app-state";
import { rememberedLanguage, rememberLanguage } from "../../src/state/language-memory";
import {
  setAlternatives,
  setDistinctAlternatives,
  toggleAvoidCountry,
  toggleMode,
} from "../../src/state/option-changes";
import { routeQueryOf } from "../../src/state/route-outcome";
import { createStore } from "../../src/state/store";
import { pickPlace } from "../../src/state/trip-changes";
import { openPlaceMenu, toggleCorridorVisible } from "../../src/state/view-changes";

describe("route options", () => {
  it("keeps the number of routes between 1 and the maximum", () => {
    expect(setAlternatives(0)(initialState()).alternatives).toBe(1);
    expect(setAlternatives(99)(initialState()).alternatives).toBe(MAX_ALTERNATIVES);
  });

  it("asks the engine only for what the reader restricted", () => {
    const trip = pickPlace("tehran")(pickPlace("moscow")(initialState()));
    expect(routeQueryOf(trip)).toEqual({
      from: "moscow",
      to: "tehran",
      via: [],
      k: 3,
      by: "km",
      maxShared: DISTINCT_MAX_SHARED,
    });
    const railOnly = ["road", "sea", "ferry"].reduce((s, m) => toggleMode(m as "road")(s), trip);
    const noTm = toggleAvoidCountry("TM")(railOnly);
    expect(routeQueryOf(noTm)).toMatchObject({ modes: ["rail"], avoidCountries: ["TM"] });
  });

  it("lets the reader list alternatives that mostly repeat a better route", () => {
    const trip = pickPlace("karachi")(pickPlace("almaty")(initialState()));
    expect(routeQueryOf(setDistinctAlternatives(false)(trip))).not.toHaveProperty("maxShared");
  });

  it("asks nothing until both ends are chosen", () => {
    expect(routeQueryOf(pickPlace("moscow")(initialState()))).toBeNull();
  });
});

describe("shown corridors", () => {
  const all = ["middle", "instc", "cpec"];
  it("hides one corridor, and shows all again when the last hidden comes back", () => {
    const hidden = toggleCorridorVisible("instc", all)(initialState());
    expect(hidden.visibleCorridors).toEqual(["middle", "cpec"]);
    expect(toggleCorridorVisible("instc", all)(hidden).visibleCorridors).toBeNull();
  });
});

describe("store and language memory", () => {
  it("tells listeners of real changes only", () => {
    const store = createStore(initialState());
    const seen: (string | null)[] = [];
    store.subscribe((state) => seen.push(state.origin));
    store.update(openPlaceMenu(null));
    store.update(pickPlace("almaty"));
    expect(seen).toEqual(["almaty"]);
  });

  it("remembers the language, else follows the browser, else English", () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    };
    expect(rememberedLanguage(storage, ["fr-FR", "en"])).toBe("fr");
    expect(rememberedLanguage(storage, ["de"])).toBe("en");
    rememberLanguage(storage, "fr");
    expect(rememberedLanguage(storage, ["en-GB"])).toBe("fr");
    expect(rememberedLanguage(null, ["en"])).toBe("en");
  });
});
