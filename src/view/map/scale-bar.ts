// The map's scale bar in km, true at the map's centre: redrawn after each frame when its length changes.
import type Sigma from "sigma";
import { greatCircleKm, type LatLon } from "../../core/geo";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { formatNumber, messages } from "../../text/messages";
import { el, styled } from "../dom";
import { corridorProjection } from "./projection";
import { scaleLength } from "./scale-length";

/** The bar is at most this wide on screen. */
const MAX_BAR_PIXELS = 120;
/** Half the distance between the two screen points measured around the centre. */
const PROBE_PIXELS = 50;

/** Km per screen pixel at the map's centre, eastward, through the map's projection. */
export function kmPerPixelAtCentre(renderer: Sigma): number {
  const projection = corridorProjection();
  const { width, height } = renderer.getDimensions();
  const at = (dx: number): LatLon => {
    const point = renderer.viewportToGraph({ x: width / 2 + dx, y: height / 2 });
    const [lon, lat] = projection.invert?.([point.x, -point.y]) ?? [0, 0];
    return { lon, lat };
  };
  return greatCircleKm(at(-PROBE_PIXELS), at(PROBE_PIXELS)) / (2 * PROBE_PIXELS);
}

export function mountScaleBar(area: HTMLElement, renderer: Sigma, store: Store<AppState>) {
  const bar = el("span", { class: "scale-line" });
  const text = el("span", { class: "scale-text" });
  const scale = el(
    "div",
    { class: "scale-bar", "data-key": "scale-bar", "data-map-overlay": true },
    [bar, text],
  );
  area.append(scale);
  let shown = "";
  const draw = () => {
    const { language } = store.get();
    const length = scaleLength(kmPerPixelAtCentre(renderer), MAX_BAR_PIXELS);
    const words = `${formatNumber(length.km, language, 1)} ${messages(language).km}`;
    const key = `${words}|${Math.round(length.pixels)}`;
    if (key === shown) return;
    shown = key;
    text.textContent = words;
    scale.setAttribute("aria-label", `${messages(language).scale}: ${words}`);
    styled(bar, { width: `${Math.round(length.pixels)}px` });
  };
  draw();
  renderer.on("afterRender", draw);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.language !== previous.language) draw();
  });
  return () => {
    unsubscribe();
    renderer.off("afterRender", draw);
    scale.remove();
  };
}
