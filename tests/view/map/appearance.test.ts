import { describe, expect, it } from "vitest";
import { LINK_STATUSES, MODES, PLACE_KINDS } from "../../../src/core/dataset";
import {
  linkColour,
  linkStyle,
  mapScale,
  NO_CORRIDOR_COLOUR,
  PLACE_STYLES,
  routeColour,
  routeDash,
  withOpacity,
} from "../../../src/view/map/appearance";

describe("appearance rules", () => {
  it("gives every place kind its own colour", () => {
    const colours = PLACE_KINDS.map((kind) => PLACE_STYLES[kind].color);
    expect(new Set(colours).size).toBe(PLACE_KINDS.length);
  });

  it("draws rail thicker than road, and sea and ferry dotted", () => {
    expect(linkStyle("rail", "operational").size).toBeGreaterThan(
      linkStyle("road", "operational").size,
    );
    expect(linkStyle("sea", "operational").dash[0]).toBeGreaterThan(0);
    expect(linkStyle("ferry", "operational").dash[0]).toBeGreaterThan(0);
    expect(linkStyle("rail", "operational").dash).toEqual([0, 0]);
  });

  it("makes planned and under-construction land links dashed and paler than open ones", () => {
    for (const status of ["planned", "under-construction"] as const) {
      const style = linkStyle("rail", status);
      expect(style.dash[0]).toBeGreaterThan(0);
      expect(style.opacity).toBeLessThan(1);
    }
    expect(linkStyle("road", "planned").opacity).toBeLessThan(
      linkStyle("road", "under-construction").opacity,
    );
  });

  it("gives every mode and status a style", () => {
    for (const mode of MODES)
      for (const status of LINK_STATUSES) expect(linkStyle(mode, status).size).toBeGreaterThan(0);
  });

  it("colours a link by its first shown corridor, hides it when none is shown", () => {
    const colours = new Map([
      ["middle", "#1f77b4"],
      ["instc", "#ff7f0e"],
    ]);
    expect(linkColour(["middle", "instc"], colours, () => true)).toBe("#1f77b4");
    expect(linkColour(["middle", "instc"], colours, (c) => c === "instc")).toBe("#ff7f0e");
    expect(linkColour(["middle"], colours, () => false)).toBeNull();
    expect(linkColour([], colours, () => false)).toBe(NO_CORRIDOR_COLOUR);
  });

  it("shrinks the drawing on narrow maps, never below half size nor above full size", () => {
    expect(mapScale(1400)).toBe(1);
    expect(mapScale(400)).toBeGreaterThanOrEqual(0.5);
    expect(mapScale(400)).toBeLessThan(mapScale(700));
  });

  it("gives the first routes distinct colours and writes opacity as rgba", () => {
    expect(new Set([0, 1, 2, 3, 4].map(routeColour)).size).toBe(5);
    expect(withOpacity("#ff8000", 0.5)).toBe("rgba(255,128,0,0.5)");
    expect(withOpacity("#ff8000", 1)).toBe("#ff8000");
  });

  it("draws the first three routes solid, dashed and dotted, not by colour alone", () => {
    const [solid, dashed, dotted] = [0, 1, 2].map(routeDash);
    expect(solid).toEqual([0, 0]);
    expect(dashed?.[0]).toBeGreaterThan(dotted?.[0] ?? 0);
    expect(new Set([solid, dashed, dotted].map(String)).size).toBe(3);
  });
});
