// Routes drawn along their links' lines in the real browser: the sea legs of Moscow → Tehran and
// Nhava Sheva → Bandar Abbas over water, Almaty → Tashkent within Kazakhstan and Uzbekistan. Points
// sampled along each leg's line are checked against world-atlas's outlines, then looked for on the
// map's link layer in the route's colour; the straight segments the map drew before must not be.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { readDataDir } from "../../src/cli/read-dataset";
import type { Position } from "../../src/core/dataset";
import { greatCircleKm } from "../../src/core/geo";
import { arcLine, lineOrSegment, linkLines } from "../../src/core/link-geometry";
import type { Route } from "../../src/core/routing";
import { routeColour } from "../../src/view/map/appearance";
import { corridorProjection, type GraphPoint, placePosition } from "../../src/view/map/projection";
import { kmOutside, readCountryOutlines } from "../data/country-outlines";
import { isLand, readLand, ringsOf } from "../data/land-runs";
import {
  browserForFile,
  cameraAtRest,
  downloadFrom,
  keepScreenshot,
  openExplorer,
} from "./browser";

const url = inject("appUrl");
const browser = browserForFile();
const dataset = readDataDir();
const lineOf = linkLines(dataset);
const places = new Map(dataset.places.map((place) => [place.id, place]));
const modes = new Map(dataset.links.map((link) => [link.id, link.mode]));
const projection = corridorProjection();

/** A sample every 10 km along a leg. */
const SAMPLE_KM = 10;
/** Land at a sea leg's end: a berth behind the coast, or Astrakhan up the Volga (as in link-lines.test). */
const PORT_KM = 100;
/** A straight segment's point this close to the line may be drawn by the line itself. */
const NEAR_LINE_KM = 30;
/** A land leg may leave its countries by this much (1:10m outlines, points 20–50 km apart). */
const COUNTRY_TOLERANCE_KM = 15;
const SLOW = { timeout: 180_000 };

interface Leg {
  link: string;
  from: string;
  to: string;
}

const positionOf = (id: string): Position => {
  const place = places.get(id);
  if (!place) throw new Error(`no place ${id}`);
  return [place.lon, place.lat];
};

/** The leg's line as drawn, and the straight segment between its ends, sampled. */
function legSamples(leg: Leg): { line: Position[]; straight: Position[] } {
  const ends: [Position, Position] = [positionOf(leg.from), positionOf(leg.to)];
  const line = lineOrSegment(lineOf, leg.link, leg.from, ends).coordinates;
  return { line: arcLine(line, SAMPLE_KM), straight: arcLine(ends, SAMPLE_KM) };
}

const km = ([lon, lat]: Position, [lon2, lat2]: Position) =>
  greatCircleKm({ lon, lat }, { lon: lon2, lat: lat2 });
const farFrom = (line: Position[]) => (point: Position) =>
  line.every((other) => km(point, other) > NEAR_LINE_KM);

/** Opens the trip and gives the legs of its first route, the one drawn thickest, once the camera fits it. */
async function firstRoute(page: Page, from: string, to: string): Promise<Leg[]> {
  await openExplorer(page, `${url}?from=${from}&to=${to}`);
  await page.locator(".route-card").first().waitFor();
  await cameraAtRest(page);
  return page.evaluate(() => {
    const { search } = (
      window as unknown as {
        corridorExplorer: { search: { get(): { shown: { routes?: Route[] } } } };
      }
    ).corridorExplorer;
    return (search.get().shown.routes?.[0]?.legs ?? []).map(({ link, from, to }) => ({
      link,
      from,
      to,
    }));
  });
}

/**
 * Runs in the page: for each graph point in view, whether the picture has a pixel of `colour` within
 * 2 CSS pixels of it (null out of view). The picture is the exported PNG (`png`, base64) or else the
 * map's link layer, read in the task that draws it: sigma's WebGL canvases keep no drawing once a
 * frame is shown.
 */
async function drawnIn({
  points,
  colour,
  png,
}: {
  points: GraphPoint[];
  colour: string;
  png?: string;
}): Promise<(boolean | null)[]> {
  const { renderer } = (
    window as unknown as { corridorExplorer: { renderer: import("sigma").default } }
  ).corridorExplorer;
  const wanted = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  if (!png) renderer.refresh();
  const picture = png
    ? await createImageBitmap(
        new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: "image/png" }),
      )
    : (renderer.getCanvases().edges as HTMLCanvasElement);
  const copy = new OffscreenCanvas(picture.width, picture.height);
  const context = copy.getContext("2d", {
    willReadFrequently: true,
  }) as OffscreenCanvasRenderingContext2D;
  context.drawImage(picture, 0, 0);
  const { width, height } = renderer.getDimensions();
  const ratio = picture.width / width;
  const reach = Math.round(2 * ratio);
  return points.map((point) => {
    const { x, y } = renderer.graphToViewport(point);
    if (x < 3 || y < 3 || x > width - 3 || y > height - 3) return null;
    const [left, top] = [Math.round(x * ratio) - reach, Math.round(y * ratio) - reach];
    const { data } = context.getImageData(left, top, 2 * reach + 1, 2 * reach + 1);
    for (let i = 0; i < data.length; i += 4) {
      const difference = wanted.reduce(
        (sum, value, c) => sum + Math.abs(value - (data[i + c] as number)),
        0,
      );
      if ((data[i + 3] as number) > 200 && difference < 60) return true;
    }
    return false;
  });
}

/** Which of the points (lon, lat) the map, or the PNG exported from it, draws in the first route's
 * colour; null out of view. */
function drawnInRouteColour(
  page: Page,
  points: Position[],
  png?: Buffer,
): Promise<(boolean | null)[]> {
  const graph = points.map(([lon, lat]) => placePosition(projection, lon, lat));
  return page.evaluate(drawnIn, {
    points: graph,
    colour: routeColour(0),
    png: png?.toString("base64"),
  });
}

/** Opens Nhava Sheva → Bandar Abbas: its first route's one leg, by sea, with its samples. */
async function nhavaShevaSeaLeg(page: Page) {
  const [leg] = await firstRoute(page, "nhava_sheva", "bandar_abbas");
  if (!leg) throw new Error("no route from Nhava Sheva to Bandar Abbas");
  return { leg, ...legSamples(leg) };
}

describe("routes drawn along their lines", () => {
  const land = readLand();

  for (const [from, to] of [
    ["moscow", "tehran"],
    ["nhava_sheva", "bandar_abbas"],
  ] as const) {
    it(`draws the sea legs of ${from} → ${to} over water`, SLOW, async () => {
      const page = await browser.newPage();
      const legs = (await firstRoute(page, from, to)).filter((leg) => {
        const mode = modes.get(leg.link);
        return mode === "sea" || mode === "ferry";
      });
      expect(legs.length).toBeGreaterThan(0);
      for (const leg of legs) {
        const { line, straight } = legSamples(leg);
        const ends = [positionOf(leg.from), positionOf(leg.to)];
        const offshore = (point: Position) => ends.every((end) => km(point, end) > PORT_KM);
        const atSea = line.filter((point) => !isLand(land, point));
        // Off its ports, every sample of the drawn line is at sea, and drawn in the route's colour.
        expect(
          line.filter(offshore).filter((point) => isLand(land, point)),
          leg.link,
        ).toEqual([]);
        const drawn = await drawnInRouteColour(page, atSea);
        expect(drawn.filter((d) => d !== null).length, leg.link).toBeGreaterThan(atSea.length / 2);
        expect(
          atSea.filter((_, i) => drawn[i] === false),
          leg.link,
        ).toEqual([]);
        // Where the straight segment crossed land, away from the line, nothing of the route is drawn.
        const overLand = straight.filter((p) => isLand(land, p)).filter(farFrom(line));
        const straightDrawn = await drawnInRouteColour(page, overLand);
        expect(
          overLand.filter((_, i) => straightDrawn[i] === true),
          leg.link,
        ).toEqual([]);
      }
      await keepScreenshot(page, `route-lines-${from}-${to}`);
      await page.close();
    });
  }

  it(
    "hovering a sea leg's line away from its ends' straight segment names the link",
    SLOW,
    async () => {
      const page = await browser.newPage();
      const { leg, line, straight } = await nhavaShevaSeaLeg(page);
      const [point] = line.filter(farFrom(straight)).slice(line.length >> 2);
      if (!point) throw new Error(`${leg.link} never leaves its straight segment`);
      const [lon, lat] = point;
      const screen = await page.evaluate(
        (graphPoint) => {
          const { renderer } = (
            window as unknown as { corridorExplorer: { renderer: import("sigma").default } }
          ).corridorExplorer;
          const { x, y } = renderer.graphToViewport(graphPoint);
          const box = renderer.getContainer().getBoundingClientRect();
          return { x: x + box.left, y: y + box.top };
        },
        placePosition(projection, lon, lat),
      );
      await page.mouse.move(screen.x, screen.y);
      const tooltip = page.locator(".tooltip strong");
      await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toMatch(/Nhava Sheva/);
      expect(await tooltip.textContent()).toMatch(/Bandar Abbas/);
      await page.close();
    },
  );

  it(
    "exports a PNG that draws Nhava Sheva → Bandar Abbas's sea leg as the map does",
    SLOW,
    async () => {
      const page = await browser.newPage();
      const { line, straight } = await nhavaShevaSeaLeg(page);
      const atSea = line.filter((point) => !isLand(land, point));
      const { bytes } = await downloadFrom(page, () => page.locator('[data-export="png"]').click());
      const drawn = (await drawnInRouteColour(page, atSea, bytes)).filter((d) => d !== null);
      // The picture's title, legend and scale cover a part of the map.
      expect(drawn.length).toBeGreaterThan(atSea.length / 2);
      expect(drawn.filter((d) => d).length).toBeGreaterThan(drawn.length * 0.8);
      const overLand = straight.filter((p) => isLand(land, p)).filter(farFrom(line));
      expect(overLand.length).toBeGreaterThan(0);
      expect(await drawnInRouteColour(page, overLand, bytes)).not.toContain(true);
      await page.close();
    },
  );

  it(
    "keeps Almaty → Tashkent in Kazakhstan and Uzbekistan, not through Kyrgyzstan",
    SLOW,
    async () => {
      const outlines = readCountryOutlines();
      const kyrgyzstan = ringsOf(outlines.get("KG") as never);
      const page = await browser.newPage();
      const legs = await firstRoute(page, "almaty", "tashkent");
      const countriesOf = (point: Position) =>
        Math.min(
          ...["KZ", "UZ"].map((c) =>
            kmOutside({ lon: point[0], lat: point[1] }, outlines.get(c) as never),
          ),
        );
      let throughKyrgyzstan = 0;
      for (const leg of legs) {
        const { line, straight } = legSamples(leg);
        expect(
          line.filter((point) => countriesOf(point) > COUNTRY_TOLERANCE_KM),
          leg.link,
        ).toEqual([]);
        const drawn = await drawnInRouteColour(page, line);
        expect(
          line.filter((_, i) => drawn[i] === false),
          leg.link,
        ).toEqual([]);
        const inKyrgyzstan = straight.filter((p) => isLand(kyrgyzstan, p)).filter(farFrom(line));
        throughKyrgyzstan += inKyrgyzstan.length;
        const straightDrawn = await drawnInRouteColour(page, inKyrgyzstan);
        expect(
          inKyrgyzstan.filter((_, i) => straightDrawn[i] === true),
          leg.link,
        ).toEqual([]);
      }
      // The straight Almaty – Shymkent segment crossed Kyrgyzstan by Bishkek: the check above had work.
      expect(throughKyrgyzstan).toBeGreaterThan(0);
      await keepScreenshot(page, "route-lines-almaty-tashkent");
      await page.close();
    },
  );
});
