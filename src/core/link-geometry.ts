// Links' lines: arcs between positions, a line's length along the sphere, and each link's line looked up.
import { geoDistance, geoInterpolate } from "d3-geo";
import type { Dataset, LinkGeometry, Position } from "./dataset";

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

/** A link's line as travelled from one of its ends. */
export interface TravelledLine {
  coordinates: Position[];
  /** How the line was drawn; "straight" for a link without one (a segment between its two ends). */
  alignment: LinkGeometry["alignment"] | "straight";
}

/** Finds the line of link `link` run from its end `from`; undefined for a link without geometry. */
export type LineOf = (link: string, from: string) => TravelledLine | undefined;

/** Each link's line, reversed when travelled from its `to` end (geometry runs from `from` to `to`). */
export function linkLines({ links, geometry }: Pick<Dataset, "links" | "geometry">): LineOf {
  const lines = new Map(geometry.map((line) => [line.link, line]));
  // Only the links with a line: a big imported network has 200k links and few lines, or none.
  const starts = new Map(
    links.flatMap((link) => (lines.has(link.id) ? [[link.id, link.from]] : [])),
  );
  return (link, from) => {
    const line = lines.get(link);
    if (!line) return undefined;
    const coordinates =
      starts.get(link) === from ? line.coordinates : [...line.coordinates].reverse();
    return { coordinates, alignment: line.alignment };
  };
}

/** The line of `link` run from its end `from`, or where it has none a straight segment between `ends`. */
export function lineOrSegment(
  lineOf: LineOf | undefined,
  link: string,
  from: string,
  ends: [Position, Position],
): TravelledLine {
  return lineOf?.(link, from) ?? { coordinates: ends, alignment: "straight" };
}
