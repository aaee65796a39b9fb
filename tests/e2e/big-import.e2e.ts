// Generated networks of 10k and 100k places loaded in the real browser: drawn while checked, progress
// shown, no task frozen for long, a hovered place highlighted at once, and a long check that can be
// cancelled.
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { browserForFile, cameraAtRest, keepScreenshot, openExplorer, placePoint } from "./browser";
import { generatedNetworkJson } from "./generated-network";

const url = inject("appUrl");
const browser = browserForFile();
const STAGES = ["import-reading", "import-checking", "import-building", "import-drawing"];
/**
 * Longest main-thread task allowed while loading. The target is 1 s. Sigma now indexes the graph in
 * steps and the mount's data is prepared in short tasks; the longest left are the mount and a slice's
 * task, 0.6-0.9 s on this shared 2-core machine on a slow day at a load of 2-2.5 (before, sigma's one
 * indexing task took 2.3-3.1 s there, the mount 2.0-2.5 s). The bound leaves room for a busier machine.
 */
const LONGEST_TASK_MS = 1_500;

const written = new Map<number, string>();

/** A generated network of `places` places written to a file named big.json (once per size: it takes seconds). */
function bigNetworkFile(places: number): string {
  let file = written.get(places);
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), "corridor-big-")), "big.json");
    writeFileSync(file, generatedNetworkJson(places));
    written.set(places, file);
  }
  return file;
}

/** Runs in the page: keeps every task that held the main thread over 50 ms, as [start, duration]. */
function recordLongTasks(): void {
  const kept: [number, number][] = [];
  Object.assign(window, { longTasks: kept });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) kept.push([task.startTime, task.duration]);
  }).observe({ type: "longtask", buffered: true });
}

/** Runs in the page: notes each worker the page starts and whether it was terminated. */
function recordWorkers(): void {
  const started: { url: string; terminated: boolean }[] = [];
  Object.assign(window, { workersStarted: started });
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    #record = { url: "", terminated: false };
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.#record.url = String(url);
      started.push(this.#record);
    }
    override terminate() {
      this.#record.terminated = true;
      super.terminate();
    }
  };
}

/**
 * Runs in the page: once `refuseBigBuffers` is set, a float array of over 50k numbers cannot be
 * made, as when memory runs out (the built-in network's map needs far less; workers are untouched).
 */
function refuseBigBuffersWhenAsked(): void {
  const PageFloat32Array = window.Float32Array;
  const Refusing = new Proxy(PageFloat32Array, {
    construct(target, args) {
      const [size] = args;
      const refused = (window as unknown as { refuseBigBuffers?: boolean }).refuseBigBuffers;
      if (refused && typeof size === "number" && size > 50_000)
        throw new RangeError("Array buffer allocation failed");
      return Reflect.construct(target, args);
    },
  });
  window.Float32Array = Refusing;
}

type Explorer = { corridorExplorer: { renderer: import("sigma").default } };
type HoverDrawn = { place: string; highlighted: boolean; ms: number };

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

/** Runs in the page: how the map draws each place and link now, and again after sigma reduces them all afresh. */
function drawnNowAndAfresh() {
  const { renderer } = (window as unknown as Explorer).corridorExplorer;
  const look = ({ color, size, zIndex, hidden, label }: Record<string, unknown>) =>
    JSON.stringify([color, size, zIndex, hidden, label]);
  const drawn = () => {
    const graph = renderer.getGraph();
    return [
      ...graph.mapNodes((node) => look({ ...renderer.getNodeDisplayData(node) })),
      ...graph.mapEdges((edge) => look({ ...renderer.getEdgeDisplayData(edge) })),
    ];
  };
  const now = drawn();
  renderer.refresh();
  return { now, afresh: drawn() };
}

/** Runs in the page: the places of the route shown first that the map does not show. */
function routePlacesOutOfView(): string[] {
  type Shown = { kind: string; routes?: { places: string[] }[] };
  const { renderer, search } = (
    window as unknown as {
      corridorExplorer: Explorer["corridorExplorer"] & { search: { get(): { shown: Shown } } };
    }
  ).corridorExplorer;
  const { width, height } = renderer.getDimensions();
  const places = search.get().shown.routes?.[0]?.places ?? [];
  return places.filter((id) => {
    const data = renderer.getNodeDisplayData(id);
    const at = data && renderer.framedGraphToViewport(data);
    return !at || !(at.x >= 0 && at.x <= width && at.y >= 0 && at.y <= height);
  });
}

/** Waits until sigma has ended the indexing it runs in steps (the project's patch of sigma marks it). */
async function indexed(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { renderer } = (window as unknown as Explorer).corridorExplorer;
      return (renderer as unknown as { indexingInSteps?: boolean }).indexingInSteps !== true;
    },
    null,
    { timeout: 30_000, polling: 100 },
  );
}

/** Waits until `count` networks were loaded and made ready since the page opened. */
async function networksReady(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (ready) => performance.getEntriesByName("network-ready").length >= ready,
    count,
    { timeout: 60_000, polling: 250 },
  );
}

describe("a network of 10k places, drawn while it is checked", () => {
  it("draws the trip it keeps from the network before, then its routes, as sigma draws every place and link afresh", async () => {
    const first = bigNetworkFile(10_000);
    const second = join(dirname(first), "again.json");
    copyFileSync(first, second);
    const page = await browser.newPage();
    await openExplorer(page, url);
    await page.locator("#network-file").setInputFiles(first);
    await networksReady(page, 1);
    await page.locator("#place-from").fill("p1");
    await page.locator("#place-from").press("Enter");
    await page.locator("#network-file").setInputFiles(second);
    await networksReady(page, 2);
    const name = (await page.locator(".network-name").textContent()) ?? "";
    const [, places, links] = name.match(/^again\.json · ([\d,]+) places · ([\d,]+) links/) ?? [];
    const count = (figure = "") => Number(figure.replaceAll(",", ""));
    expect(await page.evaluate(() => performance.getEntriesByName("map-predrawn").length)).toBe(2);
    const origin = await page.evaluate(() =>
      (window as unknown as Explorer).corridorExplorer.renderer.getNodeDisplayData("p1"),
    );
    expect(origin?.label).toMatch(/^From · /);
    await indexed(page);
    const { now, afresh } = await page.evaluate(drawnNowAndAfresh);
    expect(now.length).toBe(count(places) + count(links));
    expect(now).toEqual(afresh);
    expect(await page.locator(".map-predrawn").count()).toBe(0);
    // Its routes, once found, are drawn as sigma draws them afresh too (in steps, as the graph was).
    await page.locator("#place-to").fill("p2");
    await page.locator("#place-to").press("Enter");
    await page.locator(".route-card").first().waitFor({ timeout: 30_000 });
    await indexed(page);
    const routed = await page.evaluate(drawnNowAndAfresh);
    expect(routed.now).not.toEqual(now);
    expect(routed.now).toEqual(routed.afresh);
    // The map is framed on the route: every place of it in view.
    await cameraAtRest(page);
    expect(await page.evaluate(routePlacesOutOfView)).toEqual([]);
    await page.close();
  });

  it("leaves nothing drawn out of sight when the network is refused", async () => {
    const network = JSON.parse(generatedNetworkJson(10_000));
    // A fault the map does not read: the network is drawn while checked, then refused.
    network.links.at(-1).time.sources = ["nowhere"];
    const file = join(mkdtempSync(join(tmpdir(), "corridor-big-")), "refused.json");
    writeFileSync(file, JSON.stringify(network));
    const page = await browser.newPage();
    await openExplorer(page, url);
    const canvases = await page.locator("canvas").count();
    await page.locator("#network-file").setInputFiles(file);
    await expect
      .poll(() => page.locator(".import-problems li").allTextContents(), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/nowhere/)]);
    expect(await page.evaluate(() => performance.getEntriesByName("map-predrawn").length)).toBe(1);
    expect(await page.locator(".map-predrawn").count()).toBe(0);
    expect(await page.locator("canvas").count()).toBe(canvases);
    expect(await page.locator(".network-name").textContent()).toMatch(/^Built-in network · /);
    await page.close();
  });
});

describe("a network of 100k places", () => {
  /** The page the first test loads the network in, which the hover test goes on with. */
  let loaded: Page | null = null;
  afterAll(() => loaded?.close());

  it("loads with its progress shown through every long task, up to the network being ready", async () => {
    const file = bigNetworkFile(100_000);
    const page = await browser.newPage();
    loaded = page;
    await page.addInitScript(recordLongTasks);
    await openExplorer(page, url);
    await page.locator("#network-file").setInputFiles(file);
    const progress = () => page.locator(".import-status").textContent();
    await expect.poll(progress, { timeout: 20_000 }).toMatch(/Checking/);
    await page.locator(".import-status").scrollIntoViewIfNeeded();
    await keepScreenshot(page, "13-big-import-checking");
    await page.waitForFunction(
      () => performance.getEntriesByName("network-ready").length > 0,
      null,
      {
        timeout: 80_000,
        polling: 250,
      },
    );
    const { marks, tasks } = await page.evaluate((stages) => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
      const longTasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
      return { marks: [...stages, "network-ready"].map(at), tasks: longTasks };
    }, STAGES);
    const [reading, , , , ready] = marks as number[];
    expect(marks).toEqual([...marks].sort((a, b) => a - b));
    expect(await page.locator(".network-name").textContent()).toMatch(
      /^big\.json · 100,000 places/,
    );
    const during = tasks.filter(
      ([start]) => start >= (reading as number) && start < (ready as number),
    );
    const longest = Math.max(...during.map(([, duration]) => duration));
    // Each task over a second starts after a stage's message is on the screen, before the network is ready.
    const frozenWithoutProgress = tasks.filter(
      ([start, duration]) =>
        duration > 1000 && (start < (reading as number) || start >= (ready as number)),
    );
    console.info(
      `100k import: ready ${Math.round((ready as number) - (reading as number))} ms after the files were picked; ` +
        `stages at ${marks.map((mark) => Math.round(mark - (reading as number))).join(", ")} ms; ` +
        `longest task ${Math.round(longest)} ms`,
    );
    expect(frozenWithoutProgress).toEqual([]);
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
    await keepScreenshot(page, "14-big-network");
  });

  // Measured in the page and printed beside its target (100 ms; it was about 1.7 s when every hover
  // reduced all 100k places and links again). No bound is asserted: a loaded machine changes the
  // figure, not the answer.
  it("highlights a hovered place and shows its tooltip", async () => {
    const page = loaded;
    if (!page) throw new Error("the network of the test before was not loaded");
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
    // The generated network names place p<n> "Place <n>".
    expect(await tooltip.locator("strong").textContent()).toBe(`Place ${place.slice(1)}`);
  });

  it("says so when the map cannot draw a big network, whose routes still work", async () => {
    const file = bigNetworkFile(10_000);
    const page = await browser.newPage();
    await page.addInitScript(refuseBigBuffersWhenAsked);
    await openExplorer(page, url);
    await page.evaluate(() => Object.assign(window, { refuseBigBuffers: true }));
    await page.locator("#network-file").setInputFiles(file);
    const status = page.locator(".import-status");
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe(
        "big.json is loaded, but the map could not draw it (Array buffer allocation failed); route search and the other sections still work.",
      );
    expect(await page.locator(".network-name").textContent()).toMatch(/^big\.json · 10,000 places/);
    await page.locator("#place-from").fill("p1");
    await page.locator("#place-from").press("Enter");
    await page.locator("#place-to").fill("p2");
    await page.locator("#place-to").press("Enter");
    await expect
      .poll(() => page.locator(".route-card, .no-route").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await status.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "big-import-not-drawn");
    await page.close();
  });

  it("can be cancelled while it is checked: the worker stops and the network shown stays", async () => {
    const file = bigNetworkFile(100_000);
    const page = await browser.newPage();
    await page.addInitScript(recordWorkers);
    await openExplorer(page, `${url}?from=almaty&to=karachi`);
    await page.locator(".route-card").first().waitFor();
    const importWorkers = () =>
      page.evaluate(() =>
        (
          window as unknown as { workersStarted: { url: string; terminated: boolean }[] }
        ).workersStarted.filter((worker) => worker.url.includes("network-import")),
      );
    await page.locator("#network-file").setInputFiles(file);
    const status = page.locator(".import-status");
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/Checking/);
    expect(await importWorkers()).toEqual([expect.objectContaining({ terminated: false })]);
    await status.getByRole("button", { name: "Cancel" }).click();

    await expect
      .poll(() => status.textContent())
      .toBe("Loading big.json was cancelled; the network shown is unchanged.");
    expect(await importWorkers()).toEqual([expect.objectContaining({ terminated: true })]);
    expect(await page.locator(".network-name").textContent()).toMatch(/^Built-in network · /);
    expect(await page.locator(".route-card").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#place-to").inputValue()).toMatch(/^Karachi/);
    await status.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "16-big-import-cancelled");
    await page.close();
  });
});
