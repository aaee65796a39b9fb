// Country outlines from world-atlas (Natural Earth 1:10m) by the ISO alpha-2 codes the data uses,
// and how far a position lies outside one.
import { createRequire } from "node:module";
import { geoContains } from "d3-geo";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { greatCircleKm, type LatLon } from "../../src/core/geo";

type Outline = Feature<Polygon | MultiPolygon>;

/** ISO 3166-1 numeric codes, world-atlas's ids, of the countries the data uses. */
const ISO_NUMERIC: Record<string, string> = {
  AE: "784",
  AF: "004",
  AZ: "031",
  BY: "112",
  CN: "156",
  DE: "276",
  GE: "268",
  IN: "356",
  IR: "364",
  KG: "417",
  KZ: "398",
  PK: "586",
  PL: "616",
  RU: "643",
  TM: "795",
  TR: "792",
  UZ: "860",
};

/** The outlines of the countries in ISO_NUMERIC, by alpha-2 code (read once: the file is 3.6 MB). */
export function readCountryOutlines(): Map<string, Outline> {
  const topology = createRequire(import.meta.url)("world-atlas/countries-10m.json") as Topology;
  const countries = (topology.objects.countries as GeometryCollection).geometries;
  const byNumeric = new Map(countries.map((country) => [String(country.id), country]));
  const outlines = new Map<string, Outline>();
  for (const [alpha2, numeric] of Object.entries(ISO_NUMERIC)) {
    const country = byNumeric.get(numeric);
    if (country) outlines.set(alpha2, feature(topology, country) as Outline);
  }
  return outlines;
}

/** 0 inside the outline, else the great-circle km to its nearest edge. */
export function kmOutside(place: LatLon, outline: Outline): number {
  if (geoContains(outline, [place.lon, place.lat])) return 0;
  let nearest = Number.POSITIVE_INFINITY;
  for (const ring of rings(outline)) {
    let previous: LatLon | undefined;
    for (const position of ring) {
      const point = latLon(position);
      if (previous) {
        nearest = Math.min(nearest, greatCircleKm(place, nearestOnSegment(place, previous, point)));
      }
      previous = point;
    }
  }
  return nearest;
}

function rings(outline: Outline): Position[][] {
  const { geometry } = outline;
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

/** A GeoJSON position is [longitude, latitude]. */
function latLon(position: Position): LatLon {
  const [lon, lat] = position as [number, number];
  return { lat, lon };
}

/** The segment's point nearest the place, found on a plane with longitudes scaled by cos(latitude):
 * exact enough for an edge a few km long near the place. */
function nearestOnSegment(place: LatLon, a: LatLon, b: LatLon): LatLon {
  const scale = Math.cos((place.lat * Math.PI) / 180);
  const ax = (a.lon - place.lon) * scale;
  const ay = a.lat - place.lat;
  const dx = (b.lon - a.lon) * scale;
  const dy = b.lat - a.lat;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
  const along = Math.max(0, Math.min(1, t));
  return { lat: a.lat + along * dy, lon: a.lon + along * (b.lon - a.lon) };
}
