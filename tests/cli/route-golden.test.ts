// The command line's table, JSON, CSV and GeoJSON for Almaty → Karachi on the shipped network, against golden files.
import { check } from "@placemarkio/check-geojson";
import type { Feature, LineString, Point } from "geojson";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../src/cli/read-dataset";
import { runRouteCommand } from "../../src/cli/route-command";
import { greatCircleKm } from "../../src/core/geo";
import { expectGolden } from "../fixtures/golden";

const route = (format: string) =>
  runRouteCommand(["--from", "Almaty", "--to", "Karachi", "--format", format]).stdout;

describe("Almaty → Karachi exported from the command line", () => {
  it("as a table matches its golden file and names the route's ends and countries", () => {
    const table = route("table");
    expectGolden("almaty-karachi.txt", table);
    expect(table.split("\n")[0]).toMatch(/^Almaty → Karachi/);
    expect(table).toMatch(/^Route 1: [\d,]+ km/m);
    expect(table).toContain("Kazakhstan (KZ)");
  });

  it("as JSON matches its golden file and ranks routes from Almaty to Karachi", () => {
    const json = route("json");
    expectGolden("almaty-karachi.json", json);
    const { query, routes } = JSON.parse(json);
    expect(query).toMatchObject({ from: "almaty", to: "karachi" });
    expect(routes[0]).toMatchObject({ rank: 1 });
    expect(routes[0].places.at(0)).toBe("almaty");
    expect(routes[0].places.at(-1)).toBe("karachi");
  });

  it("as CSV matches its golden file and names the places in English", () => {
    const csv = route("csv");
    expectGolden("almaty-karachi.csv", csv);
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toMatchObject({ kind: "leg", from: "almaty", from_name: "Almaty" });
    expect(rows.filter((row) => row.selected === "yes").map((row) => row.rank)).toContain("1");
    expect(rows.some((row) => row.kind === "border" && row.countries)).toBe(true);
  });

  it("as GeoJSON matches its golden file and passes a GeoJSON checker", () => {
    const geojson = route("geojson");
    expectGolden("almaty-karachi.geojson", geojson);
    expect(() => check(geojson)).not.toThrow();
  });

  it("as GeoJSON draws each leg along its link's line and each stop at its place", () => {
    const { features } = check(route("geojson")) as { features: Feature[] };
    const { places, links, geometry } = readDataDir();
    const placeOf = new Map(places.map((place) => [place.id, place]));
    const linkOf = new Map(links.map((link) => [link.id, link]));
    const lineOf = new Map(geometry.map((line) => [line.link, line.coordinates]));
    const ofKind = (kind: string) =>
      features.filter((f) => f.properties?.kind === kind && f.properties.rank === 1);
    const stops = ofKind("stop") as Feature<Point>[];
    const legs = ofKind("leg") as Feature<LineString>[];
    const [line] = ofKind("route") as Feature<LineString>[];

    for (const stop of stops) {
      const place = placeOf.get(stop.properties?.id);
      expect(stop.geometry.coordinates).toEqual([place?.lon, place?.lat]);
      expect(stop.properties).toMatchObject({ name: place?.name.en, placeKind: place?.kind });
    }
    expect(legs.length).toBe(stops.length - 1);
    const reversed = legs.filter((leg, order) => {
      const { link, from, to } = leg.properties ?? {};
      expect([from, to]).toEqual([stops[order]?.properties?.id, stops[order + 1]?.properties?.id]);
      const drawn = lineOf.get(link) ?? [];
      const forward = linkOf.get(link)?.from === from;
      expect(leg.geometry.coordinates).toEqual(forward ? drawn : [...drawn].reverse());
      expect(leg.geometry.coordinates[0]).toEqual(stops[order]?.geometry.coordinates);
      return !forward;
    });
    expect(reversed.length).toBeGreaterThan(0);
    const legPoints = legs.flatMap((leg) => leg.geometry.coordinates);
    expect(new Set(line?.geometry.coordinates.map(String))).toEqual(new Set(legPoints.map(String)));
  });

  it("as GeoJSON goes from Almaty to Shymkent by Kordai and Taraz, not through Bishkek", () => {
    const { features } = check(route("geojson")) as { features: Feature<LineString>[] };
    const leg = features.find((f) => f.properties?.to === "shymkent" && f.properties.rank === 1);
    const nearest = (lat: number, lon: number) =>
      Math.min(
        ...(leg?.geometry.coordinates ?? []).map(([lon2, lat2]) =>
          greatCircleKm({ lat, lon }, { lat: lat2 as number, lon: lon2 as number }),
        ),
      );
    // Taraz 42.90° N 71.37° E, Kordai 43.04° N 74.71° E and Bishkek 42.87° N 74.59° E (general
    // knowledge). The road passes Kordai, on the border 20 km north of Bishkek's centre.
    expect(leg?.properties?.alignment).toBe("waypoints");
    expect(nearest(42.9, 71.37)).toBeLessThan(15);
    expect(nearest(43.04, 74.71)).toBeLessThan(15);
    expect(nearest(42.87, 74.59)).toBeGreaterThan(15);
  });
});
