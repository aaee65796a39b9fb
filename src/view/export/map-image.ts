// The map as shown, as a PNG: sigma's layers (basemap, links, places, labels) drawn in DOM order on one canvas.
import type Sigma from "sigma";

/**
 * Sigma's WebGL canvases keep no drawing buffer after a frame is shown, so the map is drawn again
 * and read in the same task, before the browser clears it.
 */
export function mapImage(renderer: Sigma): Promise<Blob> {
  const container = renderer.getContainer();
  renderer.refresh();
  const layers = [...container.querySelectorAll("canvas")];
  const width = Math.max(...layers.map((layer) => layer.width));
  const height = Math.max(...layers.map((layer) => layer.height));
  const canvas = document.createElement("canvas");
  Object.assign(canvas, { width, height });
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("corridor/view: no 2D canvas for the map image"));
  context.fillStyle = getComputedStyle(container).backgroundColor;
  context.fillRect(0, 0, width, height);
  for (const layer of layers) context.drawImage(layer, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
  );
}
