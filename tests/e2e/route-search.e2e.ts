// Routes found off the main thread: the page answers during a long search, says it is searching, stops on
// request, and a newer trip's routes replace an older one's.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { browserForFile, cspViolations, openExplorer } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page;

beforeEach(async () => {
  page = await browser.newPage();
});

afterEach(async () => {
  await page.close();
});

/** The trip that used to freeze the tab for minutes: a via order whose searches never ended. */
const LONG_TRIP = "?from=almaty&to=karachi&via=tashkent,bishkek,termez";

/** Holds back the route worker's script: the search then lasts until `release` is called. */
async function holdRouteWorker(on: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await on.route(/\/route\.worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** How long the page's main thread takes to run a trivial script, in ms. */
async function roundTrip(on: Page): Promise<number> {
  const start = Date.now();
  await on.evaluate(() => 1 + 1);
  return Date.now() - start;
}

const routesStatus = (on: Page) => on.locator(".panel.routes [role=status]").textContent();

describe("searching for routes", () => {
  it("leaves the page responsive while the trip that froze it is searched", async () => {
    await openExplorer(page, `${url}${LONG_TRIP}`);
    expect(await roundTrip(page)).toBeLessThan(1000);
    await page.getByRole("button", { name: "FR" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await roundTrip(page)).toBeLessThan(1000);
    expect(await page.locator("#place-to").inputValue()).toMatch(/^Karachi/);
  });

  it("answers the trip that froze it with the routes found, saying the search stopped at its limit", async () => {
    await openExplorer(page, `${url}${LONG_TRIP}`);
    await expect
      .poll(() => page.locator(".panel.routes .hint").textContent(), { timeout: 30_000 })
      .toBe("The search stopped at its limit: other routes may exist.");
    expect(await page.locator(".route-card").count()).toBeGreaterThan(0);
  });

  it("says the search failed when the route worker's script cannot load, and the next trip tries again", async () => {
    const workerScript = /\/route\.worker-[^/]*\.js$/;
    await page.route(workerScript, (route) => route.abort());
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await expect.poll(() => page.locator(".panel.routes").textContent()).toMatch(/route worker/);
    expect(await page.locator(".route-card").count()).toBe(0);
    await page.unroute(workerScript);
    await page.locator("#alternatives").fill("2");
    await page.locator("#alternatives").dispatchEvent("change");
    await expect.poll(() => page.locator(".route-card").count()).toBe(2);
  });

  it("says it is finding routes, in the reader's language, and stops on request", async () => {
    const release = await holdRouteWorker(page);
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await expect.poll(() => routesStatus(page)).toBe("Finding routes…");
    expect(await page.locator(".panel.routes").getAttribute("aria-busy")).toBe("true");
    expect(await page.locator('[data-export="csv"]').isDisabled()).toBe(true);
    await page.getByRole("button", { name: "FR" }).click();
    await expect.poll(() => routesStatus(page)).toBe("Recherche des itinéraires…");
    await page.getByRole("button", { name: "Arrêter" }).click();
    await expect.poll(() => routesStatus(page)).toMatch(/^Recherche arrêtée\./);

    release();
    await page.locator("#alternatives").fill("2");
    await page.locator("#alternatives").dispatchEvent("change");
    await expect.poll(() => page.locator(".route-card").count()).toBe(2);
    expect(await page.locator(".panel.routes").getAttribute("aria-busy")).toBe("false");
    expect(await cspViolations(page)).toEqual([]);
  });

  it("shows the newer trip's routes when the trip changes during a long search", async () => {
    // The long trip's search is held until the trip has changed: however fast the machine, the
    // change comes while it is under way (the page now starts it before the map is mounted).
    const release = await holdRouteWorker(page);
    await openExplorer(page, `${url}${LONG_TRIP}`);
    await page.evaluate(recordItineraries);
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    for (const [field, place] of [
      ["From", "Almaty"],
      ["To", "Baku"],
    ] as const) {
      await page.getByLabel(field, { exact: true }).fill(place);
      await page.getByLabel(field, { exact: true }).press("Enter");
    }
    release();
    const stages = page.locator(".itinerary .stages");
    await expect.poll(() => stages.textContent(), { timeout: 30_000 }).toMatch(/→ Baku/);
    const shown = await page.evaluate(() => (window as unknown as Recorded).itineraries);
    expect(shown.filter((text) => text.includes("Karachi"))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

interface Recorded {
  itineraries: string[];
}

/** Runs in the page: keeps the text of every itinerary the routes panel shows from now on. */
function recordItineraries(): void {
  const kept: string[] = [];
  Object.assign(window, { itineraries: kept });
  const panel = document.querySelector(".panel.routes");
  if (!panel) throw new Error("no routes panel");
  new MutationObserver(() => {
    const stages = panel.querySelector(".itinerary .stages");
    if (stages) kept.push(stages.textContent ?? "");
  }).observe(panel, { childList: true, subtree: true });
}
