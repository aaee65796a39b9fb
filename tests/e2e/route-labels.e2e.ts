// The selected route reads on its own in the real browser: every stop labelled, tags on the cards.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForFile, keepScreenshot, openExplorer, PHONE } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();

type Explorer = {
  corridorExplorer: {
    renderer: import("sigma").default;
    search: { get: () => import("../../src/state/route-search").RouteSearch };
    placedLabels: () => { id: string; box: import("../../src/view/labels/label-placement").Box }[];
  };
};

/** The routes listed: each one's places and hours. */
const listedRoutes = (page: Page) =>
  page.evaluate(() => {
    const shown = (window as unknown as Explorer).corridorExplorer.search.get().shown;
    return shown.kind === "routes"
      ? shown.routes.map((route) => ({ places: route.places, hours: route.hours }))
      : [];
  });

const unlabelledStops = (page: Page, stops: string[]) =>
  page.evaluate((ids) => {
    const placed = (window as unknown as Explorer).corridorExplorer.placedLabels();
    const labelled = new Set(placed.map((label) => label.id));
    return ids.filter((id) => !labelled.has(id));
  }, stops);

/** Pairs of drawn labels whose boxes overlap, by place id. */
const overlappingLabels = (page: Page) =>
  page.evaluate(() => {
    const placed = (window as unknown as Explorer).corridorExplorer.placedLabels();
    return placed.flatMap((a, index) =>
      placed
        .slice(index + 1)
        .filter(
          ({ box: b }) =>
            a.box.left < b.right &&
            b.left < a.box.right &&
            a.box.top < b.bottom &&
            b.top < a.box.bottom,
        )
        .map((b) => `${a.id} / ${b.id}`),
    );
  });

const cameraSettled = (page: Page) =>
  page.waitForFunction(
    () => !(window as unknown as Explorer).corridorExplorer.renderer.getCamera().isAnimated(),
  );

describe("the selected route on the map", () => {
  for (const [device, viewport] of Object.entries({ desktop: undefined, phone: PHONE })) {
    it(`labels every stop of each route selected, Khunjerab and Islamabad too (${device})`, async () => {
      const page = await browser.newPage(viewport);
      // By hours the routes over the Karakoram Highway (Khunjerab, Islamabad) come first, the
      // fourth by Korday; by km, road-and-rail variants through Uzbekistan fill the list.
      await openExplorer(page, `${url}?from=almaty&to=karachi&by=hours&k=4`);
      await expect.poll(async () => (await listedRoutes(page)).length).toBe(4);
      const routes = await listedRoutes(page);
      const stops = routes.flatMap((route) => route.places);
      expect(stops).toEqual(expect.arrayContaining(["islamabad", "korday", "khunjerab"]));
      for (const [index, route] of routes.entries()) {
        await page.locator(".route-card").nth(index).click();
        await cameraSettled(page);
        await expect.poll(() => unlabelledStops(page, route.places)).toEqual([]);
        if (route.places.includes("khunjerab"))
          await keepScreenshot(page, `route-labels-${device}-via-khunjerab`);
      }
      await page.close();
    });
  }

  it("draws no two labels over each other where Almaty–Karachi's stops crowd, on a phone", async () => {
    const page = await browser.newPage(PHONE);
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await expect.poll(async () => (await listedRoutes(page)).length).toBeGreaterThan(1);
    await cameraSettled(page);
    const stops = (await listedRoutes(page))[0]?.places ?? [];
    expect(stops).toEqual(expect.arrayContaining(["shymkent", "tashkent", "darbaza"]));
    await expect.poll(() => unlabelledStops(page, stops)).toEqual([]);
    expect(await overlappingLabels(page)).toEqual([]);
    await page.close();
  });

  it("tags the fastest route's card Fastest, in English and in French", async () => {
    const page = await browser.newPage();
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await expect.poll(async () => (await listedRoutes(page)).length).toBeGreaterThan(1);
    const hours = (await listedRoutes(page)).map((route) => route.hours);
    const fastest = hours.indexOf(Math.min(...hours));
    const tagsOf = (index: number) =>
      page.locator(".route-card").nth(index).locator(".route-tag").allTextContents();
    expect(await tagsOf(fastest)).toContain("Fastest");
    for (const index of hours.keys())
      if (index !== fastest) expect(await tagsOf(index)).not.toContain("Fastest");
    await page.getByRole("button", { name: "FR" }).click();
    await expect.poll(() => tagsOf(fastest)).toContain("La plus rapide");
    await page.close();
  });
});
