import { describe, expect, it } from "vitest";
import { initialState } from "../../src/state/app-state";
import { decodeSharedView, encodeSharedView } from "../../src/state/share-link";
import { applySharedView, knownNames, sharedViewOf } from "../../src/state/shared-state";
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

  it("names the places, countries and corridors of the network", () => {
    expect(known.places.has("korday")).toBe(true);
    expect(known.countries.has("KG")).toBe(true);
    expect(known.corridors.has("middle")).toBe(true);
  });
});
