// Drawing load: the built-in network draws as before; a crowded one gets small places and cheap programs.
import { describe, expect, it } from "vitest";
import { drawingLoad } from "../../../src/view/map/map-density";

describe("drawingLoad", () => {
  it("leaves a small network's look alone", () => {
    expect(drawingLoad(138, 170)).toEqual({ large: false, placeFactor: 1 });
  });

  it("shrinks places as the network grows, down to a floor", () => {
    const middle = drawingLoad(8_000, 9_000).placeFactor;
    expect(middle).toBeCloseTo(0.5);
    expect(drawingLoad(100_000, 217_000)).toEqual({ large: true, placeFactor: 0.3 });
  });

  it("counts places and links together to call a network large", () => {
    expect(drawingLoad(9_000, 10_000).large).toBe(false);
    expect(drawingLoad(9_000, 12_000).large).toBe(true);
  });
});
