// Moves sigma's camera so that a set of places fills the view, with a margin.
import type Sigma from "sigma";

export function fitCameraToPlaces(renderer: Sigma, places: readonly string[], margin = 60): void {
  const graph = renderer.getGraph();
  const points = places
    .filter((id) => graph.hasNode(id))
    .map((id) => renderer.getNodeDisplayData(id));
  const viewport = points.flatMap((point) =>
    point ? [renderer.framedGraphToViewport(point)] : [],
  );
  if (viewport.length === 0) return;
  const xs = viewport.map((point) => point.x);
  const ys = viewport.map((point) => point.y);
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const { width, height } = renderer.getDimensions();
  const camera = renderer.getCamera();
  const spread = Math.max(
    (right - left) / Math.max(1, width - 2 * margin),
    (bottom - top) / Math.max(1, height - 2 * margin),
  );
  const center = renderer.viewportToFramedGraph({ x: (left + right) / 2, y: (top + bottom) / 2 });
  const ratio = Math.max(camera.getState().ratio * Math.max(spread, 0.08), 0.05);
  camera.animate({ ...center, ratio }, { duration: 500 });
}
