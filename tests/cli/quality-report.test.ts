// The data quality report's figures (npm run data:report), on the tiny network, run in-process.
import { describe, expect, it } from "vitest";
import { formatQualityReport, qualitySummaries } from "../../src/cli/quality-report";
import type { Dataset } from "../../src/core/dataset";
import { greatCircleKm } from "../../src/core/geo";
import { tinyNetwork } from "../fixtures/tiny-network";

/** The tiny network with Korday's position and the Almaty–Korday length estimated. */
function withEstimates(): Dataset {
  const dataset = tinyNetwork();
  const korday = dataset.places.find((p) => p.id === "korday");
  const road = dataset.links.find((l) => l.id === "almaty--korday--road");
  if (!korday || !road) throw new Error("the tiny network has changed");
  korday.position = { basis: "estimate", sources: ["S1"], rule: "approximate", precisionKm: 20 };
  road.length = { basis: "estimate", sources: ["S1"], rule: "great-circle × 1.2" };
  return dataset;
}

const summaryOf = (dataset: Dataset, id: string) => {
  const summary = qualitySummaries(dataset).find((s) => s.id === id);
  if (!summary) throw new Error(`no summary ${id}`);
  return summary;
};

describe("the data quality report", () => {
  it("counts the whole network's places, links and measured or estimated figures", () => {
    const network = summaryOf(tinyNetwork(), "network");
    expect(network).toMatchObject({ places: 5, links: 5 });
    expect(network.lengths).toEqual({ measured: 5, estimate: 0 });
    expect(network.times).toEqual({ measured: 0, estimate: 5 });
  });

  it("gives each corridor its own links, planned ones included, and their ends", () => {
    expect(summaryOf(tinyNetwork(), "middle")).toMatchObject({ places: 4, links: 3 });
    expect(summaryOf(tinyNetwork(), "kz-kg")).toMatchObject({ places: 3, links: 2 });
  });

  it("counts a branch's links for its parent corridor", () => {
    const dataset = tinyNetwork();
    const branch = dataset.corridors.find((c) => c.id === "kz-kg");
    if (branch) branch.parent = "middle";
    expect(summaryOf(dataset, "middle")).toMatchObject({ places: 5, links: 5 });
  });

  it("lists estimated positions by precision and estimated lengths by their factor", () => {
    const dataset = withEstimates();
    const [almaty, korday] = ["almaty", "korday"].map((id) =>
      dataset.places.find((p) => p.id === id),
    );
    if (!almaty || !korday) throw new Error("the tiny network has changed");
    const kzKg = summaryOf(dataset, "kz-kg");
    expect(kzKg.lengths).toEqual({ measured: 1, estimate: 1 });
    expect(kzKg.leastPrecise).toEqual([{ place: "korday", precisionKm: 20 }]);
    expect(kzKg.largestFactors).toHaveLength(1);
    expect(kzKg.largestFactors[0]?.link).toBe("almaty--korday--road");
    expect(kzKg.largestFactors[0]?.factor).toBeCloseTo(220 / greatCircleKm(almaty, korday), 6);
  });

  it("prints one block per corridor with its counts and uncertainties", () => {
    const text = formatQualityReport(qualitySummaries(withEstimates()));
    expect(text).toContain("Kazakhstan–Kyrgyzstan (kz-kg): 3 places, 2 links\n");
    expect(text).toContain("  lengths: 1 measured, 1 estimated; times: 0 measured, 2 estimated\n");
    expect(text).toContain("  least precise positions: korday ±20 km\n");
    expect(text).toMatch(/almaty--korday--road 220 km = great-circle \d+ × 1\.\d\d/);
    expect(text).toContain("Middle Corridor (middle): 4 places, 3 links");
    expect(text).toContain("  largest length factors (estimates): no estimated length\n");
  });
});
