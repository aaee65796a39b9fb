// The map projection: Albers equal-area conic for Central Asia (parallels 30°N and 60°N, central meridian 65°E).
import { type GeoProjection, geoConicEqualArea } from "d3-geo";

/** Scale 1000 per radian: one unit is about 6.4 km at the standard parallels. */
export function corridorProjection(): GeoProjection {
  return geoConicEqualArea().parallels([30, 60]).rotate([-65, 0]).scale(1000).translate([0, 0]);
}

export interface GraphPoint {
  x: number;
  y: number;
}

/** Where a place sits in sigma's graph space: the projected point with y pointing up (north). */
export function placePosition(projection: GeoProjection, lon: number, lat: number): GraphPoint {
  const [x, y] = projection([lon, lat]) ?? [0, 0];
  return { x, y: -y };
}
