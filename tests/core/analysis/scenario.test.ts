import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/core/analysis/scenario-report";
import { RouteQueryError } from "../../../src/core/routing";
import { TRIPS, twoCorridors } from "./two-corridors";

describe("runScenario", () => {
  const report = runScenario(twoCorridors, TRIPS, { countries: ["NN"] }, { by: "km" });

  it("reroutes a→b by the south corridor and cuts c off, as worked out by hand", () => {
    const [ab, ca] = report.outcomes;
    expect(ab).toMatchObject({ change: "rerouted", extraKm: 3200 - 2000, extraCrossings: 0 });
    // 3200 km against 2000 km at 50 km/h: 24 hours more, one day.
    expect(ab?.extraDays).toBe(1);
    expect(ab?.after?.places).toEqual(["a", "s", "b"]);
    expect(ca?.change).toBe("cut");
    expect(ca?.after).toBeUndefined();
  });

  it("sums the trade: 10 bn USD moves to a route one day longer, 1 bn has no route", () => {
    expect(report.summary).toMatchObject({
      trips: 2,
      rerouted: 1,
      cut: 1,
      tradeUsd: 11e9,
      reroutedUsd: 10e9,
      reroutedExtraDays: 1,
      cutUsd: 1e9,
    });
  });

  it("closes links, crossings, corridors and modes the same way", () => {
    const change = (scenario: object) =>
      runScenario(twoCorridors, TRIPS, scenario, { by: "km" }).outcomes.map((o) => o.change);
    expect(change({ links: ["n--b--rail"] })).toEqual(["rerouted", "same"]);
    expect(change({ places: ["n"] })).toEqual(["rerouted", "cut"]);
    expect(change({ corridors: ["south"] })).toEqual(["same", "same"]);
    expect(change({ corridors: ["north"] })).toEqual(["rerouted", "cut"]);
    expect(change({ modes: ["rail"] })).toEqual(["cut", "cut"]);
  });

  it("cuts a trip whose own end is closed, without refusing the query", () => {
    const [, ca] = runScenario(twoCorridors, TRIPS, { places: ["c"] }).outcomes;
    expect(ca?.change).toBe("cut");
  });

  it("refuses an unknown corridor or country", () => {
    expect(() => runScenario(twoCorridors, TRIPS, { corridors: ["east"] })).toThrow(
      /unknown corridor "east"/,
    );
    expect(() => runScenario(twoCorridors, TRIPS, { countries: ["ZZ"] })).toThrow(RouteQueryError);
  });
});
