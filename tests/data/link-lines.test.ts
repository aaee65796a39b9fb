// The shipped lines (data/geometry.json): one per link, sea legs at sea, land legs in their countries,
// lengths near the links' km, and each line written from the alignment data/alignments.json gives it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../src/cli/read-dataset";
import type { Link, LinkGeometry, Position } from "../../src/core/dataset";
import { greatCircleKm } from "../../src/core/geo";
import { lineKm } from "../../src/core/link-geometry";
import { kmOutside, readCountryOutlines } from "./country-outlines";
import { isLand, landRuns, readLand, ringsOf } from "./land-runs";

/** Land crossed at sea: islands and spits the 1:10m coast draws, passed within a few km. */
const MAX_LAND_AT_SEA_KM = 5;
/** Land at a sea line's end: a berth behind the 1:10m coast line. */
const MAX_LAND_AT_PORT_KM = 10;
/** Astrakhan lies about 100 km up the Volga from the Caspian (general knowledge). */
const RIVER_PORTS_KM: Record<string, number> = { astrakhan: 100 };
/** A land line may leave its countries by this much: the outlines are 1:10m, points 30 km apart. */
const COUNTRY_TOLERANCE_KM = 15;
/** A line through towns 20–50 km apart cuts a mountain road's bends (the Karakoram Highway: 0.52). */
const LENGTH_FACTOR = { least: 0.5, most: 1.2 };
/** Reading the 1:10m outlines and sampling every line takes seconds on a busy machine. */
const SLOW = { timeout: 120_000 };
/** Posts of one border a few km apart: lengths compared within this many km instead. */
const SHORT_LINK_KM = 10;

const dataset = readDataDir();
const places = new Map(dataset.places.map((place) => [place.id, place]));
const lines = new Map(dataset.geometry.map((line) => [line.link, line]));
const lineOf = (link: Link) => lines.get(link.id) as LinkGeometry;
const atSea = (link: Link) => link.mode === "sea" || link.mode === "ferry";
const alignments = JSON.parse(
  readFileSync(new URL("../../data/alignments.json", import.meta.url), "utf8"),
) as { links: { link: string; via: string[] }[] };

describe("the shipped link lines", () => {
  it("give every link a line, and say how each was drawn", () => {
    expect(dataset.links.filter((link) => !lines.has(link.id)).map((link) => link.id)).toEqual([]);
    for (const line of dataset.geometry) {
      expect(line.alignment === "great-circle", line.link).toBe(line.via === undefined);
      if (line.alignment === "searoute") expect(line.sources).toContain("eurostat-searoute");
    }
  });

  it("are written from data/alignments.json (run npm run data:geometry after changing it)", () => {
    for (const spec of alignments.links)
      expect(lines.get(spec.link)?.via, spec.link).toEqual(spec.via);
  });

  it(
    "keep sea and ferry legs at sea, but for a few km of islands and the ports' berths",
    SLOW,
    () => {
      const land = readLand();
      const crossings: string[] = [];
      for (const link of dataset.links.filter(atSea)) {
        const allowedAtEnd = Math.max(
          MAX_LAND_AT_PORT_KM,
          RIVER_PORTS_KM[link.from] ?? 0,
          RIVER_PORTS_KM[link.to] ?? 0,
        );
        for (const run of landRuns(lineOf(link).coordinates, land)) {
          if (run.km > (run.atEnd ? allowedAtEnd : MAX_LAND_AT_SEA_KM))
            crossings.push(
              `${link.id}: ${run.km.toFixed(1)} km of land at km ${run.startKm.toFixed(0)}`,
            );
        }
      }
      expect(crossings).toEqual([]);
    },
  );

  it("keep land legs within the countries of their ends", SLOW, () => {
    const outlines = readCountryOutlines();
    const rings = new Map([...outlines].map(([code, outline]) => [code, ringsOf(outline)]));
    const strays: string[] = [];
    for (const link of dataset.links.filter((l) => !atSea(l))) {
      const countries = [link.from, link.to].flatMap((id) => places.get(id)?.countries ?? []);
      // The quick ring test first; the distance to an outline only for a point outside them all.
      const outside = ([lon, lat]: Position) =>
        countries.some((c) => isLand(rings.get(c) ?? [], [lon, lat]))
          ? 0
          : Math.min(...countries.map((c) => kmOutside({ lat, lon }, outlines.get(c) as never)));
      const worst = Math.max(...lineOf(link).coordinates.map(outside));
      if (worst > COUNTRY_TOLERANCE_KM)
        strays.push(`${link.id}: ${worst.toFixed(0)} km outside ${countries.join(", ")}`);
    }
    expect(strays).toEqual([]);
  });

  it("are as long as their links within a factor (the km stays the sourced length)", () => {
    const off = dataset.links.flatMap((link) => {
      const km = lineKm(lineOf(link).coordinates);
      const factor = km / link.km;
      const near = Math.abs(km - link.km) <= SHORT_LINK_KM;
      return near || (factor >= LENGTH_FACTOR.least && factor <= LENGTH_FACTOR.most)
        ? []
        : [`${link.id}: line ${km.toFixed(0)} km, link ${link.km} km`];
    });
    expect(off).toEqual([]);
  });

  it("follow the alignments a user checks: Almaty–Shymkent by Taraz, the Karakoram Highway by Gilgit", () => {
    const passes = (linkId: string, lon: number, lat: number) =>
      Math.min(
        ...(lines.get(linkId)?.coordinates ?? []).map(([x, y]) =>
          greatCircleKm({ lat, lon }, { lat: y, lon: x }),
        ),
      );
    expect(passes("almaty--shymkent--rail", 71.37, 42.9)).toBeLessThan(1); // Taraz
    expect(passes("sost--hasan_abdal--road", 74.31, 35.92)).toBeLessThan(1); // Gilgit
    expect(passes("almaty--shymkent--rail", 74.59, 42.87)).toBeGreaterThan(60); // not by Bishkek
  });
});
