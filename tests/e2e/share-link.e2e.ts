// Shareable links in the real browser: the address follows the view, and opening it restores the view.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { browserForFile, clickPlace, keepScreenshot, openExplorer } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page;

beforeEach(async () => {
  page = await browser.newPage();
});

const cardTexts = (on: Page) => on.locator(".route-card").allTextContents();

describe("a shareable link", () => {
  it("restores the routes set by hand, in the same language, with the same route selected", async () => {
    await openExplorer(page, url);
    await page.getByRole("button", { name: "FR" }).click();
    await clickPlace(page, "almaty");
    await clickPlace(page, "karachi");
    await page.locator("#radio-criterion-hours").check();
    await page.locator("#alternatives").fill("2");
    await page.locator("#alternatives").dispatchEvent("change");
    await expect.poll(() => page.locator(".route-card").count()).toBe(2);
    await page.locator(".route-card").nth(1).click();
    const byHand = await cardTexts(page);
    const address = new URL(page.url()).searchParams;
    expect(Object.fromEntries(address)).toEqual({
      from: "almaty",
      to: "karachi",
      by: "hours",
      k: "2",
      lang: "fr",
      route: "2",
    });

    const shared = await browser.newPage();
    await openExplorer(shared, `${url}?from=almaty&to=karachi&by=hours&k=2&route=2&lang=fr`);
    await expect.poll(() => cardTexts(shared)).toEqual(byHand);
    expect(await shared.locator(".route-card").nth(1).getAttribute("aria-pressed")).toBe("true");
    expect(await shared.locator("html").getAttribute("lang")).toBe("fr");
    expect(await shared.locator(".notice").count()).toBe(0);
    await keepScreenshot(shared, "9-shared-link-fr");
    await shared.close();
  });

  it("keeps the month of travel: Kashgar to Islamabad in January goes round the closed Khunjerab pass", async () => {
    await openExplorer(page, `${url}?from=kashgar&to=islamabad&k=1`);
    await expect.poll(() => page.locator(".itinerary").textContent()).toContain("Khunjerab");
    expect(await page.locator(".itinerary .seasonal").textContent()).toMatch(
      /^Seasonal: Khunjerab Pass is closed in December, January/,
    );
    await page.locator("#month").selectOption("1");
    await expect.poll(() => new URL(page.url()).searchParams.get("month")).toBe("1");
    await expect.poll(() => page.locator(".itinerary").textContent()).not.toContain("Khunjerab");
    expect(await page.locator(".closed-in-month").allTextContents()).toEqual([
      "Closed in January: Khunjerab Pass",
    ]);
    const shared = await browser.newPage();
    await openExplorer(shared, page.url());
    await expect.poll(() => shared.locator("#month").inputValue()).toBe("1");
    await expect.poll(() => shared.locator(".route-card").count()).toBe(1);
    expect(await shared.locator(".itinerary").textContent()).not.toContain("Khunjerab");
    await shared.close();
  });

  it("naming a route beyond those found says so and shows route 1", async () => {
    await openExplorer(page, `${url}?from=almaty&to=karachi&route=10`);
    const cards = page.locator(".route-card");
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const count = await cards.count();
    expect(count).toBeLessThan(10);
    await expect
      .poll(() => page.locator(".notice li").allTextContents())
      .toEqual([`route=10: only ${count} routes were found, route 1 is shown`]);
    expect(await cards.first().getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page.url()).searchParams.get("route")).toBeNull();
  });

  it("with an unknown place opens the explorer and names what was ignored", async () => {
    await openExplorer(page, `${url}?from=atlantis&to=karachi&k=eleven&colour=red`);
    const notice = page.locator(".notice");
    await expect.poll(() => notice.textContent()).toContain("from=atlantis: unknown place");
    expect(await notice.textContent()).toContain("k=eleven");
    expect(await notice.textContent()).toContain("colour=red");
    expect(await page.locator("#place-to").inputValue()).toMatch(/^Karachi/);
    await keepScreenshot(page, "10-link-ignored");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    expect(await page.locator(".notice").count()).toBe(0);
  });

  it("copies the address with Copy link", async () => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.locator(".copy-status").textContent()).not.toBe("");
    const status = await page.locator(".copy-status").textContent();
    if (status === "Link copied.") {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    } else {
      expect(await page.locator(".copy-status input").inputValue()).toBe(page.url());
    }
  });
});
