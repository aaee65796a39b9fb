// The map's controls in the real browser: zoom buttons, the scale bar, and links that open fitted to their route.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForFile, keepScreenshot, openExplorer, PHONE } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();

type Explorer = { corridorExplorer: { renderer: import("sigma").default } };

const cameraRatio = (page: Page) =>
  page.evaluate(
    () => (window as unknown as Explorer).corridorExplorer.renderer.getCamera().getState().ratio,
  );

const cameraSettled = (page: Page) =>
  page.waitForFunction(
    () => !(window as unknown as Explorer).corridorExplorer.renderer.getCamera().isAnimated(),
  );

const scaleKm = async (page: Page) => {
  const text = (await page.locator(".scale-bar .scale-text").textContent()) ?? "";
  return Number(text.replace(/[^\d.]/g, ""));
};

type Box = { left: number; right: number; top: number; bottom: number };

/** Each marker's box on screen (centre ± radius), and the map's size. */
const markerBoxes = (page: Page, ids: string[]) =>
  page.evaluate((places) => {
    const { renderer } = (window as unknown as Explorer).corridorExplorer;
    const { width, height } = renderer.getDimensions();
    const boxes = places.map((id) => {
      const data = renderer.getNodeDisplayData(id);
      if (!data) throw new Error(`no place ${id}`);
      const { x, y } = renderer.framedGraphToViewport(data);
      const radius = renderer.scaleSize(data.size);
      return { left: x - radius, right: x + radius, top: y - radius, bottom: y + radius };
    });
    return { width, height, boxes };
  }, ids);

describe("the map's controls", () => {
  it("zoom in and out with the buttons, and the scale bar follows the zoom", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    const before = { ratio: await cameraRatio(page), km: await scaleKm(page) };
    expect(before.km).toBeGreaterThan(0);
    await zoomIn.click();
    await cameraSettled(page);
    await zoomIn.click();
    await cameraSettled(page);
    expect(await cameraRatio(page)).toBeLessThan(before.ratio / 2);
    await expect.poll(() => scaleKm(page)).toBeLessThan(before.km);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await cameraSettled(page);
    expect(await cameraRatio(page)).toBeGreaterThan(before.ratio / 2.5);
    await page.getByRole("button", { name: "Show the whole network" }).click();
    await cameraSettled(page);
    expect(await cameraRatio(page)).toBeCloseTo(1);
    await expect.poll(() => scaleKm(page)).toBe(before.km);
    await page.getByRole("button", { name: "FR" }).click();
    expect(await page.getByRole("button", { name: "Zoom avant" }).count()).toBe(1);
    expect(await page.locator(".scale-bar").getAttribute("aria-label")).toMatch(/^Échelle/);
    await page.close();
  });

  it("reaches the buttons with the keyboard", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    await zoomIn.focus();
    const before = await cameraRatio(page);
    await page.keyboard.press("Enter");
    await cameraSettled(page);
    expect(await cameraRatio(page)).toBeLessThan(before);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe(
      "zoom-out",
    );
    await page.close();
  });

  for (const [device, viewport] of Object.entries({ desktop: undefined, phone: PHONE })) {
    it(`opens a shared link fitted to its route, origin and destination whole (${device})`, async () => {
      const page = await browser.newPage(viewport);
      await openExplorer(page, `${url}?from=almaty&to=karachi`);
      await expect.poll(() => page.locator(".route-card").count()).toBeGreaterThan(0);
      await cameraSettled(page);
      const { width, height, boxes } = await markerBoxes(page, ["almaty", "karachi"]);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.bottom).toBeLessThanOrEqual(height);
      }
      // Fitted, not tiny: the trip spans most of the map one way or the other.
      const [origin, destination] = boxes as [Box, Box];
      const across = Math.abs(origin.left - destination.left) / width;
      const down = Math.abs(origin.top - destination.top) / height;
      expect(Math.max(across, down)).toBeGreaterThan(0.5);
      await keepScreenshot(page, `map-controls-shared-link-${device}`);
      await page.close();
    });
  }
});
