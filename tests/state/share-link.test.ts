import { describe, expect, it } from "vitest";
import {
  decodeSharedView,
  encodeSharedView,
  ignoredNotice,
  NOTICE_LINES,
  type SharedView,
} from "../../src/state/share-link";

const known = {
  places: new Set(["almaty", "karachi", "torkham", "tashkent"]),
  countries: new Set(["AF", "KZ", "PK", "UZ", "TM"]),
  corridors: new Set(["kuap", "ktap"]),
};

describe("shareable links", () => {
  it("name a month that is not 1 to 12", () => {
    expect(decodeSharedView("from=almaty&month=13", known)).toEqual({
      view: { from: "almaty" },
      ignored: ["month=13: expected a whole number from 1 to 12"],
    });
  });

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
      month: 1,
      language: "fr",
      route: 2,
      preferCorridor: "ktap",
      scenario: {
        presets: ["russia-closed", "winter"],
        countries: ["AF"],
        places: ["torkham"],
        corridors: ["kuap"],
        modes: ["ferry"],
      },
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

  it("name the scenario's parts that are not known", () => {
    expect(decodeSharedView("preset=mars-closed&close-country=XX", known)).toEqual({
      view: {},
      ignored: ["preset=mars-closed: unknown preset", "close-country=XX: unknown country"],
    });
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

  it("name a repeated key's later values", () => {
    const decoded = decodeSharedView("from=almaty&from=karachi&zoom=1&zoom=2", known);
    expect(decoded.view).toEqual({ from: "almaty" });
    expect(decoded.ignored).toEqual([
      "from=karachi: given more than once, only the first is read",
      "zoom=1: not a setting of the explorer",
      "zoom=2: not a setting of the explorer",
    ]);
  });

  it("name a destination that is the origin", () => {
    const decoded = decodeSharedView("from=almaty&to=almaty", known);
    expect(decoded.view).toEqual({ from: "almaty" });
    expect(decoded.ignored).toEqual(["to=almaty: the same place as from"]);
  });

  it("name the extra places of a one-place setting", () => {
    const decoded = decodeSharedView("from=almaty,karachi&lang=fr,en", known);
    expect(decoded.view).toEqual({ from: "almaty", language: "fr" });
    expect(decoded.ignored).toEqual([
      "from=karachi: only one place is read, the first",
      "lang=en: only one language is read, the first",
    ]);
  });

  it("name a switch that is neither on nor off, and an empty list", () => {
    const decoded = decodeSharedView("include-planned=yes&similar=0&modes=,,,", known);
    expect(decoded.view).toEqual({});
    expect(decoded.ignored).toEqual([
      "modes=,,,: no value given",
      "include-planned=yes: expected 1 (on) or 0 (off)",
    ]);
  });
});

describe("the notice of ignored parts", () => {
  it("names at most a screenful and counts the rest", () => {
    const query = Array.from({ length: 30 }, (_, n) => `zoom${n}=1`).join("&");
    const notice = ignoredNotice(decodeSharedView(query, known).ignored);
    expect(notice.lines).toHaveLength(NOTICE_LINES);
    expect(notice.lines[0]).toBe("zoom0=1: not a setting of the explorer");
    expect(notice.more).toBe(30 - NOTICE_LINES);
  });

  it("names every part when they fit", () => {
    expect(ignoredNotice(["a=1: not a setting of the explorer"])).toEqual({
      lines: ["a=1: not a setting of the explorer"],
      more: 0,
    });
  });
});
