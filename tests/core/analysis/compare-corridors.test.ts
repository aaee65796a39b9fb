import { describe, expect, it } from "vitest";
import { compareCorridors } from "../../../src/core/analysis/compare-corridors";
import { RouteQueryError } from "../../../src/core/routing";
import { twoCorridors } from "./two-corridors";

describe("compareCorridors", () => {
  it("gives one row per corridor the trip can take, shortest first, with its share", () => {
    const { rows } = compareCorridors(twoCorridors, { from: "a", to: "b" });
    expect(rows.map((row) => [row.corridor, row.route.km, row.share, row.status])).toEqual([
      ["north", 2000, 1, "operational"],
      ["south", 3200, 1, "operational"],
    ]);
    expect(rows[1]?.route.places).toEqual(["a", "s", "b"]);
  });

  it("gives no row to a corridor reached only by a long detour off it", () => {
    // From c, keeping to south costs 3 × 1050 km off it plus 3200 on it, more than 3 × 1050 by
    // north alone: the route found keeps to north, so south is not its main line.
    const { rows } = compareCorridors(twoCorridors, { from: "c", to: "b" });
    expect(rows.map((row) => [row.corridor, row.route.km])).toEqual([["north", 1050]]);
  });

  it("applies the query's constraints to every row: avoiding n leaves the south corridor only", () => {
    const { rows } = compareCorridors(twoCorridors, { from: "a", to: "b", avoidPlaces: ["n"] });
    expect(rows.map((row) => row.corridor)).toEqual(["south"]);
  });

  it("refuses an unknown place as the route query does", () => {
    expect(() => compareCorridors(twoCorridors, { from: "a", to: "zz" })).toThrow(RouteQueryError);
  });
});
