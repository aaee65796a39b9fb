// A touch screen: a tap looks at a place (its card opens) and never changes the trip; the card sets it.
import { describe, expect, inject, it } from "vitest";
import { browserForFile, keepScreenshot, openExplorer, PHONE, placePoint } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();

const newPhone = () =>
  browser.browser().newPage({ viewport: PHONE, hasTouch: true, isMobile: true });

describe("a phone", () => {
  it("looks at a tapped place without changing the trip; Escape closes its card", async () => {
    const page = await newPhone();
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await page.locator(".route-card").first().waitFor();
    const hint = page.locator('[aria-labelledby="trip-heading"] .hint');
    expect(await hint.textContent()).toMatch(/^Tap a place to see it/);
    expect(await hint.textContent()).not.toMatch(/click/i);

    const kashgar = await placePoint(page, "kashgar");
    await page.touchscreen.tap(kashgar.x, kashgar.y);
    const card = page.getByRole("dialog", { name: "Actions for Kashgar" });
    await card.waitFor();
    expect(await card.locator(".place-card").textContent()).toContain("China");
    expect(await page.locator(".tooltip").isHidden()).toBe(true);
    await keepScreenshot(page, "touch-1-place-card");
    expect(await page.locator("#place-to").inputValue()).toBe("Karachi");
    expect(new URL(page.url()).searchParams.get("to")).toBe("karachi");

    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });
    expect(await page.locator(".tooltip").isHidden()).toBe(true);

    await page.touchscreen.tap(kashgar.x, kashgar.y);
    await card.getByRole("button", { name: "Route to here" }).click();
    await expect.poll(() => page.locator("#place-to").inputValue()).toBe("Kashgar");
    await page.close();
  });

  it("says tap in French too", async () => {
    const page = await newPhone();
    await openExplorer(page, `${url}?lang=fr`);
    expect(await page.locator('[aria-labelledby="trip-heading"] .hint').textContent()).toMatch(
      /^Touchez un lieu pour le voir/,
    );
    await page.close();
  });
});
