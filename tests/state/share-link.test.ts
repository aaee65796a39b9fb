import { describe, expect, it } from "vitest";
import { decodeSharedView, encodeSharedView, type SharedView } from "../../src/state/share-link";

const known = {
  places: new Set(["almaty", "karachi", "torkham", "tashkent"]),
  countries: new Set(["AF", "KZ", "PK", "UZ", "TM"]),
  corridors: new Set(["kuap", "ktap"]),
};

describe("shareable links", () => {
  it("restore every setting they were written from", () => {
    const view: SharedView = {
      from: "almaty",
      to: "karachi",
      by: "hours",
      k: 5,
      avoidCountries: ["AF", "TM"],
      avoidPlaces: ["torkham"],
      modes: ["rail", "road"],
      includePlanned: true,
      similarAlternatives: true,
      corridors: ["kuap"],
      via: ["tashkent"],
      language: "fr",
      route: 2,
    };
    const query = encodeSharedView(view);
    expect(decodeSharedView(query, known)).toEqual({ view, ignored: [] });
  });

  it("use the command line's flag names, readable in the address", () => {
    expect(
      encodeSharedView({
        from: "almaty",
        to: "karachi",
        avoidCountries: ["AF"],
        includePlanned: true,
      }),
    ).toBe("from=almaty&to=karachi&avoid-country=AF&include-planned=1");
  });

  it("leave out what is not set", () => {
    expect(encodeSharedView({})).toBe("");
    expect(decodeSharedView("", known)).toEqual({ view: {}, ignored: [] });
  });

  it("keep what is valid and name each part that was ignored", () => {
    const decoded = decodeSharedView(
      "from=almaty&to=atlantis&k=99&modes=rail,bus&by=cost&avoid-country=AF,XX&zoom=3",
      known,
    );
    expect(decoded.view).toEqual({ from: "almaty", modes: ["rail"], avoidCountries: ["AF"] });
    expect(decoded.ignored).toEqual([
      "zoom=3: not a setting of the explorer",
      "to=atlantis: unknown place",
      "by=cost: unknown criterion",
      "k=99: expected a whole number from 1 to 10",
      "avoid-country=XX: unknown country",
      "modes=bus: unknown mode",
    ]);
  });

  it("survive characters that need escaping in an address", () => {
    const decoded = decodeSharedView(encodeSharedView({ from: "<img src=x>" }), known);
    expect(decoded.view).toEqual({});
    expect(decoded.ignored).toEqual(["from=<img src=x>: unknown place"]);
  });
});
