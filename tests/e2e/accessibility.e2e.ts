// What axe-core, the engine behind Lighthouse's and most audits' accessibility checks, finds wrong with the page:
// nothing, in English and French, on desktop and phone, before and after a route is drawn.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { browserForFile, DESKTOP, openExplorer, PHONE } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page | undefined;

/** axe-core's script, run in the page as the audit tools inject it (the page's CSP forbids a script tag). */
const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

afterEach(async () => {
  await page?.close();
});

/** Each violation as "rule: the first offending element", so that a failure says what to fix and where. */
async function violations(on: Page): Promise<string[]> {
  await on.evaluate(await axeSource);
  const results = await on.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({
        runOnly: { type: "tag", values: tags },
      }),
    ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ") ?? "?"}`,
  );
}

const routesDrawn = (on: Page) =>
  expect.poll(() => on.locator(".route-card").count(), { timeout: 30_000 }).toBeGreaterThan(0);

describe("accessibility audit (axe-core)", () => {
  it("finds nothing on the empty page at desktop size, in English", async () => {
    page = await browser.newPage(DESKTOP);
    await openExplorer(page, url);
    expect(await violations(page)).toEqual([]);
  });

  it("finds nothing with routes and their itinerary shown, in French, on a phone", async () => {
    page = await browser.newPage(PHONE);
    await openExplorer(page, `${url}?from=almaty&to=karachi&lang=fr`);
    await routesDrawn(page);
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await violations(page)).toEqual([]);
  });

  it("finds nothing with an unknown place typed in, at desktop size", async () => {
    page = await browser.newPage(DESKTOP);
    await openExplorer(page, `${url}?from=almaty&to=tashkent`);
    await routesDrawn(page);
    await page.locator("#place-to").fill("Almatty");
    await page.locator("#place-to").press("Enter");
    await expect.poll(() => page?.locator(".route-card").count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  });
});
