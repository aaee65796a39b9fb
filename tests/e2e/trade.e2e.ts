// Kazakhstan's trade panel in the real browser: China's figures with their source, in English then French.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { tinyNetwork } from "../fixtures/tiny-network";
import { browserForFile, cspViolations, keepScreenshot, openExplorer } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page;

beforeEach(async () => {
  page = await browser.newPage();
  await openExplorer(page, url);
});

/** Text with its no-break spaces made plain, to compare amounts. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

describe("Kazakhstan's trade", () => {
  it("opens China's group on the 2024 figure and its source, then shows it the French way", async () => {
    const panel = page.locator('[data-panel="trade"]');
    expect(await panel.getByRole("heading").textContent()).toBe("Kazakhstan’s trade");
    const china = panel.locator('[data-partner="CN"] > details');
    expect(await china.getAttribute("open")).toBeNull();
    await panel.locator("h2").scrollIntoViewIfNeeded();
    await keepScreenshot(page, "15-trade-partners");
    const summary = china.locator("> summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await china.getAttribute("open")).toBe("");
    const figure = china.locator('[data-figure="cn-turnover-2024-article"]');
    expect(plain(await figure.locator(".trade-line").textContent())).toBe(
      "43.8 bn USD turnover, 2024",
    );
    expect(plain(await figure.locator(".trade-target").textContent())).toBe(
      "target 87.6 bn USD by 2030",
    );
    expect(await figure.locator(".sources").textContent()).toContain(
      "Le Kazakhstan et la Chine s'engagent à doubler leurs échanges commerciaux d'ici 2030",
    );
    await figure.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "16-trade-china");

    await page.getByRole("button", { name: "FR" }).click();
    expect(await panel.getByRole("heading").textContent()).toBe("Commerce du Kazakhstan");
    expect(await china.getAttribute("open")).toBe("");
    expect(plain(await summary.textContent())).toBe("Chine 43,8 Md USD · 2024");
    expect(plain(await figure.locator(".trade-line").textContent())).toBe(
      "43,8 Md USD échanges, 2024",
    );
    await figure.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "17-trade-china-fr");
    const kyrgyzstan = panel.locator('[data-partner="KG"] > details');
    await kyrgyzstan.locator("> summary").click();
    const forecast = kyrgyzstan.locator('[data-figure="kg-turnover-2024-forecast-article"]');
    expect(plain(await forecast.locator(".trade-line").textContent())).toBe(
      "1,8 Md USD échanges, 2024estimation",
    );
    await forecast.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "18-trade-kyrgyzstan-estimate-fr");
    expect(await cspViolations(page)).toEqual([]);
  });

  it("says so when a loaded network has no trade figures", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "corridor-trade-")), "no-trade.json");
    writeFileSync(file, JSON.stringify({ ...tinyNetwork(), trade: [] }));
    await page.locator("#network-file").setInputFiles(file);
    const panel = page.locator('[data-panel="trade"]');
    await expect
      .poll(() => panel.locator(".trade-none").textContent())
      .toBe("No trade figures in this network.");
    expect(await panel.locator(".trade-partner").count()).toBe(0);
  });
});
