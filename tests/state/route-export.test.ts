import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildNetworkGraph } from "../../src/core/network-graph";
import { compileRoutingIndex } from "../../src/core/routing";
import { initialState } from "../../src/state/app-state";
import { exportFileName, routeExportFile, shownRoutes } from "../../src/state/route-export";
import { answerQuery, routeQueryOf } from "../../src/state/route-outcome";
import { networkText } from "../../src/text/network-text";
import { routeNames } from "../../src/text/route-names";
import { routeWords } from "../../src/text/route-words";
import { tinyNetwork } from "../fixtures/tiny-network";

const dataset = tinyNetwork();
const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
const places = new Map(dataset.places.map((place) => [place.id, place]));
const state = { ...initialState(), origin: "almaty", destination: "baku", includePlanned: true };
const query = routeQueryOf(state);
const result = query && shownRoutes(answerQuery(index, query));
const words = result
  ? routeWords(result, routeNames(networkText(dataset), "fr"), "fr")
  : { differsFromBest: () => null };
const options = { placeAt: (id: string) => places.get(id), language: "fr" as const, words };

describe("the route list as files", () => {
  it("exists only while routes are shown", () => {
    expect(shownRoutes({ kind: "no-trip" })).toBeNull();
    expect(shownRoutes({ kind: "searching", slow: true })).toBeNull();
    expect(result?.routes.length).toBeGreaterThanOrEqual(2);
    expect(result?.query).toMatchObject({ from: "almaty", to: "baku" });
  });

  it("are named after the trip", () => {
    if (!result) throw new Error("no routes");
    expect(exportFileName(result, "csv")).toBe("routes-almaty-baku.csv");
    const odd = { ...result, query: { ...result.query, from: "Ürümqi Süd", to: "x__y" } };
    expect(exportFileName(odd, "png")).toBe("routes-r-mqi-s-d-x-y.png");
  });

  it("as CSV read back with papaparse give the same values, one row per leg and per transfer", () => {
    if (!result) throw new Error("no routes");
    const file = routeExportFile(result, "csv", { ...options, selectedRank: 2 });
    expect(file.type).toMatch(/^text\/csv/);
    expect(file.text.startsWith("\uFEFF")).toBe(true);
    const all = Papa.parse<Record<string, string>>(file.text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const transfers = result.routes.flatMap((route) => route.transfers);
    expect(all).toHaveLength(transfers.length + result.routes.flatMap((r) => r.legs).length);
    const rows = all.filter((row) => row.kind === "leg");
    const legs = result.routes.flatMap((route) => route.legs.map((leg) => ({ route, leg })));
    expect(rows).toHaveLength(legs.length);
    rows.forEach((row, at) => {
      const { route, leg } = legs[at] as (typeof legs)[number];
      expect(Number(row.rank)).toBe(route.rank);
      expect(Number(row.route_km)).toBe(route.km);
      expect(Number(row.route_hours)).toBe(route.hours);
      expect(row.selected).toBe(route.rank === 2 ? "yes" : "no");
      expect(row.from_name).toBe(places.get(leg.from)?.name.fr);
      expect([row.from, row.to, row.mode, Number(row.km)]).toEqual([
        leg.from,
        leg.to,
        leg.mode,
        leg.km,
      ]);
    });
  });

  it("as JSON hold the query and the routes", () => {
    if (!result) throw new Error("no routes");
    const json = JSON.parse(routeExportFile(result, "json", options).text);
    expect(json.query).toEqual(result.query);
    expect(json.routes.map((route: { rank: number }) => route.rank)).toEqual(
      result.routes.map((route) => route.rank),
    );
    expect(json.routes[0].differsFromBest).toBeNull();
    // The alternatives' differences are phrased in the reader's language, French here.
    expect(json.routes[1].differsFromBest).toMatch(/^(par|passe aussi par|évite|[a-z/]+ \S)/);
    expect(json.routes[1].differsFromBest).not.toMatch(/\b(through|instead of|avoids)\b/);
  });

  it("as GeoJSON put longitude first", () => {
    if (!result) throw new Error("no routes");
    const collection = JSON.parse(routeExportFile(result, "geojson", options).text);
    const first = collection.features[0];
    expect(first.geometry.type).toBe("LineString");
    const almaty = places.get("almaty");
    expect(first.geometry.coordinates[0]).toEqual([almaty?.lon, almaty?.lat]);
  });
});
