// The corridor filter in the real browser: the routes shown stay drawn in full, and the link keeps the filter.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForFile, keepScreenshot, openExplorer } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();

type Explorer = { corridorExplorer: { renderer: import("sigma").default } };

/** The selected route's links drawn (sigma draws a link only when both its places are drawn too). */
const selectedRouteDrawing = (page: Page) =>
  page.evaluate(() => {
    const { renderer } = (window as unknown as Explorer).corridorExplorer;
    const graph = renderer.getGraph();
    const placeDrawn = (id: string) => renderer.getNodeDisplayData(id)?.hidden !== true;
    const links = graph.filterEdges((edge) => renderer.getEdgeDisplayData(edge)?.zIndex === 3);
    const drawn = links.filter(
      (edge) =>
        renderer.getEdgeDisplayData(edge)?.hidden !== true &&
        placeDrawn(graph.source(edge)) &&
        placeDrawn(graph.target(edge)),
    );
    const hiddenPlaces = graph.filterNodes((node) => !placeDrawn(node)).length;
    return { links: links.length, drawn: drawn.length, hiddenPlaces };
  });

describe("the corridor filter", () => {
  it("keeps the selected route drawn in full, and survives a reload of the link", async () => {
    const page = await browser.newPage();
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await expect.poll(async () => (await selectedRouteDrawing(page)).links).toBeGreaterThan(0);
    const before = await selectedRouteDrawing(page);
    expect(before).toMatchObject({ drawn: before.links, hiddenPlaces: 0 });

    await page.getByRole("button", { name: "Show only Middle Corridor" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("show")).toBe("middle-corridor");
    const filtered = await selectedRouteDrawing(page);
    expect(filtered.hiddenPlaces).toBeGreaterThan(0);
    expect(filtered).toMatchObject({ links: before.links, drawn: before.links });
    await keepScreenshot(page, "corridor-filter-only-middle");

    const shared = await browser.newPage();
    await openExplorer(shared, page.url());
    await expect.poll(async () => (await selectedRouteDrawing(shared)).links).toBe(before.links);
    expect(await selectedRouteDrawing(shared)).toEqual(filtered);
    expect(await shared.locator("#check-show-middle-corridor").isChecked()).toBe(true);
    expect(await shared.locator("#check-show-kz-kg").isChecked()).toBe(false);

    await shared.getByRole("button", { name: "Show all" }).click();
    await expect.poll(() => new URL(shared.url()).searchParams.get("show")).toBeNull();
    expect((await selectedRouteDrawing(shared)).hiddenPlaces).toBe(0);
    await shared.close();
    await page.close();
  });

  it("names an unknown corridor of the link in the notice", async () => {
    const page = await browser.newPage();
    await openExplorer(page, `${url}?show=kz-kg,atlantis`);
    await expect
      .poll(() => page.locator(".notice li").allTextContents())
      .toEqual(["show=atlantis: unknown corridor"]);
    expect(await page.locator("#check-show-kz-kg").isChecked()).toBe(true);
    await page.close();
  });
});
