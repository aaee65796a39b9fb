// The basemap's countries: Natural Earth outlines (world-atlas) near the corridors, ready to project.

import { geoBounds } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export type Country = Feature<Geometry, { name: string }>;

/** Longitudes and latitudes around the network; countries wholly outside are left out. */
const AREA = { west: -25, east: 150, south: -5, north: 85 };

export function countriesNear(topology: Topology): Country[] {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const collection = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.filter(isNear);
}

function isNear(country: Country): boolean {
  const [[west, south], [east, north]] = geoBounds(country);
  const crossesDateLine = west > east;
  return (
    north >= AREA.south &&
    south <= AREA.north &&
    (crossesDateLine || (east >= AREA.west && west <= AREA.east))
  );
}
