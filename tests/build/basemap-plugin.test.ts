// The basemap cut down at build time: the countries the network uses, their coasts where the atlas has them,
// in a fraction of the atlas's bytes.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { basemapTopology, DETAIL, OVERVIEW } from "../../src/build/basemap-plugin";
import { readDataDir } from "../../src/cli/read-dataset";
import { kmOutside } from "../data/country-outlines";

const atlas = createRequire(import.meta.url)("world-atlas/countries-50m.json") as Topology;
type Outline = Feature<Polygon | MultiPolygon, { name: string }>;

function outlinesByName(topology: Topology): Map<string, Outline> {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const features = (feature(topology, countries) as { features: Outline[] }).features;
  return new Map(features.map((country) => [country.properties.name, country]));
}

describe("the basemap built from world-atlas", () => {
  const full = outlinesByName(atlas);
  const overview = outlinesByName(basemapTopology(atlas, OVERVIEW));

  it("keeps the countries near the corridors and leaves out those far away", () => {
    for (const name of ["Kazakhstan", "Iran", "Oman", "Germany", "India", "Russia", "China"])
      expect(overview.has(name), name).toBe(true);
    for (const name of ["Brazil", "Australia", "United States of America"])
      expect(overview.has(name), name).toBe(false);
  });

  it("draws every place of the network within a few km of where the full atlas has its coast or border", () => {
    const dataset = readDataDir();
    const shifts = dataset.places.flatMap((place) =>
      [...full]
        .filter(([, outline]) => kmOutside(place, outline) < 50)
        .map(([name, outline]) => {
          const drawn = overview.get(name);
          const shift = drawn
            ? Math.abs(kmOutside(place, drawn) - kmOutside(place, outline))
            : Infinity;
          return { place: place.id, name, shift };
        }),
    );
    const worst = shifts.reduce((a, b) => (b.shift > a.shift ? b : a));
    expect(worst.shift).toBeLessThan(5);
  });

  it("is a small part of the atlas: the overview under 100 kB gzipped, the detail under 150 kB", () => {
    const gzipped = (topology: Topology) => gzipSync(JSON.stringify(topology)).length;
    expect(gzipped(basemapTopology(atlas, OVERVIEW))).toBeLessThan(100_000);
    expect(gzipped(basemapTopology(atlas, DETAIL))).toBeLessThan(150_000);
  });
});
