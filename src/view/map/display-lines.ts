// The links' lines in the map's graph space, packed for the line program: one run of points per link.
import type { LinkGeometry } from "../../core/dataset";
import { corridorProjection, type GraphPoint, placePosition } from "./projection";

/** Floats per point: x, y, distance along the line from its first point, and one unused. */
export const POINT_FLOATS = 4;

/** Where a link's line lies in `DisplayLines.points`. */
export interface LineRun {
  /** Index of its first point, and how many points it has (two or more). */
  start: number;
  count: number;
  /** The point halfway along, where the route's number is drawn. */
  middle: GraphPoint;
}

export interface DisplayLines {
  points: Float32Array;
  runs: Map<string, LineRun>;
  /** The most points a line has. */
  longest: number;
}

/** Points that project onto the one before are dropped: a line's pieces must have a direction. */
export function buildDisplayLines(geometry: readonly LinkGeometry[]): DisplayLines {
  const projection = corridorProjection();
  const packed: number[] = [];
  const runs = new Map<string, LineRun>();
  let longest = 0;
  for (const line of geometry) {
    const points = projectedLine(
      line.coordinates.map(([lon, lat]) => placePosition(projection, lon, lat)),
    );
    if (points.length < 2) continue;
    const start = packed.length / POINT_FLOATS;
    let along = 0;
    points.forEach((point, i) => {
      if (i > 0) along += distance(points[i - 1] as GraphPoint, point);
      packed.push(point.x, point.y, along, 0);
    });
    runs.set(line.link, { start, count: points.length, middle: pointAlong(points, along / 2) });
    longest = Math.max(longest, points.length);
  }
  return { points: new Float32Array(packed), runs, longest };
}

function projectedLine(points: GraphPoint[]): GraphPoint[] {
  return points.filter(
    (point, i) => i === 0 || distance(points[i - 1] as GraphPoint, point) > 1e-6,
  );
}

function distance(a: GraphPoint, b: GraphPoint): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function pointAlong(points: GraphPoint[], wanted: number): GraphPoint {
  let walked = 0;
  for (let i = 1; i < points.length; i += 1) {
    const [a, b] = [points[i - 1] as GraphPoint, points[i] as GraphPoint];
    const piece = distance(a, b);
    if (walked + piece >= wanted) {
      const t = (wanted - walked) / piece;
      return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
    }
    walked += piece;
  }
  return points.at(-1) as GraphPoint;
}
