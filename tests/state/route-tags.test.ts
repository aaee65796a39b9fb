import { describe, expect, it } from "vitest";
import { routeTags } from "../../src/state/route-tags";

describe("the route cards' tags", () => {
  it("go to the shortest, the fastest and the one with the fewest crossings", () => {
    const routes = [
      { km: 3743, hours: 250, crossings: 3 },
      { km: 3759, hours: 336, crossings: 5 },
      { km: 3870, hours: 194, crossings: 3 },
    ];
    expect(routeTags(routes)).toEqual([
      ["shortest", "fewest-crossings"],
      [],
      ["fastest", "fewest-crossings"],
    ]);
  });

  it("go to every route that ties for the least, and to none when all are the same", () => {
    const routes = [
      { km: 100, hours: 5, crossings: 1 },
      { km: 120, hours: 5, crossings: 0 },
      { km: 100, hours: 5, crossings: 2 },
    ];
    expect(routeTags(routes)).toEqual([["shortest"], ["fewest-crossings"], ["shortest"]]);
  });

  it("are not given to a route listed alone", () => {
    expect(routeTags([{ km: 1, hours: 1, crossings: 0 }])).toEqual([[]]);
  });
});
