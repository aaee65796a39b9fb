import { describe, expect, it } from "vitest";
import { corridorProjection, placePosition } from "../../../src/view/map/projection";

describe("map projection", () => {
  const projection = corridorProjection();
  const at = (lon: number, lat: number) => placePosition(projection, lon, lat);

  it("puts north up and east to the right, as a reader expects of a map", () => {
    const almaty = at(76.95, 43.24);
    const astana = at(71.45, 51.17);
    const aktau = at(51.17, 43.65);
    expect(astana.y).toBeGreaterThan(almaty.y);
    expect(almaty.x).toBeGreaterThan(aktau.x);
  });

  it("keeps the Caspian ports west of Kazakhstan's centre and Karachi south of Kabul", () => {
    expect(at(49.87, 40.41).x).toBeLessThan(at(67, 48).x);
    expect(at(66.98, 24.84).y).toBeLessThan(at(69.17, 34.53).y);
  });

  it("centres the projection on 65°E, so that meridian is straight up", () => {
    const south = at(65, 30);
    const north = at(65, 60);
    expect(south.x).toBeCloseTo(north.x, 6);
  });
});
