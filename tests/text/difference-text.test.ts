import { describe, expect, it } from "vitest";
import type { RouteDifference } from "../../src/core/routing/route-types";
import { differenceText } from "../../src/text/difference-text";

const english = {
  country: (c: string) => ({ TM: "Turkmenistan", UZ: "Uzbekistan" })[c] ?? c,
  place: (id: string) => id,
  mode: (m: string) => m,
};
const french = {
  country: (c: string) => ({ TM: "Turkménistan", UZ: "Ouzbékistan" })[c] ?? c,
  place: (id: string) => ({ aktau: "Aktaou", baku: "Bakou", beineu: "Beïneou" })[id] ?? id,
  mode: (m: string) => ({ ferry: "ferry", rail: "rail" })[m] ?? m,
};

const viaTurkmenistan: RouteDifference = {
  addedCountries: ["TM"],
  droppedCountries: ["UZ"],
  stretches: [
    {
      modes: ["ferry"],
      from: "aktau",
      to: "baku",
      via: [],
      instead: { modes: ["rail"], via: ["beineu"] },
    },
  ],
};

describe("differenceText", () => {
  it("says in English which countries and stretches differ", () => {
    expect(differenceText(viaTurkmenistan, english, "en")).toBe(
      "through Turkmenistan instead of Uzbekistan; ferry aktau–baku instead of rail via beineu",
    );
  });

  it("says the same in French with French names", () => {
    expect(differenceText(viaTurkmenistan, french, "fr")).toBe(
      "par Turkménistan et non Ouzbékistan; ferry Aktaou–Bakou et non rail par Beïneou",
    );
  });

  it("shortens a long list of places passed", () => {
    const long: RouteDifference = {
      addedCountries: [],
      droppedCountries: [],
      stretches: [{ modes: ["rail"], from: "a", to: "f", via: ["b", "c", "d", "e"] }],
    };
    expect(differenceText(long, english, "en")).toBe("rail a–f via b, c, …");
  });

  it("still says something when only the links differ", () => {
    expect(
      differenceText({ addedCountries: [], droppedCountries: [], stretches: [] }, english, "en"),
    ).toBe("the same places by other links");
  });
});
