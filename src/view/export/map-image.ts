// The map as a PNG at twice the screen's resolution: sigma's layers on one canvas, then the overlay.
import type Sigma from "sigma";
import { drawOverlay, type ImageOverlay } from "./image-overlay";

/**
 * A refresh that only draws (sigma's render is private): a resize needs no new index, as sizes are in
 * CSS pixels and the pixel ratio is given to the programs at each frame.
 */
const DRAW_ONLY = { partialGraph: { nodes: [], edges: [] }, skipIndexation: true };

/** The export's pixels per CSS pixel. */
const IMAGE_PIXEL_RATIO = 2;

/**
 * Sigma sizes its canvases from window.devicePixelRatio: it reads 2 while the map is drawn again
 * and read, in the same task (sigma's WebGL canvases keep no drawing buffer after a frame is
 * shown), then the map goes back to the screen's resolution. Sigma's hover layer is left out.
 */
export function mapImage(renderer: Sigma, overlay: ImageOverlay): Promise<Blob> {
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("corridor/view: no 2D canvas for the map image"));
  const { width, height } = renderer.getDimensions();
  Object.assign(canvas, { width: width * IMAGE_PIXEL_RATIO, height: height * IMAGE_PIXEL_RATIO });
  context.fillStyle = getComputedStyle(renderer.getContainer()).backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  withPixelRatio(IMAGE_PIXEL_RATIO, () => {
    renderer.resize(true).refresh(DRAW_ONLY);
    const layers = renderer.getContainer().querySelectorAll("canvas:not(.sigma-hovers)");
    for (const layer of layers)
      context.drawImage(layer as HTMLCanvasElement, 0, 0, canvas.width, canvas.height);
  });
  renderer.resize(true).refresh(DRAW_ONLY);
  context.scale(IMAGE_PIXEL_RATIO, IMAGE_PIXEL_RATIO);
  drawOverlay(context, width, height, overlay);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
  );
}

function withPixelRatio(ratio: number, draw: () => void): void {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    draw();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else Reflect.deleteProperty(window, "devicePixelRatio");
  }
}
