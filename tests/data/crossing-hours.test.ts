import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../src/cli/read-dataset";

interface CrossingTime {
  place: string;
  hours: { typical: number; slow: number };
  includesGaugeChange?: boolean;
  sources: string[];
}

const published: CrossingTime[] = JSON.parse(readFileSync("data/crossing-times.json", "utf8"));
const { timeModel, places } = readDataDir();

describe("the border hours the engine charges per crossing", () => {
  it("are the typical and slow hours that crossing-times.json sources, for known places", () => {
    const given = Object.entries(timeModel.crossingHours ?? {});
    expect(given.length).toBeGreaterThanOrEqual(5);
    for (const [place, { hours, slowHours, sources, includesGaugeChange }] of given) {
      const source = published.find((entry) => entry.place === place);
      expect(source, place).toBeDefined();
      expect(hours, place).toBe(source?.hours.typical);
      expect(slowHours ?? hours, place).toBe(source?.hours.slow);
      expect(sources, place).toEqual(source?.sources);
      expect(includesGaugeChange ?? false, place).toBe(source?.includesGaugeChange ?? false);
      expect(places.some((known) => known.id === place)).toBe(true);
    }
  });
});
