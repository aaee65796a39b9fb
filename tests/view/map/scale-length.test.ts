import { describe, expect, it } from "vitest";
import { roundDownKm, scaleLength } from "../../../src/view/map/scale-length";

describe("the scale bar's length", () => {
  it("rounds down to 1, 2 or 5 times a power of ten", () => {
    expect([1, 1.9, 2, 4.99, 5, 9.9, 10, 37, 260, 999, 0.42].map(roundDownKm)).toEqual([
      1, 1, 2, 2, 5, 5, 10, 20, 200, 500, 0.2,
    ]);
  });

  it("is as long on screen as its round distance at the map's scale", () => {
    expect(scaleLength(4, 120)).toEqual({ km: 200, pixels: 50 });
    expect(scaleLength(0.5, 120)).toEqual({ km: 50, pixels: 100 });
  });
});
