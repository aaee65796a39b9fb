// The basemap: country outlines and names on a canvas under sigma's links, moving with sigma's camera.

import { geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import type Sigma from "sigma";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Language } from "../../core/dataset";
import { corridorProjection } from "../map/projection";
import { BASEMAP_LABELS, labelText } from "./basemap-labels";

const LAND = "#f3efe6";
const HOME = "#e8dcc0";
const BORDER = "#b3ab9b";
const LAYER = "basemap";

interface Outlines {
  land: Path2D;
  home: Path2D;
  borders: Path2D;
}

// Reflected so that projected points are graph points (north up), as in placePosition.
const PROJECTION = corridorProjection().reflectY(true);

/**
 * Each topology's outlines, built once: every map draws them in the same projection, and loading a
 * network mounts a new map (building the detail's takes a tenth of a second there).
 */
const builtOutlines = new WeakMap<Topology, Outlines>();

/**
 * Draws under the links after each render; returns a dispose. Outlines load in their own chunks, a
 * light overview first and the full detail once it is drawn; `settled` hears once whether they were drawn or could not be loaded (the map then works without them).
 */
export function mountBasemap(
  renderer: Sigma,
  language: () => Language,
  settled: (outcome: "drawn" | "missing") => void,
): () => void {
  const canvas = renderer.createCanvas(LAYER, { beforeLayer: "edges" }) as HTMLCanvasElement;
  let outlines: Outlines | null = null;
  const draw = () => drawBasemap(renderer, canvas, outlines, language());
  renderer.on("afterRender", draw);
  let live = true;
  import("virtual:basemap-overview")
    .then((module) => {
      if (!live) return;
      outlines = outlinesOf(module.default);
      // A redraw is enough: the graph has not changed, so sigma need not index it again.
      renderer.scheduleRender();
      renderer.once("afterRender", () => {
        performance.mark("basemap-drawn");
        settled("drawn");
        // The full detail for close zooms once the map is on the screen; the overview stays if it fails.
        setTimeout(() => {
          import("virtual:basemap-detail")
            .then((detail) => {
              if (!live) return;
              outlines = outlinesOf(detail.default);
              // On the basemap's own canvas: sigma need not draw the graph again (a big one's takes
              // a second where WebGL is drawn in software).
              draw();
            })
            .catch((error: unknown) => console.error(error));
        });
      });
    })
    .catch((error: unknown) => {
      console.error(error);
      if (live) settled("missing");
    });
  return () => {
    live = false;
    renderer.off("afterRender", draw);
    renderer.killLayer(LAYER);
  };
}

function outlinesOf(topology: Topology): Outlines {
  const known = builtOutlines.get(topology);
  if (known) return known;
  const path = geoPath(PROJECTION);
  const outlines = { land: new Path2D(), home: new Path2D(), borders: new Path2D() };
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const collection = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
  for (const country of collection.features) {
    const target = country.properties.name === "Kazakhstan" ? outlines.home : outlines.land;
    const shape = new Path2D(path(country) ?? "");
    target.addPath(shape);
    outlines.borders.addPath(shape);
  }
  builtOutlines.set(topology, outlines);
  return outlines;
}

function drawBasemap(
  renderer: Sigma,
  canvas: HTMLCanvasElement,
  outlines: Outlines | null,
  language: Language,
): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  const ratio = fitToScreen(renderer, canvas);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  if (!outlines) return;
  const origin = renderer.graphToViewport({ x: 0, y: 0 });
  const east = renderer.graphToViewport({ x: 1, y: 0 });
  const north = renderer.graphToViewport({ x: 0, y: 1 });
  const a = east.x - origin.x;
  const b = east.y - origin.y;
  const c = north.x - origin.x;
  const d = north.y - origin.y;
  context.setTransform(
    a * ratio,
    b * ratio,
    c * ratio,
    d * ratio,
    origin.x * ratio,
    origin.y * ratio,
  );
  context.fillStyle = LAND;
  context.fill(outlines.land);
  context.fillStyle = HOME;
  context.fill(outlines.home);
  context.strokeStyle = BORDER;
  context.lineWidth = 0.8 / Math.hypot(a, b);
  context.stroke(outlines.borders);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawLabels(renderer, context, language);
}

/** Sizes the canvas to sigma's viewport in device pixels; returns the pixel ratio. */
function fitToScreen(renderer: Sigma, canvas: HTMLCanvasElement): number {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
  if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  return ratio;
}

function drawLabels(renderer: Sigma, context: CanvasRenderingContext2D, language: Language): void {
  context.textAlign = "center";
  context.textBaseline = "middle";
  for (const label of BASEMAP_LABELS) {
    const [x, y] = PROJECTION([label.lon, label.lat]) ?? [0, 0];
    const point = renderer.graphToViewport({ x, y });
    const isHome = label.country === "KZ";
    context.font = label.sea
      ? "italic 13px system-ui, sans-serif"
      : `${isHome ? 600 : 500} ${isHome ? 15 : 12}px system-ui, sans-serif`;
    context.fillStyle = label.sea ? "#3f6f95" : isHome ? "#7a6438" : "#8c8576";
    const text = labelText(label, language);
    context.fillText(label.sea ? text : text.toUpperCase(), point.x, point.y);
  }
}
