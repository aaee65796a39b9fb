import { describe, expect, it } from "vitest";
import { type ExportedRoute, routeResultGeoJson } from "../../../src/core/export/route-geojson";
import type { RouteResult } from "../../../src/core/routing";
import { tinyNetwork } from "../../fixtures/tiny-network";

const places = new Map(tinyNetwork().places.map((place) => [place.id, place]));
const placeAt = (id: string) => places.get(id);

const leg = (from: string, to: string, mode: "rail" | "road", km: number) => ({
  link: `${from}--${to}--${mode}`,
  from,
  to,
  mode,
  km,
  hours: km / 40,
  status: "operational" as const,
  corridors: ["kz-kg"],
  sources: ["S1", "general-knowledge"],
});

const route: ExportedRoute = {
  rank: 1,
  km: 250,
  hours: 6.3,
  days: 0.3,
  crossings: 1,
  countries: ["KZ", "KG"],
  places: ["almaty", "korday", "bishkek"],
  legs: [leg("almaty", "korday", "road", 220), leg("korday", "bishkek", "road", 30)],
  differsFromBest: null,
};

const query = { from: "almaty", to: "bishkek", k: 1, by: "km" } as unknown as RouteResult["query"];

describe("routeResultGeoJson", () => {
  const collection = JSON.parse(
    JSON.stringify(routeResultGeoJson({ query, routes: [route] }, placeAt)),
  );

  it("writes one LineString for the route and one per leg", () => {
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.query).toEqual(query);
    expect(
      collection.features.map((f: { properties: { kind: string } }) => f.properties.kind),
    ).toEqual(["route", "leg", "leg"]);
    expect(
      collection.features.every(
        (f: { geometry: { type: string } }) => f.geometry.type === "LineString",
      ),
    ).toBe(true);
  });

  it("puts longitude first, as GeoJSON requires", () => {
    const [almaty, korday, bishkek] = collection.features[0].geometry.coordinates;
    expect(almaty).toEqual([76.95, 43.24]);
    expect(korday).toEqual([74.7, 43.03]);
    expect(bishkek).toEqual([74.57, 42.87]);
    for (const [lon, lat] of collection.features[0].geometry.coordinates) {
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(lon).toBeGreaterThan(lat);
    }
  });

  it("carries the route's totals and countries, and each leg's figures", () => {
    expect(collection.features[0].properties).toMatchObject({
      rank: 1,
      km: 250,
      crossings: 1,
      countries: "KZ → KG",
    });
    expect(collection.features[2].properties).toMatchObject({
      rank: 1,
      leg: 2,
      from: "korday",
      to: "bishkek",
      km: 30,
      sources: "S1;general-knowledge",
    });
  });

  it("names a place it cannot locate", () => {
    expect(() =>
      routeResultGeoJson(
        { query, routes: [{ ...route, places: ["almaty", "atlantis"] }] },
        placeAt,
      ),
    ).toThrow('unknown place "atlantis"');
  });
});
