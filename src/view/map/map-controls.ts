// The map's buttons: zoom in, zoom out, fit to the selected route, back to the whole network.
import type Sigma from "sigma";
import type { AppState } from "../../state/app-state";
import type { RouteSearch } from "../../state/route-search";
import type { Store } from "../../state/store";
import { messages } from "../../text/messages";
import { el } from "../dom";
import { rebuild, watchWithRoutes } from "../panels/panel-kit";

export interface MapControlsContext {
  renderer: Sigma;
  store: Store<AppState>;
  search: Store<RouteSearch>;
  /** Fits the camera to the selected route; false when no route is shown. */
  fitToRoute: () => boolean;
}

const ZOOM_STEP = { factor: 1.6, duration: 250 };

export function mountMapControls(area: HTMLElement, context: MapControlsContext): () => void {
  const { renderer, store, search } = context;
  const camera = renderer.getCamera();
  const group = el("div", {
    class: "map-controls",
    role: "group",
    "data-key": "map-controls",
    "data-map-overlay": true,
  });
  area.append(group);
  const unsubscribe = watchWithRoutes(store, search, ["language"], (state, found) => {
    const m = messages(state.language);
    const button = (key: string, symbol: string, label: string, action: () => void) => {
      const element = el(
        "button",
        { type: "button", "data-key": key, "aria-label": label, title: label },
        [symbol],
      );
      element.addEventListener("click", action);
      return element;
    };
    const fit = button("fit-route", "⤢", m.fitRoute, context.fitToRoute);
    fit.disabled = found.shown.kind !== "routes";
    group.setAttribute("aria-label", m.mapControls);
    rebuild(group, [
      button("zoom-in", "+", m.zoomIn, () => void camera.animatedZoom(ZOOM_STEP)),
      button("zoom-out", "−", m.zoomOut, () => void camera.animatedUnzoom(ZOOM_STEP)),
      fit,
      button("reset-view", "⌂", m.resetView, () => void camera.animatedReset({ duration: 300 })),
    ]);
  });
  return () => {
    unsubscribe();
    group.remove();
  };
}
