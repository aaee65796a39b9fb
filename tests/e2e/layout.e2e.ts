// The page's frame in a real browser: the page never scrolls as a whole, only its panels do.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  browserForFile,
  cspViolations,
  DESKTOP,
  keepScreenshot,
  openExplorer,
  PHONE,
} from "./browser";

const url = inject("appUrl");
const browser = browserForFile();

/** Where the header and the map are on the screen, and how far the page itself is scrolled. */
function frame(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect && { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
    };
    const scrolling = document.scrollingElement as Element;
    return {
      scrollTop: scrolling.scrollTop,
      scrollHeight: scrolling.scrollHeight,
      innerHeight: window.innerHeight,
      header: box(".app-header"),
      map: box(".map"),
    };
  });
}

/** Two animation frames: the browser has handled the wheel and scrolled what it scrolls. */
const settled = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

/** Scrolls the side panel to its end as a user would: wheel over it, then the last control in view. */
async function scrollPanelToEnd(page: Page): Promise<void> {
  const side = await page.locator(".side").boundingBox();
  if (!side) throw new Error("no side panel");
  const visibleBottom = Math.min(side.y + side.height, (page.viewportSize()?.height ?? 0) - 1);
  await page.mouse.move(side.x + side.width / 2, (Math.max(side.y, 0) + visibleBottom) / 2);
  for (let notch = 0; notch < 40; notch += 1) await page.mouse.wheel(0, 400);
  await page.locator(".side > :last-child").scrollIntoViewIfNeeded();
  await settled(page);
}

async function zoomOutOverMap(page: Page, notches: number): Promise<void> {
  const map = await page.locator(".map").boundingBox();
  if (!map) throw new Error("no map");
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  for (let notch = 0; notch < notches; notch += 1) await page.mouse.wheel(0, 100);
  await settled(page);
}

describe("the page's frame", () => {
  for (const [size, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    it(`never scrolls as a whole on a ${size}: panel scrolled, map zoomed and focused, route picked`, async () => {
      const page = await browser.newPage(viewport);
      await openExplorer(page, `${url}?from=almaty&to=karachi`);
      await page.locator(".route-card").first().waitFor();
      const before = await frame(page);
      expect(before.scrollHeight).toBeLessThanOrEqual(before.innerHeight);

      await scrollPanelToEnd(page);
      await zoomOutOverMap(page, 2);
      await page.locator("#map").focus();
      await page.locator(".route-card").nth(1).click();
      await settled(page);
      const after = await frame(page);
      expect(after.scrollTop).toBe(0);
      expect(after.scrollHeight).toBeLessThanOrEqual(after.innerHeight);
      expect(after.header).toEqual(before.header);
      expect(after.header?.top).toBe(0);
      expect(after.map).toEqual(before.map);
      expect(await cspViolations(page)).toEqual([]);
      await keepScreenshot(page, `15-panel-scrolled-${size}`);
      await page.close();
    });
  }
});

describe("the side panel's order and its links", () => {
  it("puts the options above the routes, with the first route in view", async () => {
    const page = await browser.newPage();
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    const card = await page.locator(".route-card").first().boundingBox();
    const options = await page.locator(".panel.options").boundingBox();
    expect(options && card && options.y < card.y).toBe(true);
    expect((card?.y ?? 0) + (card?.height ?? 0)).toBeLessThanOrEqual(DESKTOP.height);
    await keepScreenshot(page, "16-options-above-routes");
    await page.close();
  });

  it("reaches the legend in one click, without changing the address", async () => {
    const page = await browser.newPage(PHONE);
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await page.locator(".route-card").first().waitFor();
    const address = page.url();
    await page.getByRole("navigation").getByRole("link", { name: "Legend" }).click();
    const side = await page.locator(".side").boundingBox();
    const legend = await page.locator(".panel.legend").boundingBox();
    expect(Math.abs((legend?.y ?? 0) - (side?.y ?? 0))).toBeLessThan(2);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-panel"))).toBe(
      "legend",
    );
    expect(page.url()).toBe(address);
    expect((await frame(page)).scrollTop).toBe(0);
    await keepScreenshot(page, "17-legend-link-phone");
    await page.close();
  });

  it("skips to the map with the first Tab and Enter", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.textContent()).toBe("Skip to the map");
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.y < 40).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("map");
    await page.close();
  });

  it("announces one line for the answer, not the itinerary", async () => {
    const page = await browser.newPage();
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    const live = page.locator(".panel.routes [aria-live]");
    await expect
      .poll(() => live.textContent())
      .toMatch(/^3 routes from Almaty to Karachi; route 1: [\d,]+ km · [^\n]+\.$/);
    expect(await page.locator(".panel.routes[aria-live], .itinerary [aria-live]").count()).toBe(0);
    await page.locator(".route-card").nth(2).click();
    const thirdKm = (await page.locator(".route-card").nth(2).textContent())?.match(
      /[\d,]+ km/,
    )?.[0];
    await expect.poll(() => live.textContent()).toContain(`; route 3: ${thirdKm}`);
    await page.close();
  });
});
