// Moves sigma's camera so that a set of places fills the view, with a margin that keeps their markers whole.
import type Sigma from "sigma";

/** Room kept between the outermost places' centres and the map's edge, besides their markers. */
const FIT_MARGIN = 40;

export function fitCameraToPlaces(renderer: Sigma, places: readonly string[]): void {
  const points = places.flatMap((id) => {
    const data = renderer.getNodeDisplayData(id);
    return data ? [{ ...renderer.framedGraphToViewport(data), size: data.size }] : [];
  });
  if (points.length === 0) return;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const camera = renderer.getCamera();
  const { width, height } = renderer.getDimensions();
  const ratioWithin = (margin: number) =>
    camera.getBoundedRatio(
      camera.getState().ratio *
        Math.max(
          (right - left) / Math.max(1, width - 2 * margin),
          (bottom - top) / Math.max(1, height - 2 * margin),
        ),
    );
  // Markers grow as the camera zooms in: the margin holds the largest at the closer of the two zooms.
  const largest = Math.max(...points.map((point) => point.size));
  const ratio = ratioWithin(FIT_MARGIN + renderer.scaleSize(largest, ratioWithin(FIT_MARGIN)));
  const center = renderer.viewportToFramedGraph({ x: (left + right) / 2, y: (top + bottom) / 2 });
  camera.animate({ ...center, ratio }, { duration: 500 });
}
