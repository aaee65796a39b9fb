import { describe, expect, it } from "vitest";
import { readDataDir, readStandardTrips } from "../../src/cli/read-dataset";
import {
  PRESET_IDS,
  PRESET_SOURCES,
  presetScenario,
} from "../../src/core/analysis/scenario-presets";
import type { StandardTrip } from "../../src/core/dataset";
import { buildNetworkGraph } from "../../src/core/network-graph";
import { compileRoutingIndex } from "../../src/core/routing";
import { checkStandardTrips } from "../../src/core/validation/standard-trip-rules";

const dataset = readDataDir();
const trips = readStandardTrips(dataset);
const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const problemsOf = (changed: Partial<StandardTrip> & Record<string, unknown>) => {
  try {
    checkStandardTrips("standard-trips.json", [{ ...trips[0], ...changed }], dataset);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("the standard trips", () => {
  it("give a trade lane for each partner with a turnover figure, and every corridor's termini", () => {
    const partners = new Set(
      dataset.trade.filter((t) => t.measure === "turnover").map((t) => t.partner),
    );
    const lanes = trips.filter((trip) => trip.kind === "trade-lane");
    expect(
      new Set(lanes.map((trip) => dataset.trade.find((t) => t.id === trip.trade)?.partner)),
    ).toEqual(partners);
    const termini = new Set(trips.map((trip) => trip.corridor).filter(Boolean));
    expect(termini).toEqual(new Set(dataset.corridors.map((corridor) => corridor.id)));
  });

  it("refuses a lane weighted by a figure that is not a turnover, or ending outside the partner", () => {
    expect(problemsOf({ trade: "pk-agri-exports-2025-01-08-article" })).toMatch(
      /"lane-kz-cn" \(#1\) › trade: .*not turnover/,
    );
    expect(problemsOf({ to: "moscow" })).toMatch(/› to: "moscow" is not in CN/);
    expect(problemsOf({ from: "nowhere" })).toMatch(/› from: unknown place "nowhere"/);
    expect(problemsOf({ weight: 3 })).toMatch(/› weight: unknown field/);
  });
});

describe("the scenario presets", () => {
  it("cite known sources, and the Caspian preset finds every ship across the Caspian", () => {
    const keys = new Set(dataset.sources.map((source) => source.key));
    for (const id of PRESET_IDS) for (const key of PRESET_SOURCES[id]) expect(keys).toContain(key);
    const caspian = presetScenario(index, "caspian-ferries-stopped").links ?? [];
    expect(caspian).toEqual(
      expect.arrayContaining(["aktau--baku--ferry", "kuryk--alat--ferry", "olya--nowshahr--sea"]),
    );
    expect(caspian).not.toContain("chabahar--nhava_sheva--sea");
  });
});
