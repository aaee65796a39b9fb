// The corridors' cards in the real browser: a line at a glance, the figures with their sources folded
// under it, in English and French, and a button that asks for routes between the corridor's ends.
import { describe, expect, inject, it } from "vitest";
import { browserForFile, keepScreenshot, openExplorer, PHONE } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();

describe("corridor cards", () => {
  it("show the Middle Corridor's km, countries, figures and sources, and route between its ends", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    const card = page.locator(".corridor", { has: page.locator("#check-show-middle-corridor") });
    await expect
      .poll(() => card.locator(".corridor-glance").textContent())
      .toMatch(/^[\d,]+ km of links · [\d,]+ km operational.*Kazakhstan.*Azerbaijan.*Georgia/);
    expect(await card.locator(".corridor-figures").isVisible()).toBe(false);

    await card.getByText("Sections, crossings, figures").click();
    const figures = card.locator(".corridor-figures > li");
    const lines = await figures.allTextContents();
    expect(lines.join("\n")).toContain("Volume 2024: 4.5 Mt — Cargo on the Middle Corridor (TITR)");
    expect(lines.join("\n")).toContain("Capacity (target): 10 Mt a year");
    const firstSource = figures.first().locator(".sources a").first();
    expect(await firstSource.getAttribute("href")).toMatch(/^https:\/\//);
    expect(await card.textContent()).toMatch(/Border crossings: .*Dostyk.*Sarp/);
    await keepScreenshot(page, "corridor-card-desktop");

    await card.getByRole("button", { name: /^Routes Xi'an → Istanbul$/ }).click();
    await expect
      .poll(() => page.locator(".route-card").count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await page.locator("#place-from").inputValue()).toMatch(/^Xi'an/);
    expect(await page.locator("#place-to").inputValue()).toMatch(/^Istanbul/);

    // Its other button compares this corridor against the others for the same ends.
    await card.getByRole("button", { name: /^Compare corridors Xi'an → Istanbul$/ }).click();
    const rows = page.locator('table[data-table="compare"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    expect((await rows.allTextContents()).join("\n")).toMatch(/Middle Corridor/);
    await page.close();
  });

  it("read in French on a phone, with French numbers", async () => {
    const page = await browser.newPage(PHONE);
    await openExplorer(page, `${url}?lang=fr`);
    const card = page.locator(".corridor", { has: page.locator("#check-show-middle-corridor") });
    await card.getByText("Sections, passages, chiffres").click();
    const lines = (await card.locator(".corridor-figures > li").allTextContents()).join("\n");
    expect(lines).toContain("Volume 2024 : 4,5 Mt — Fret sur le corridor médian (TITR)");
    expect(lines).toContain("Capacité (objectif) : 10 Mt par an");
    expect(await card.locator(".corridor-glance").textContent()).toMatch(/km en service/);
    await card.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "corridor-card-phone-fr");
    // The card opened stays open when the panel is drawn again in English.
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await expect.poll(() => card.getByText("Sections, crossings, figures").isVisible()).toBe(true);
    expect(await card.locator(".corridor-figures").isVisible()).toBe(true);
    await page.close();
  });
});
