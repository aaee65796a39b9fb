// Downloads of the route list in the real browser: CSV, JSON, GeoJSON and the map as a PNG.
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { browserForFile, clickPlace, downloadFrom, keepScreenshot, openExplorer } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page;

beforeAll(async () => {
  page = await browser.newPage();
  await openExplorer(page, url);
  await clickPlace(page, "almaty");
  await clickPlace(page, "karachi");
  await page.locator(".route-card").nth(1).waitFor();
});

const save = (format: string) =>
  downloadFrom(page, () => page.locator(`[data-export="${format}"]`).click());

describe("downloading the route list", () => {
  it("is offered only while routes are shown", async () => {
    const fresh = await browser.newPage();
    await openExplorer(fresh, url);
    expect(await fresh.locator('[data-export="csv"]').isDisabled()).toBe(true);
    await fresh.close();
    expect(await page.locator('[data-export="csv"]').isDisabled()).toBe(false);
    await keepScreenshot(page, "7-export-bar");
  });

  it("as CSV for Excel, with place names and the selected route marked", async () => {
    await page.locator(".route-card").nth(1).click();
    const { name, bytes } = await save("csv");
    expect(name).toBe("routes-almaty-karachi.csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const ranks = new Set(rows.map((row) => row.rank));
    expect(ranks.size).toBe(await page.locator(".route-card").count());
    expect(rows[0]).toMatchObject({ rank: "1", leg: "1", from: "almaty", from_name: "Almaty" });
    const selected = new Set(rows.filter((row) => row.selected === "yes").map((row) => row.rank));
    expect(selected).toEqual(new Set(["2"]));
    expect(rows.some((row) => row.kind === "border" && row.to_name?.includes("–"))).toBe(true);
  });

  it("as JSON holds the query and the routes", async () => {
    const json = JSON.parse((await save("json")).bytes.toString("utf8"));
    expect(json.query).toMatchObject({ from: "almaty", to: "karachi" });
    expect(json.routes.length).toBeGreaterThanOrEqual(2);
  });

  it("as GeoJSON has routes, legs and named stops, longitude first", async () => {
    const { name, bytes } = await save("geojson");
    expect(name).toBe("routes-almaty-karachi.geojson");
    const collection = JSON.parse(bytes.toString("utf8"));
    expect(collection.type).toBe("FeatureCollection");
    const [lon, lat] = collection.features[0].geometry.coordinates[0];
    expect(collection.features[0].geometry.type).toBe("LineString");
    expect([Math.round(lon), Math.round(lat)]).toEqual([77, 43]);
    const kinds = new Set(
      collection.features.map((f: { properties: { kind: string } }) => f.properties.kind),
    );
    expect(kinds).toEqual(new Set(["route", "leg", "stop"]));
    const karachi = collection.features.find(
      (f: { properties: { kind: string; id?: string } }) =>
        f.properties.kind === "stop" && f.properties.id === "karachi",
    );
    expect(karachi.properties).toMatchObject({ name: "Karachi", placeKind: "port", country: "PK" });
  });

  it("as a PNG of the map as shown", async () => {
    const { name, bytes } = await save("png");
    expect(name).toBe("routes-almaty-karachi.png");
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(bytes.length).toBeGreaterThan(20_000);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(new URL("./screenshots/8-exported-map.png", import.meta.url), bytes);
  });
});
