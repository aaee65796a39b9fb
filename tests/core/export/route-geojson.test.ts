import { describe, expect, it } from "vitest";
import { routeResultGeoJson } from "../../../src/core/export/route-geojson";
import { linkLines } from "../../../src/core/link-geometry";
import type { Route, RouteResult } from "../../../src/core/routing";
import { exportRoute, exportWords, placeAt } from "../../fixtures/export-route";
import { tinyNetwork } from "../../fixtures/tiny-network";

const options = { placeAt, language: "fr" as const, words: exportWords };
const route = exportRoute();

const query = { from: "almaty", to: "bishkek", k: 1, by: "km" } as unknown as RouteResult["query"];

describe("routeResultGeoJson", () => {
  const collection = JSON.parse(
    JSON.stringify(routeResultGeoJson({ query, routes: [route] }, options)),
  );

  it("writes a LineString for the route and per leg, and a Point per stop", () => {
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.query).toEqual(query);
    expect(
      collection.features.map((f: { properties: { kind: string } }) => f.properties.kind),
    ).toEqual(["route", "leg", "leg", "stop", "stop", "stop"]);
    expect(collection.features.map((f: { geometry: { type: string } }) => f.geometry.type)).toEqual(
      ["LineString", "LineString", "LineString", "Point", "Point", "Point"],
    );
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
      mode: "road",
      status: "operational",
      corridors: "kz-kg",
      selected: true,
    });
    expect(collection.features[2].properties).toMatchObject({
      rank: 1,
      leg: 2,
      from: "korday",
      to: "bishkek",
      toName: "Bichkek",
      km: 30,
      sources: "S1;general-knowledge",
    });
  });

  it("counts a leg's border crossings and gives each stop its name, kind and country", () => {
    expect(collection.features[1].properties.crossings).toBe(1);
    expect(collection.features[2].properties.crossings).toBe(0);
    expect(collection.features[4].properties).toMatchObject({
      kind: "stop",
      stop: 2,
      id: "korday",
      placeKind: "border-crossing",
    });
    expect(collection.features[5].geometry.coordinates).toEqual([74.57, 42.87]);
  });

  describe("with the links' lines", () => {
    const lineOf = linkLines(tinyNetwork());
    const lines = (route: Route) =>
      routeResultGeoJson({ query, routes: [route] }, { ...options, lineOf }).features.map((f) => [
        f.properties.kind,
        f.properties.alignment,
        f.geometry.coordinates,
      ]);
    const kaskelen = [76.62, 43.2];

    it("draws a leg along its link's line and the route through it, straight where a link has none", () => {
      expect(lines(route).slice(0, 3)).toEqual([
        ["route", undefined, [[76.95, 43.24], kaskelen, [74.7, 43.03], [74.57, 42.87]]],
        ["leg", "waypoints", [[76.95, 43.24], kaskelen, [74.7, 43.03]]],
        [
          "leg",
          "straight",
          [
            [74.7, 43.03],
            [74.57, 42.87],
          ],
        ],
      ]);
    });

    it("runs the line backwards for a leg taken from the link's far end", () => {
      const back = {
        ...route,
        places: ["korday", "almaty"],
        legs: [{ ...(route.legs[0] as Route["legs"][number]), from: "korday", to: "almaty" }],
        transfers: [],
      };
      expect(lines(back)[1]).toEqual([
        "leg",
        "waypoints",
        [[74.7, 43.03], kaskelen, [76.95, 43.24]],
      ]);
    });
  });

  it("names a place it cannot locate", () => {
    expect(() =>
      routeResultGeoJson(
        { query, routes: [{ ...route, places: ["almaty", "atlantis"] }] },
        options,
      ),
    ).toThrow('unknown place "atlantis"');
  });
});
