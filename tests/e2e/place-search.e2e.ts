// Place search in a real browser: suggestions by mouse and keyboard, names and countries, other names.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { browserForFile, keepScreenshot, openExplorer, PHONE } from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page;

beforeEach(async () => {
  page = await browser.newPage();
});

const address = (on: Page) => Object.fromEntries(new URL(on.url()).searchParams);
const optionsOf = (on: Page, field: string) =>
  on.locator(`#${field}-options`).getByRole("option").allTextContents();

describe("place search", () => {
  it("suggests places by name and country, without ids, and takes a click", async () => {
    await openExplorer(page, url);
    const from = page.getByRole("combobox", { name: "From" });
    await from.pressSequentially("alm");
    expect(await from.getAttribute("aria-expanded")).toBe("true");
    expect(await optionsOf(page, "place-from")).toEqual(["Almaty · Kazakhstan"]);
    await keepScreenshot(page, "search-1-suggestions");
    await page.getByRole("option", { name: "Almaty · Kazakhstan" }).click();
    expect(await from.inputValue()).toBe("Almaty");
    expect(await from.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("#place-from-options").isVisible()).toBe(false);
    expect(address(page)).toMatchObject({ from: "almaty" });
  });

  it("finds a place by another name and picks it with the keyboard", async () => {
    await openExplorer(page, url);
    const to = page.getByRole("combobox", { name: "To" });
    await to.pressSequentially("Nur-Sul");
    expect(await optionsOf(page, "place-to")).toEqual(["Astana · Kazakhstan (Nur-Sultan)"]);
    await to.press("ArrowDown");
    const active = await to.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute("aria-selected")).toBe("true");
    await to.press("Enter");
    expect(await to.inputValue()).toBe("Astana");
    expect(address(page)).toMatchObject({ to: "astana" });
  });

  it("moves through the suggestions with the arrows and closes them with Escape", async () => {
    await openExplorer(page, url);
    const from = page.getByRole("combobox", { name: "From" });
    await from.pressSequentially("ash");
    const names = await optionsOf(page, "place-from");
    expect(names[0]).toBe("Ashgabat · Turkmenistan");
    await from.press("ArrowUp");
    const last = `place-from-option-${names.length - 1}`;
    expect(await from.getAttribute("aria-activedescendant")).toBe(last);
    await from.press("ArrowDown");
    expect(await from.getAttribute("aria-activedescendant")).toBe("place-from-option-0");
    await from.press("Escape");
    expect(await from.getAttribute("aria-expanded")).toBe("false");
    expect(await from.getAttribute("aria-activedescendant")).toBeNull();
    expect(await from.inputValue()).toBe("ash");
  });

  it("adds a via place by its old name, in French too", async () => {
    await openExplorer(page, url);
    await page.getByRole("button", { name: "FR" }).click();
    await page.getByText(/^Plus : liens prévus/).click();
    const via = page.locator("#via-input");
    await via.pressSequentially("Tiflis");
    expect(await optionsOf(page, "via-input")).toEqual(["Tbilissi · Géorgie (Tiflis)"]);
    await page.getByRole("option", { name: /Tbilissi/ }).click();
    await expect.poll(() => address(page).via).toBe("tbilisi");
    const viaPlaces = page.getByRole("group", { name: "Passer par" });
    expect(await viaPlaces.getByRole("listitem").allTextContents()).toEqual(["Tbilissi×"]);
  });

  it("names the closest places by name and country when a name is unknown, and offers them", async () => {
    await openExplorer(page, url);
    const from = page.getByRole("combobox", { name: "From" });
    await from.fill("Ashgabadd");
    await from.press("Enter");
    const problem = await page.locator("#place-from-problem").textContent();
    expect(problem).toMatch(/^No place called “Ashgabadd”\. Did you mean Ashgabat · Turkmenistan/);
    expect(problem).not.toMatch(/\(ashgabat\)|_/);
    // The places meant are offered to choose from.
    expect((await optionsOf(page, "place-from"))[0]).toBe("Ashgabat · Turkmenistan");
    await from.press("ArrowDown");
    await from.press("Enter");
    expect(await from.inputValue()).toBe("Ashgabat");
    expect(await page.locator("#place-from-problem").textContent()).toBe("");
    expect(address(page)).toMatchObject({ from: "ashgabat" });
  });

  it("shows its suggestions over the panel on a phone", async () => {
    const phone = await browser.newPage(PHONE);
    await openExplorer(phone, url);
    const from = phone.getByRole("combobox", { name: "From" });
    await from.pressSequentially("ka");
    await phone.getByRole("option").first().waitFor();
    await keepScreenshot(phone, "search-2-phone");
    await phone.getByRole("option").first().click();
    expect(await from.getAttribute("aria-expanded")).toBe("false");
  });
});
