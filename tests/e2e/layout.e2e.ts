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
