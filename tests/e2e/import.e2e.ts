// Loading a user's network in the real browser: refused with every problem, or shown with names as text.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import builtInLinks from "../../data/links.json";
import builtInPlaces from "../../data/places.json";
import { corridorOutlines } from "../../src/core/corridors";
import { networkToCsv } from "../../src/core/network-file/csv-network";
import { corridorKmLine } from "../../src/text/corridor-card-text";
import { tinyNetwork } from "../fixtures/tiny-network";
import {
  browserForFile,
  cspViolations,
  downloadFrom,
  keepScreenshot,
  openExplorer,
} from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
const folder = mkdtempSync(join(tmpdir(), "corridor-import-"));
const XSS = "<img src=x onerror=alert(1)>";
let page: Page;
let dialogs: string[];

beforeEach(async () => {
  page = await browser.newPage();
  dialogs = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await openExplorer(page, `${url}?from=almaty&to=karachi`);
});

/** The built-in network as the panel names it, counted from data/. */
const BUILT_IN = `Built-in network · ${builtInPlaces.length} places · ${builtInLinks.length} links`;
const networkName = () => page.locator(".network-name").textContent();

/** Drops files on the page as a user dragging them from the desktop would. */
async function dropFiles(files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name));
    const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new DragEvent("dragenter", init));
    document.body.dispatchEvent(new DragEvent("drop", init));
  }, files);
}

describe("loading a network", () => {
  it("refuses a broken file, lists every problem by file, record and field, and keeps the network", async () => {
    const broken = tinyNetwork();
    Object.assign(broken.links[0] as object, { to: "atlantis" });
    Object.assign(broken.places[1] as object, { lat: "north" });
    const file = join(folder, "broken.json");
    writeFileSync(file, JSON.stringify(broken));
    await page.locator("#network-file").setInputFiles(file);
    const problems = page.locator(".import-problems li");
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    const lines = await problems.allTextContents();
    expect(lines).toContain(
      'broken.json › links › id "almaty--aktau--rail" (#1) › to: unknown place "atlantis"',
    );
    expect(lines.some((line) => /broken\.json › places › .*aktau.* › lat: /.test(line))).toBe(true);
    expect(await page.locator(".import-status").textContent()).toMatch(
      /network shown is unchanged/,
    );
    expect(await networkName()).toBe(BUILT_IN);
    expect(await page.locator(".route-card").count()).toBeGreaterThan(0);
    await page.locator(".import-status").scrollIntoViewIfNeeded();
    await keepScreenshot(page, "11-import-refused");
  });

  it("refuses a file over the size limit before reading it, and keeps the network", async () => {
    await page.evaluate(() => {
      // 257 MiB of zeros: never read, as its size is checked first.
      const huge = new File([new ArrayBuffer(257 * 2 ** 20)], "huge.json");
      const transfer = new DataTransfer();
      transfer.items.add(huge);
      const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
      document.body.dispatchEvent(new DragEvent("dragenter", init));
      document.body.dispatchEvent(new DragEvent("drop", init));
    });
    const problems = page.locator(".import-problems li");
    await expect
      .poll(() => problems.allTextContents())
      .toEqual([expect.stringMatching(/^huge\.json: is 257\.0 MiB, over the limit of 256 MiB/)]);
    const readingStarted = await page.evaluate(
      () => performance.getEntriesByName("import-reading").length,
    );
    expect(readingStarted).toBe(0);
    expect(await networkName()).toBe(BUILT_IN);
  });

  it("refuses two CSV files with a bad row, naming the file and the field", async () => {
    const csv = networkToCsv(tinyNetwork());
    const files = [
      { name: "places.csv", text: csv.places },
      { name: "links.csv", text: csv.links.replace("almaty,aktau", "almaty,atlantis") },
    ];
    for (const file of files) writeFileSync(join(folder, file.name), file.text);
    await page.locator("#network-file").setInputFiles(files.map((file) => join(folder, file.name)));
    const problems = page.locator(".import-problems li");
    await expect
      .poll(() => problems.allTextContents())
      .toContainEqual(
        expect.stringMatching(
          /^links\.csv › .*almaty--aktau--rail.* › to: unknown place "atlantis"/,
        ),
      );
    expect(await networkName()).toMatch(/^Built-in network/);
  });

  it("shows a dropped network's names as text, exports it, and goes back to the built-in one", async () => {
    const tiny = tinyNetwork();
    Object.assign((tiny.places[3] as { name: object }).name, { en: XSS, fr: XSS });
    await dropFiles([{ name: "tiny.json", text: JSON.stringify(tiny) }]);
    // Loading starts a worker and mounts a new explorer: seconds on a busy 2-core machine.
    await expect.poll(networkName, { timeout: 20_000 }).toMatch(/^tiny\.json · 5 places · 5 links/);
    expect(await page.locator("#place-from").inputValue()).toBe("Almaty");
    expect(await page.locator("#place-to").inputValue()).toBe("");
    await page.locator("#place-to").fill(XSS);
    await page.locator("#place-to").press("Enter");
    await expect.poll(() => page.locator(".itinerary").textContent()).toContain(XSS);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    // Each corridor's card states its km in the network loaded (its worker outlines them).
    const kmLines = tiny.corridors.map((corridor) => {
      const outline = corridorOutlines(tiny).get(corridor.id);
      if (!outline?.km.operational) throw new Error(`${corridor.id} has no km to show`);
      return corridorKmLine(outline.km, "en");
    });
    const glances = () => page.locator(".corridor-glance").allTextContents();
    await expect
      .poll(async () => (await glances()).map((glance, i) => glance.startsWith(kmLines[i] ?? "-")))
      .toEqual(kmLines.map(() => true));
    await keepScreenshot(page, "12-imported-names-as-text");

    const exported = await downloadFrom(page, () =>
      page.locator('[data-network-export="json"]').click(),
    );
    expect(exported.name).toBe("tiny.json");
    expect(JSON.parse(exported.bytes.toString("utf8")).places[3].name.en).toBe(XSS);

    await page.getByRole("button", { name: "Back to the built-in network" }).click();
    await expect.poll(networkName, { timeout: 20_000 }).toBe(BUILT_IN);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("shows the places a file's parse reads, not a list its early scan cannot tell (a key with escapes)", async () => {
    // JSON.parse keeps the last of the two keys: the escaped one, with the real places.
    const { places, ...rest } = tinyNetwork();
    const text = `{"places":[{"id":"decoy"}],${JSON.stringify(rest).slice(1, -1)},"pl\\u0061ces":${JSON.stringify(places)}}`;
    await dropFiles([{ name: "escaped.json", text }]);
    await expect
      .poll(networkName, { timeout: 20_000 })
      .toMatch(/^escaped\.json · 5 places · 5 links/);
    await page.locator("#place-to").fill("Aktau");
    await page.locator("#place-to").press("Enter");
    await expect.poll(() => page.locator(".itinerary").textContent()).toContain("Aktau");
  });

  it("works without a basemap whose chunk fails to load, says so, and still loads networks", async () => {
    await page.close();
    page = await browser.newPage();
    await page.route("**/*basemap-overview-*.js", (route) => route.abort());
    await page.goto(url);
    const missing = page.locator(".basemap-missing");
    await expect
      .poll(() => missing.textContent(), { timeout: 20_000 })
      .toBe("The country outlines could not be loaded; the map works without them.");
    await dropFiles([{ name: "tiny.json", text: JSON.stringify(tinyNetwork()) }]);
    await expect.poll(networkName, { timeout: 20_000 }).toMatch(/^tiny\.json · 5 places/);
    // Drawing ends without the basemap: the progress goes and the next load is heard.
    await expect.poll(() => page.locator(".import-status").textContent()).toBe("");
    expect(await missing.count()).toBe(1);
    await page.getByRole("button", { name: "Back to the built-in network" }).click();
    await expect.poll(networkName, { timeout: 20_000 }).toBe(BUILT_IN);
    await keepScreenshot(page, "17-without-basemap");
  });
});
