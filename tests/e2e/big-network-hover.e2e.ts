// Hovering a place on a network of 100k places: the place drawn highlighted and its tooltip shown.
// The time from the pointer's move to the highlighted frame is measured in the page and printed beside
// its target (100 ms; it was about 1.7 s when every hover reduced all 100k places and links again).
// No bound on it is asserted: a loaded machine changes the figure, not the answer.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { browserForFile, openExplorer, placePoint } from "./browser";
import { generatedNetworkJson } from "./generated-network";

const url = inject("appUrl");
const browser = browserForFile();
/** The 100k import takes up to 80 s on a loaded 2-core machine; a hung import still fails the test. */
const IMPORT_TIMEOUT_MS = 200_000;

type HoverDrawn = { place: string; highlighted: boolean; ms: number };
type Explorer = { corridorExplorer: { renderer: import("sigma").default } };

/** Runs in the page: a place drawn well inside the map (its middle half), for the pointer to go to. */
function placeInsideMap(): string {
  const { renderer } = (window as unknown as Explorer).corridorExplorer;
  const box = renderer.getContainer().getBoundingClientRect();
  for (const node of renderer.getGraph().nodes()) {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) continue;
    const at = renderer.framedGraphToViewport(data);
    if (
      Math.abs(at.x - box.width / 2) < box.width / 4 &&
      Math.abs(at.y - box.height / 2) < box.height / 4
    )
      return node;
  }
  throw new Error("no place inside the map");
}

/**
 * Runs in the page: from now on, the next place the pointer enters resolves `window.hoverDrawn` with
 * that place, whether it is drawn highlighted, and the time from the pointer's move to the next frame
 * (sigma redraws on the hover itself, so the frame after it shows the highlight).
 */
function measureNextHover(): void {
  const { renderer } = (window as unknown as Explorer).corridorExplorer;
  let movedAt = 0;
  window.addEventListener("mousemove", () => (movedAt = performance.now()), { capture: true });
  const drawn = new Promise<HoverDrawn>((resolve) => {
    renderer.once("enterNode", ({ node }: { node: string }) => {
      requestAnimationFrame(() =>
        resolve({
          place: node,
          highlighted: renderer.getNodeDisplayData(node)?.highlighted === true,
          ms: performance.now() - movedAt,
        }),
      );
    });
  });
  Object.assign(window, { hoverDrawn: drawn });
}

describe("a network of 100k places", () => {
  it(
    "highlights a hovered place and shows its tooltip",
    async () => {
      const file = join(mkdtempSync(join(tmpdir(), "corridor-big-")), "big.json");
      writeFileSync(file, generatedNetworkJson(100_000));
      const page = await browser.newPage();
      await openExplorer(page, url);
      await page.locator("#network-file").setInputFiles(file);
      await page.waitForFunction(
        () => performance.getEntriesByName("network-ready").length > 0,
        null,
        { timeout: IMPORT_TIMEOUT_MS, polling: 250 },
      );
      expect(await page.locator(".network-name").textContent()).toMatch(
        /^big\.json · 100,000 places/,
      );
      const target = await placePoint(page, await page.evaluate(placeInsideMap));
      // Away from it first (the top-left corner of the map), then onto it.
      const box = await page.locator(".sigma-mouse").boundingBox();
      await page.mouse.move((box?.x ?? 0) + 2, (box?.y ?? 0) + 2);
      await page.evaluate(measureNextHover);
      await page.mouse.move(target.x, target.y);
      const { place, highlighted, ms } = await page.evaluate(
        () => (window as unknown as { hoverDrawn: Promise<HoverDrawn> }).hoverDrawn,
      );
      console.info(
        `100k places: hover over ${place} drawn ${Math.round(ms)} ms after the pointer moved (target under 100 ms)`,
      );
      expect(highlighted).toBe(true);
      const tooltip = page.locator(".tooltip");
      await expect.poll(() => tooltip.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await tooltip.locator("strong").textContent()).toBe(
        // The generated network names place p<n> "Place <n>".
        `Place ${place.slice(1)}`,
      );
      await page.close();
    },
    IMPORT_TIMEOUT_MS + 60_000,
  );
});
