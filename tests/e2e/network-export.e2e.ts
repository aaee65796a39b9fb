// Taking the whole network away from the page: the GeoJSON download holds a feature per place and per link.
import { check } from "@placemarkio/check-geojson";
import type { Feature } from "geojson";
import { describe, expect, inject, it } from "vitest";
import { readDataDir } from "../../src/cli/read-dataset";
import { browserForFile, downloadFrom, openExplorer } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
const shipped = readDataDir();

describe("exporting the network from the page", () => {
  it("downloads GeoJSON with a Point per place and a LineString per link", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    const { name, bytes } = await downloadFrom(page, () =>
      page.locator('[data-network-export="geojson"]').click(),
    );
    expect(name).toBe("corridor-network.geojson");
    const { features } = check(bytes.toString("utf8")) as { features: Feature[] };
    expect(features).toHaveLength(shipped.places.length + shipped.links.length);
    const points = features.filter((f) => f.geometry?.type === "Point").map((f) => f.id);
    const lines = features.filter((f) => f.geometry?.type === "LineString").map((f) => f.id);
    expect(points).toEqual(shipped.places.map((p) => p.id));
    expect(lines).toEqual(shipped.links.map((l) => l.id));
    await page.close();
  });
});
