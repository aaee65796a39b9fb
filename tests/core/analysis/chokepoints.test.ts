import { describe, expect, it } from "vitest";
import { rankChokepoints } from "../../../src/core/analysis/chokepoints";
import { TRIPS, twoCorridors } from "./two-corridors";

describe("rankChokepoints", () => {
  it("ranks the crossing n first: it cuts c off and sends a→b round by the south", () => {
    const progress: number[] = [];
    const ranked = rankChokepoints(twoCorridors, TRIPS, {
      by: "km",
      onProgress: (done) => progress.push(done),
    });
    // By hand: closing n reroutes a→b (+1 day) and cuts c; closing c–n cuts c; closing a–n sends
    // a→b south (+1 day) and c→a by n, b and s (4250 km against 1050: +64 h = 2.7 days).
    expect(ranked.map((c) => [c.kind, c.id, c.cut, c.extraDays])).toEqual([
      ["crossing", "n", ["c-a"], 1],
      ["link", "c--n--rail", ["c-a"], 0],
      ["link", "a--n--rail", [], 3.7],
      ["link", "n--b--rail", [], 1],
    ]);
    expect(ranked[0]).toMatchObject({ trips: 2, cutUsd: 1e9, tradeDays: 10e9 });
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it("ranks by extra days when asked", () => {
    const ranked = rankChokepoints(twoCorridors, TRIPS, { by: "km", order: "days" });
    expect(ranked.map((c) => c.id)).toEqual(["a--n--rail", "n", "n--b--rail", "c--n--rail"]);
  });

  it("closes each element on top of a scenario: with the south corridor shut, n and a–n cut both trips", () => {
    const ranked = rankChokepoints(twoCorridors, TRIPS, {
      by: "km",
      scenario: { corridors: ["south"] },
    });
    const cutsBoth = ranked.filter((c) => c.cut.length === 2).map((c) => c.id);
    expect(cutsBoth).toEqual(["a--n--rail", "n"]);
    expect(ranked[0]?.cutUsd).toBe(11e9);
  });
});
