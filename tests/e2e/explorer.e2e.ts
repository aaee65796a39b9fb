// The explorer in a real headless Chromium: pick on the map, compare routes, type names, see why no route.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import {
  browserForFile,
  clickPlace,
  cspViolations,
  keepScreenshot,
  launchBrowser,
  openExplorer,
} from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
let page: Page;

beforeEach(async () => {
  page = await browser.newPage();
});

describe("the explorer", () => {
  it("draws the map over the basemap and says how long the first render took", async () => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await openExplorer(page, url);
    const times = await page.evaluate(() =>
      ["explorer-ready", "basemap-drawn"].map((name) =>
        Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1),
      ),
    );
    console.info(`first render: map ${times[0]} ms, basemap ${times[1]} ms after navigation`);
    await expect(page.getByRole("heading", { name: "Routes" })).toBeTruthy();
    expect(await page.locator(".map canvas").count()).toBeGreaterThan(3);
    expect(await page.getByText("Corridor Explorer…").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await policy.getAttribute("content")).toContain("script-src 'self'");
    expect(await policy.getAttribute("content")).toContain("style-src 'self';");
    expect(await policy.getAttribute("content")).not.toContain("unsafe-inline");
    const entry = await page.evaluate(async () => {
      const script = document.querySelector<HTMLScriptElement>("script[type=module]");
      const text = script ? await (await fetch(script.src)).text() : "";
      return { length: text.length, mapped: text.includes("sourceMappingURL") };
    });
    expect(entry.length).toBeGreaterThan(0);
    expect(entry.mapped).toBe(false);
    await keepScreenshot(page, "1-overview");
  });

  it("refuses style attributes, reports them as violations, and lets script set CSS properties", async () => {
    await openExplorer(page, url);
    const colours = await page.evaluate(() => {
      const attribute = document.createElement("span");
      attribute.setAttribute("style", "color: rgb(255, 0, 0)");
      const property = document.createElement("span");
      property.style.setProperty("color", "rgb(0, 128, 0)");
      document.body.append(attribute, property);
      return [attribute, property].map((element) => getComputedStyle(element).color);
    });
    expect(colours).toEqual(["rgb(29, 43, 58)", "rgb(0, 128, 0)"]);
    await expect.poll(() => cspViolations(page)).toEqual(["style-src-attr inline"]);
  });

  it("lists at least two routes from Almaty to Karachi clicked on the map, and shows the second's itinerary", async () => {
    await openExplorer(page, url);
    await clickPlace(page, "almaty");
    await clickPlace(page, "karachi");
    await expect.poll(() => page.locator("#place-from").inputValue()).toBe("Almaty");
    await expect.poll(() => page.locator("#place-to").inputValue()).toMatch(/^Karachi/);
    const cards = page.locator(".route-card");
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(2);
    expect(await cards.nth(0).textContent()).toMatch(
      /\d[\d,]* km · [\d.]+(–[\d.]+)? days · \d+ border crossing/,
    );
    expect(await cards.nth(1).locator(".differs").textContent()).not.toBe("");
    await keepScreenshot(page, "2-almaty-karachi");
    await cards.nth(1).click();
    expect(await cards.nth(1).getAttribute("aria-pressed")).toBe("true");
    const itinerary = page.locator(".itinerary");
    expect(await itinerary.locator("h3").textContent()).toContain("Route 2");
    expect(await itinerary.locator(".stages li").count()).toBeGreaterThan(0);
    // Every Almaty → Karachi route leaves Kazakhstan: the border is a step with its waiting time.
    const border = itinerary.locator('.stages li.transfer[data-kind="border"]').first();
    expect(await border.textContent()).toMatch(/^Border at .+\d+(\.\d)? h · Kazakhstan → /);
    await keepScreenshot(page, "3-route-2-itinerary");
  });

  it("finds Moscou → Téhéran by rail through Kazakhstan and Turkmenistan, in French", async () => {
    await openExplorer(page, url);
    await page.getByRole("button", { name: "FR" }).click();
    await page.getByLabel("De", { exact: true }).fill("Moscou");
    await page.getByLabel("De", { exact: true }).press("Enter");
    await page.getByLabel("Vers", { exact: true }).fill("Téhéran");
    await page.getByLabel("Vers", { exact: true }).press("Enter");
    for (const mode of ["Route", "Mer", "Ferry"])
      await page.getByLabel(mode, { exact: true }).uncheck();
    const best = page.locator(".route-card").first();
    await expect
      .poll(() => best.locator(".countries").textContent())
      .toMatch(/Kazakhstan.*Turkménistan/);
    expect(await page.locator(".stages li").first().textContent()).toMatch(/^Rail/);
    await keepScreenshot(page, "4-moscou-teheran-rail-fr");
    await page.reload();
    await openExplorer(page, url);
    expect(await page.getByRole("button", { name: "FR" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
  });

  it("gives the reason when an option cuts every route", async () => {
    await openExplorer(page, url);
    await clickPlace(page, "almaty");
    await clickPlace(page, "karachi");
    await expect
      .poll(() => page.locator(".route-card").count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const modes = page.getByRole("group", { name: "Allowed modes" });
    for (const mode of ["Rail", "Road"]) await modes.getByLabel(mode, { exact: true }).uncheck();
    const reason = page.locator(".no-route");
    await expect
      .poll(() => reason.textContent())
      .toMatch(/No route.*Almaty.*Karachi.*sea, ferry only cuts them apart/);
    await keepScreenshot(page, "5-no-route-reason");
  });

  it("clears the previous routes and origin marker when the origin typed is unknown", async () => {
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    const cards = page.locator(".route-card");
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const originLabel = () =>
      page.evaluate(() => {
        const { renderer } = (
          window as unknown as { corridorExplorer: { renderer: import("sigma").default } }
        ).corridorExplorer;
        return renderer.getNodeDisplayData("almaty")?.label ?? null;
      });
    expect(await originLabel()).toBe("From · Almaty");

    const field = page.locator("#place-from");
    await field.fill("Almatty");
    await field.press("Enter");
    await expect.poll(() => cards.count()).toBe(0);
    expect(await page.locator(".routes").textContent()).toContain(
      "Choose an origin and a destination",
    );
    expect(await originLabel()).not.toMatch(/^From/);
    expect(await field.inputValue()).toBe("Almatty");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#place-from-problem").textContent()).toMatch(
      /^No place called “Almatty”\. Did you mean Almaty\b/,
    );
    expect(new URL(page.url()).searchParams.get("from")).toBeNull();
    await keepScreenshot(page, "6-unknown-origin-cleared");
  });

  it("stays usable in a narrow window", async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    await openExplorer(page, url);
    await expect.poll(() => page.locator("#place-from").isVisible()).toBe(true);
    await keepScreenshot(page, "6-narrow");
  });
});

describe("without WebGL", () => {
  it("says so plainly instead of a blank page", async () => {
    const noGl = await launchBrowser(["--disable-webgl", "--disable-webgl2"]);
    const plain = await noGl.newPage();
    await plain.goto(url);
    await expect.poll(() => plain.getByRole("alert").textContent()).toMatch(/WebGL/);
    await noGl.close();
  });
});
