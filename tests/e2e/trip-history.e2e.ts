// Clicks with a whole trip set, and the trips in the browser's history: Back and Forward move between them.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { browserForFile, clickPlace, keepScreenshot, openExplorer, PHONE } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page;

beforeEach(async () => {
  page = await browser.newPage();
});

const trip = (on: Page) =>
  Promise.all(["#place-from", "#place-to"].map((field) => on.locator(field).inputValue()));
const hint = (on: Page) => on.locator('[aria-labelledby="trip-heading"] .hint').textContent();
const itinerary = (on: Page) => on.locator(".itinerary").textContent();

/** Waits until the itinerary reaches `place` and the camera has stopped fitting the route. */
async function routeShownTo(on: Page, place: string): Promise<void> {
  await expect.poll(() => itinerary(on)).toContain(place);
  await on.waitForFunction(() => {
    const { renderer } = (
      window as unknown as { corridorExplorer: { renderer: import("sigma").default } }
    ).corridorExplorer;
    return !renderer.getCamera().isAnimated();
  });
}

describe("a click with a trip set", () => {
  it("changes the destination, keeps the origin, and the hint says so beforehand", async () => {
    await openExplorer(page, url);
    expect(await hint(page)).toMatch(/^Click a place for the origin, then another/);
    await clickPlace(page, "almaty");
    expect(await hint(page)).toMatch(/^Click a place for the destination\./);
    await clickPlace(page, "karachi");
    await routeShownTo(page, "Karachi");
    expect(await trip(page)).toEqual(["Almaty", "Karachi"]);
    expect(await hint(page)).toMatch(/^A click on another place now changes the destination/);
    await clickPlace(page, "kashgar");
    await routeShownTo(page, "Kashgar");
    expect(await trip(page)).toEqual(["Almaty", "Kashgar"]);
    await keepScreenshot(page, "history-1-new-destination");
  });

  it("says what a click will do on a phone too, above the routes", async () => {
    const phone = await browser.newPage(PHONE);
    await openExplorer(phone, `${url}?from=almaty&to=karachi`);
    await routeShownTo(phone, "Karachi");
    expect(await hint(phone)).toMatch(/^A click on another place now changes the destination/);
    await phone.locator('[aria-labelledby="trip-heading"] .hint').scrollIntoViewIfNeeded();
    await keepScreenshot(phone, "history-2-phone");
  });
});

describe("the browser's history", () => {
  it("goes Back to the previous trip and Forward again; options stay as set", async () => {
    await openExplorer(page, url);
    await clickPlace(page, "almaty");
    await clickPlace(page, "karachi");
    await routeShownTo(page, "Karachi");
    await clickPlace(page, "kashgar");
    await routeShownTo(page, "Kashgar");
    // An option is not a trip: it rewrites the current entry.
    await page.locator("#radio-criterion-hours").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("by")).toBe("hours");

    await page.goBack();
    await routeShownTo(page, "Karachi");
    expect(await trip(page)).toEqual(["Almaty", "Karachi"]);
    const back = new URL(page.url()).searchParams;
    expect([back.get("from"), back.get("to"), back.get("by")]).toEqual([
      "almaty",
      "karachi",
      "hours",
    ]);
    expect(await page.locator("#radio-criterion-hours").isChecked()).toBe(true);

    await page.goBack();
    await expect.poll(() => trip(page)).toEqual(["Almaty", ""]);
    expect(await page.locator(".route-card").count()).toBe(0);

    await page.goForward();
    await page.goForward();
    await routeShownTo(page, "Kashgar");
    expect(await trip(page)).toEqual(["Almaty", "Kashgar"]);
  });
});
