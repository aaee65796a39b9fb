// Where a line crosses land: the countries of Natural Earth 1:10m (world-atlas), sampled along the line.
// A ring test on the plane (exact enough between the outlines' close vertices) keeps a thousand
// samples per line fast; world-atlas's land-10m, and its Maldives, are wound so that d3 reads them
// as the whole globe.
import { createRequire } from "node:module";
import type { Position as GeoJsonPosition } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Position } from "../../src/core/dataset";
import { arcLine, lineKm } from "../../src/core/link-geometry";

/** A sample every 1 km: a crossing of a few km cannot fall between two samples. */
const SAMPLE_KM = 1;

interface Ring {
  /** Edges as x1, y1, x2, y2, … */
  edges: number[];
  west: number;
  south: number;
  east: number;
  north: number;
}
/** Every ring (outer or hole) of every country, with its bounding box. */
export type Land = Ring[];

export interface LandRun {
  /** km from the line's start where the run begins, and its length. */
  startKm: number;
  km: number;
  /** Whether the run touches the line's start or end (a port up a river or behind a spit). */
  atEnd: boolean;
}

export function readLand(): Land {
  const topology = createRequire(import.meta.url)("world-atlas/countries-10m.json") as Topology;
  const countries = (topology.objects.countries as GeometryCollection).geometries;
  return countries.flatMap((country) => ringsOf(feature(topology, country) as GeoJSON.Feature));
}

/** The rings of an outline (a country), for isLand. */
export function ringsOf({ geometry }: GeoJSON.Feature): Land {
  if (geometry.type === "Polygon") return geometry.coordinates.map(ring);
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat().map(ring);
  return [];
}

function ring(points: GeoJsonPosition[]): Ring {
  const lons = points.map((p) => p[0] as number);
  const lats = points.map((p) => p[1] as number);
  const edges = points.slice(1).flatMap((p, i) => [...(points[i] as number[]), ...p]);
  return {
    edges,
    west: Math.min(...lons),
    east: Math.max(...lons),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
}

/** Inside an odd number of rings: in an outline and not in one of its holes (lakes, enclaves). */
export function isLand(land: Land, [lon, lat]: Position): boolean {
  let inside = false;
  for (const { edges, west, south, east, north } of land) {
    if (lon < west || lon > east || lat < south || lat > north) continue;
    if (crossesOddly(edges, lon, lat)) inside = !inside;
  }
  return inside;
}

/** Whether a ray from the point towards the east crosses the edges an odd number of times. */
function crossesOddly(edges: number[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0; i < edges.length; i += 4) {
    const [xi, yi, xj, yj] = edges.slice(i, i + 4) as [number, number, number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The stretches of the line over land, sampled every SAMPLE_KM. */
export function landRuns(line: readonly Position[], land: Land): LandRun[] {
  const samples = arcLine(line, SAMPLE_KM);
  const near = nearLine(land, samples);
  const onLand = samples.map((sample) => isLand(near, sample));
  const kmAt = [0];
  for (let i = 1; i < samples.length; i += 1)
    kmAt.push(
      (kmAt[i - 1] as number) + lineKm([samples[i - 1] as Position, samples[i] as Position]),
    );
  const runs: LandRun[] = [];
  for (let start = 0; start < samples.length; start += 1) {
    if (!onLand[start]) continue;
    let end = start;
    while (end + 1 < samples.length && onLand[end + 1]) end += 1;
    const km = (kmAt[end] as number) - (kmAt[start] as number);
    runs.push({
      startKm: kmAt[start] as number,
      km,
      atEnd: start === 0 || end === samples.length - 1,
    });
    start = end;
  }
  return runs;
}

/**
 * The rings whose box meets the line's box, each with only the edges an eastward ray from a sample
 * can cross (not wholly west of the line, nor above or below it): the same parity, far less work.
 */
function nearLine(land: Land, samples: Position[]): Land {
  const lons = samples.map(([lon]) => lon);
  const lats = samples.map(([, lat]) => lat);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const near = land.filter(
    (r) => r.east >= west && r.west <= east && r.north >= south && r.south <= north,
  );
  return near.map((r) => {
    const edges: number[] = [];
    for (let i = 0; i < r.edges.length; i += 4) {
      const [x1, y1, x2, y2] = r.edges.slice(i, i + 4) as [number, number, number, number];
      if (Math.max(x1, x2) >= west && Math.max(y1, y2) >= south && Math.min(y1, y2) <= north)
        edges.push(x1, y1, x2, y2);
    }
    return { ...r, edges };
  });
}
