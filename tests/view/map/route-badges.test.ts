import { describe, expect, it } from "vitest";
import type { Route } from "../../../src/core/routing/route-types";
import { routeBadges } from "../../../src/view/map/route-badges";

const route = (legs: [string, string, number][]) =>
  ({
    legs: legs.map(([from, to, km]) => ({ link: `${from}--${to}`, from, to, km })),
  }) as unknown as Route;

describe("route numbers on the map", () => {
  const first = route([
    ["a", "b", 100],
    ["b", "c", 300],
    ["c", "d", 100],
  ]);
  const second = route([
    ["a", "b", 100],
    ["b", "x", 50],
    ["x", "d", 400],
  ]);

  it("sit on the leg nearest the middle of each route's length", () => {
    const drawnBy = new Map([
      ["a--b", 0],
      ["b--c", 0],
      ["c--d", 0],
      ["b--x", 1],
      ["x--d", 1],
    ]);
    expect(routeBadges([first, second], drawnBy)).toEqual([
      { route: 0, link: "b--c", from: "b", to: "c" },
      { route: 1, link: "x--d", from: "x", to: "d" },
    ]);
  });

  it("sit only on legs the route draws itself, not under the selected route", () => {
    const drawnBy = new Map([
      ["a--b", 1],
      ["b--x", 1],
      ["x--d", 1],
    ]);
    expect(routeBadges([first, second], drawnBy)).toEqual([
      { route: 1, link: "x--d", from: "x", to: "d" },
    ]);
  });
});
