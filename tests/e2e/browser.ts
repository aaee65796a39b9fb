// Drives the built explorer in headless Chromium (Debian's, or CHROMIUM_PATH): open, click places, screenshot.
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return chromium.launch({ executablePath, args: [...ARGS, ...extraArgs] });
}

export const DESKTOP = { width: 1366, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** One browser for a test file: launched before its tests, closed after; pages at a desktop size by default. */
export function browserForFile(): {
  browser: () => Browser;
  newPage: (viewport?: typeof DESKTOP) => Promise<Page>;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = () => {
    if (!browser) throw new Error("the browser is not launched yet");
    return browser;
  };
  return {
    browser: current,
    newPage: async (viewport = DESKTOP) => {
      const page = await current().newPage({
        viewport,
        acceptDownloads: true,
      });
      await page.addInitScript(recordCspViolations);
      return page;
    },
  };
}

/** Runs in the page: keeps every Content-Security-Policy violation the page reports. */
function recordCspViolations(): void {
  const kept: string[] = [];
  Object.assign(window, { cspViolations: kept });
  document.addEventListener("securitypolicyviolation", (event) =>
    kept.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}

/** The Content-Security-Policy violations the page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Opens the app and waits until the map has drawn its basemap. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("basemap-drawn").length > 0, null, {
    timeout: 30_000,
  });
}

/** Where sigma draws a place, in the page's coordinates. */
export async function placePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  await cameraAtRest(page);
  return page.evaluate((place) => {
    const { renderer } = (
      window as unknown as { corridorExplorer: { renderer: import("sigma").default } }
    ).corridorExplorer;
    const data = renderer.getNodeDisplayData(place);
    if (!data) throw new Error(`no place ${place} on the map`);
    const viewport = renderer.framedGraphToViewport(data);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: viewport.x + box.left, y: viewport.y + box.top };
  }, id);
}

/** Waits until sigma's camera has stopped moving (a fit to the route animates it): the same state 100 ms apart. */
export async function cameraAtRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const memo = window as unknown as {
        corridorExplorer: { renderer: import("sigma").default };
        lastCameraState?: string;
      };
      const camera = memo.corridorExplorer.renderer.getCamera();
      const state = JSON.stringify(camera.getState());
      const settled = !camera.isAnimated() && memo.lastCameraState === state;
      memo.lastCameraState = state;
      return settled;
    },
    null,
    { polling: 100, timeout: 30_000 },
  );
}

/** Clicks a place where sigma draws it; waits out sigma's double-click delay first. */
export async function clickPlace(page: Page, id: string): Promise<void> {
  const point = await placePoint(page, id);
  await page.waitForTimeout(350);
  await page.mouse.click(point.x, point.y);
}

/** Waits for the camera to settle, then keeps a picture under tests/e2e/screenshots/. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: new URL(`./screenshots/${name}.png`, import.meta.url).pathname });
}

/** Clicks what starts a download and gives back the file's name and bytes. */
export async function downloadFrom(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}
