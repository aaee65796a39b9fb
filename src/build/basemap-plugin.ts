// The basemap's outlines, cut down at build time from world-atlas (Natural Earth 1:50m) for the region the
// map shows: the countries near the corridors, without their islands far away, simplified and quantized.
// Two modules: a light overview drawn first, and the full 1:50m detail of the same countries after it.
import { geoBounds } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Plugin } from "vite";
import atlas from "world-atlas/countries-50m.json";

type Country = Feature<Geometry, { name: string }>;

/** Longitudes and latitudes around the network, beyond what the map shows zoomed out fully. */
const AREA = { west: -25, east: 150, south: -5, north: 85 };
/** Square kilometres on the sphere: Visvalingam's effective area is measured in steradians. */
const KM2 = 1 / 6371 ** 2;

export interface BasemapDetail {
  /** Points whose triangle with their neighbours is smaller than this are dropped (km²); 0 keeps all. */
  simplifyKm2: number;
  /** Grid steps across the region's extent for the stored coordinates. */
  quantization: number;
}

/** Drawn first: at the map's first zoom a pixel is about 7 km, so 20 km² triangles are a pixel or less. */
export const OVERVIEW: BasemapDetail = { simplifyKm2: 20, quantization: 10_000 };
/** Loaded after the first paint for close zooms: every 1:50m point, on a grid of about 600 m. */
export const DETAIL: BasemapDetail = { simplifyKm2: 0, quantization: 30_000 };

const MODULES = {
  "virtual:basemap-overview": OVERVIEW,
  "virtual:basemap-detail": DETAIL,
} as const;

/** The countries near the corridors as a topology, at the level of detail asked for. */
export function basemapTopology(atlas: Topology, detail: BasemapDetail): Topology {
  const countries = atlas.objects.countries as GeometryCollection<{ name: string }>;
  const collection = feature(atlas, countries) as FeatureCollection<Geometry, { name: string }>;
  const near: FeatureCollection = {
    type: "FeatureCollection",
    features: collection.features.filter(isNear).map(withoutFarParts),
  };
  // topojson-server types properties as nullable, topojson-simplify as objects: the countries have names.
  const shared = topology({ countries: near }) as Parameters<typeof presimplify>[0];
  const simplified = simplify(presimplify(shared, sphericalTriangleArea), detail.simplifyKm2 * KM2);
  return quantize(simplified, detail.quantization);
}

/** Serves the two basemap modules, built once per run from the installed world-atlas. */
export function basemapPlugin(): Plugin {
  const built = new Map<string, string>();
  return {
    name: "corridor-basemap",
    resolveId: (id) => (id in MODULES ? `\0${id}` : null),
    load(id) {
      const name = id.slice(1) as keyof typeof MODULES;
      if (!id.startsWith("\0") || !(name in MODULES)) return null;
      if (!built.has(name)) {
        // Parsing a JSON string is faster in the browser than evaluating the same object literal.
        const json = JSON.stringify(basemapTopology(atlas as unknown as Topology, MODULES[name]));
        built.set(name, `export default JSON.parse(${JSON.stringify(json)});`);
      }
      return built.get(name);
    },
  };
}

function isNear(shape: Country | Geometry): boolean {
  const [[west, south], [east, north]] = geoBounds(shape);
  // Across the date line the longitudes run from west to 180° and on from -180° to east.
  const crossesDateLine = west > east;
  const overlaps = crossesDateLine
    ? west <= AREA.east || east >= AREA.west
    : east >= AREA.west && west <= AREA.east;
  return north >= AREA.south && south <= AREA.north && overlaps;
}

/** A country without its islands or pieces wholly outside the area (Alaska's Aleutians, say). */
function withoutFarParts(country: Country): Country {
  const { geometry } = country;
  if (geometry.type !== "MultiPolygon") return country;
  const coordinates = geometry.coordinates.filter((polygon) =>
    isNear({ type: "Polygon", coordinates: polygon }),
  );
  return { ...country, geometry: { ...geometry, coordinates } };
}
