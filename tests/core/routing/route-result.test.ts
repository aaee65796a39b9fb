import { describe, expect, it } from "vitest";
import { findRoutes } from "../../../src/core/routing";
import { indexOf, link, place } from "./little-network";

// Almaty-like city → crossing → two rail lines of different gauge → a ferry to a port.
const network = {
  places: [
    place("a", ["KZ"]),
    place("b", ["KZ"]),
    place("x", ["KZ", "CN"]),
    place("c", ["CN"]),
    place("d", ["CN"]),
  ],
  links: [
    link("a", "b", 100, { gauge: 1520, corridors: ["main"] }),
    link("b", "x", 50, { gauge: 1520, corridors: ["main"] }),
    link("x", "c", 20, { gauge: 1435, corridors: ["main"], status: "planned" }),
    link("c", "d", 300, { mode: "ferry", corridors: ["main"] }),
  ],
};

describe("a route result a user can read", () => {
  const [route] = findRoutes(indexOf(network), { from: "a", to: "d", includePlanned: true }).routes;

  it("lists legs in travel order with their link's facts", () => {
    expect(route?.legs.map((leg) => [leg.from, leg.to, leg.mode, leg.km, leg.status])).toEqual([
      ["a", "b", "rail", 100, "operational"],
      ["b", "x", "rail", 50, "operational"],
      ["x", "c", "rail", 20, "planned"],
      ["c", "d", "ferry", 300, "operational"],
    ]);
    expect(route?.usesUnbuiltLinks).toBe(true);
  });

  it("groups legs of one mode and corridor set into stages", () => {
    expect(
      route?.stages.map((stage) => [stage.mode, stage.from, stage.to, stage.km, stage.legCount]),
    ).toEqual([
      ["rail", "a", "c", 170, 3],
      ["ferry", "c", "d", 300, 1],
    ]);
  });

  it("totals km, hours and days, crossings, countries, mode and gauge changes", () => {
    expect(route).toMatchObject({
      km: 470,
      crossings: 1,
      countries: ["KZ", "CN"],
      modeChanges: 1,
      gaugeChanges: 1,
      portCalls: 2,
    });
    // 9.4 h on the move, then border 7 h and gauge 4 h at x, 3 h loading at c, 3 h unloading at d.
    expect(route?.hours).toBeCloseTo(470 / 50 + 7 + 4 + 3 + 3, 6);
    expect(route?.days).toBeCloseTo(26.4 / 24, 1);
    expect(route?.places).toEqual(["a", "b", "x", "c", "d"]);
  });

  it("lists each transfer where it happens, with its hours", () => {
    expect(route?.transfers.map((t) => [t.kind, t.place, t.afterLeg, t.hours])).toEqual([
      ["border", "x", 1, 7],
      ["gauge-change", "x", 1, 4],
      ["port", "c", 2, 3],
      ["port", "d", 3, 3],
    ]);
    expect(route?.transfers[0]?.countries).toEqual(["KZ", "CN"]);
  });
});
