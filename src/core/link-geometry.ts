// Links' lines: arcs between positions and a line's length along the sphere.
import { geoDistance, geoInterpolate } from "d3-geo";
import type { Position } from "./dataset";

const EARTH_RADIUS_KM = 6371;

const arcKm = (a: Position, b: Position) => geoDistance(a, b) * EARTH_RADIUS_KM;

/** Length of a line along the sphere, in km. */
export function lineKm(line: readonly Position[]): number {
  let km = 0;
  for (let i = 1; i < line.length; i += 1)
    km += arcKm(line[i - 1] as Position, line[i] as Position);
  return km;
}

/** The line through `points`, each step a great-circle arc cut into pieces of at most `stepKm`. */
export function arcLine(points: readonly Position[], stepKm: number): Position[] {
  const line: Position[] = points.slice(0, 1);
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as Position;
    const b = points[i] as Position;
    const pieces = Math.max(1, Math.ceil(arcKm(a, b) / stepKm));
    const along = geoInterpolate(a, b);
    for (let piece = 1; piece <= pieces; piece += 1) line.push(along(piece / pieces) as Position);
  }
  return line;
}
