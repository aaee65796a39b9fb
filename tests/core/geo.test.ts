import { describe, expect, it } from "vitest";
import { greatCircleKm } from "../../src/core/geo";

describe("greatCircleKm", () => {
  it("gives the known distance Almaty–Astana (about 970 km)", () => {
    const km = greatCircleKm({ lat: 43.238, lon: 76.946 }, { lat: 51.169, lon: 71.449 });
    expect(km).toBeGreaterThan(960);
    expect(km).toBeLessThan(980);
  });

  it("is zero for one place and symmetric", () => {
    const a = { lat: 46.35, lon: 48.04 };
    const b = { lat: 37.47, lon: 49.46 };
    expect(greatCircleKm(a, a)).toBe(0);
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
  });

  it("gives half the earth's circumference for antipodes", () => {
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371, 6);
  });
});
