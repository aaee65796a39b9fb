// A link's running time: its km at its mode's speed, or at its country's speed where the model gives one.
import { describe, expect, it } from "vitest";
import type { TimeModel } from "../../src/core/dataset";
import { estimateHours, linkCountry } from "../../src/core/transit-time";
import { tinyNetwork } from "../fixtures/tiny-network";

const base = tinyNetwork().timeModel;
const model: TimeModel = {
  ...base,
  countrySpeeds: [{ country: "IR", mode: "rail", kmh: 16, sources: ["S1"], note: "test" }],
};
const countries: Record<string, string[]> = {
  tehran: ["IR"],
  sarakhs: ["TM", "IR"],
  mary: ["TM"],
  serhetyaka: ["TM", "KZ"],
};
const countriesOf = (place: string) => countries[place] ?? [];

describe("the running time of a link", () => {
  it("runs at its country's speed for that mode, and says so in the rule", () => {
    const rail = { mode: "rail", km: 800 } as const;
    expect(estimateHours(rail, model, "IR")).toEqual({
      hours: 50,
      rule: "800 km at 16 km/h (rail in IR)",
    });
    expect(estimateHours(rail, model, "TM")).toEqual({
      hours: 800 / base.speedKmh.rail,
      rule: `800 km at ${base.speedKmh.rail} km/h`,
    });
    expect(estimateHours({ mode: "road", km: 300 }, model, "IR").rule).toBe(
      `300 km at ${base.speedKmh.road} km/h`,
    );
  });

  it("runs in the one country its two ends share, and in none across a border", () => {
    expect(linkCountry({ from: "sarakhs", to: "tehran" }, countriesOf)).toBe("IR");
    expect(linkCountry({ from: "mary", to: "sarakhs" }, countriesOf)).toBe("TM");
    expect(linkCountry({ from: "mary", to: "tehran" }, countriesOf)).toBeUndefined();
    expect(linkCountry({ from: "serhetyaka", to: "sarakhs" }, countriesOf)).toBe("TM");
  });
});
