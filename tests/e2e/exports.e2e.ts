// Taking Almaty → Karachi away in the real browser: CSV, JSON, GeoJSON, the map as a PNG, and print.
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runRouteCommand } from "../../src/cli/route-command";
import {
  DESTINATION_COLOUR,
  ORIGIN_COLOUR,
  PLACE_STYLES,
  ROUTE_COLOURS,
} from "../../src/view/map/appearance";
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

  it("as GeoJSON draws the lines the command line writes, along the links' alignments", async () => {
    const drawn = JSON.parse((await save("geojson")).bytes.toString("utf8"));
    const { from, to, k, by, maxShared, ...rest } = drawn.query;
    expect(rest).toEqual({ via: [] });
    const args = ["--from", from, "--to", to, "--k", k, "--by", by, "--format", "geojson"];
    if (maxShared !== undefined) args.push("--max-shared", maxShared);
    const cli = JSON.parse(runRouteCommand(args.map(String)).stdout);
    // The page marks the route its user selected (route 2 here); the rest is the same file.
    const unselected = (collection: { features: { properties: object }[] }) =>
      collection.features.map((f) => ({ ...f, properties: { ...f.properties, selected: null } }));
    expect(unselected(drawn)).toEqual(unselected(cli));
    const alignments = drawn.features.map(
      (f: { properties: { alignment?: string } }) => f.properties.alignment,
    );
    expect(alignments).toContain("waypoints");
  });

  it("as a PNG at twice the map's size, with the trip, the legend, a scale and the credit", async () => {
    const { name, bytes } = await save("png");
    expect(name).toBe("routes-almaty-karachi.png");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(new URL("./screenshots/8-exported-map.png", import.meta.url), bytes);
    const map = await page.evaluate(() =>
      (
        window as unknown as { corridorExplorer: { renderer: import("sigma").default } }
      ).corridorExplorer.renderer.getDimensions(),
    );
    const image = await readPicture(page, bytes, map);
    expect([image.width, image.height]).toEqual([map.width * 2, map.height * 2]);
    // The boxes the export draws are opaque white, with dark text; the legend's samples in its box.
    for (const box of [image.title, image.legend, image.credit]) {
      expect(box.white).toBeGreaterThan(0.5);
      expect(box.dark).toBeGreaterThan(200);
    }
    const samples = [
      ORIGIN_COLOUR,
      DESTINATION_COLOUR,
      ...Object.values(PLACE_STYLES).map((style) => style.color),
      ...ROUTE_COLOURS.slice(0, 3),
    ];
    expect(samples.filter((colour) => !image.legend.colours.includes(colour))).toEqual([]);
    // The map on screen is back at the screen's resolution.
    const nodes = await page.evaluate(
      () => document.querySelector<HTMLCanvasElement>("canvas.sigma-nodes")?.width,
    );
    expect(nodes).toBe(map.width);
  });
});

const shown = (selector: string) => page.locator(selector).first().isVisible();

describe("the printed page", () => {
  beforeAll(async () => {
    await page.emulateMedia({ media: "print" });
  });
  afterAll(async () => {
    await page.emulateMedia({ media: "screen" });
  });

  it("shows the map with its scale, the route list, the itinerary and the legend", async () => {
    for (const selector of [".map", ".scale-bar", ".route-list", ".itinerary", ".panel.legend"]) {
      expect(await shown(selector), selector).toBe(true);
    }
    const map = await page.locator(".map-area").boundingBox();
    expect(map?.height).toBeGreaterThan(300);
    await keepScreenshot(page, "9-print");
  });

  it("leaves out the controls and the panels that only change the screen", async () => {
    const hidden = [
      ".export-bar",
      ".panel.trip",
      ".panel.options",
      ".panel.network",
      ".panel.corridors",
      ".panel.trade",
      ".map-controls",
      ".app-header .language",
    ];
    for (const selector of hidden) expect(await shown(selector), selector).toBe(false);
  });

  it("puts the map first, above the route list", async () => {
    const map = await page.locator(".map-area").boundingBox();
    const routes = await page.locator(".route-list").boundingBox();
    expect((map?.y ?? 0) + (map?.height ?? 0)).toBeLessThanOrEqual(routes?.y ?? 0);
  });
});

/** Decodes the PNG in the page and measures the regions the export draws in (CSS pixels × 2). */
function readPicture(page: Page, bytes: Buffer, map: { width: number; height: number }) {
  return page.evaluate(
    async ({ base64, map }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      context.drawImage(bitmap, 0, 0);
      const hex = (n: number) => n.toString(16).padStart(2, "0");
      const region = (x: number, y: number, w: number, h: number) => {
        const { data } = context.getImageData(x * 2, y * 2, w * 2, h * 2);
        let white = 0;
        let dark = 0;
        const colours = new Set<string>();
        for (let at = 0; at < data.length; at += 4) {
          const [r, g, b] = [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
          if (r === 255 && g === 255 && b === 255) white++;
          if (r + g + b < 200) dark++;
          colours.add(`#${hex(r)}${hex(g)}${hex(b)}`);
        }
        return { white: white / (data.length / 4), dark, colours: [...colours] };
      };
      return {
        width: bitmap.width,
        height: bitmap.height,
        title: region(16, 16, 120, 36),
        legend: region(14, map.height - 160, 300, 146),
        credit: region(map.width - 150, map.height - 40, 130, 26),
      };
    },
    { base64: bytes.toString("base64"), map },
  );
}
