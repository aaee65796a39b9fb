// The sigma map: its renderer (map-renderer), basemap, labels and events; redraws when the state changes.
import type Sigma from "sigma";
import { graphExtent } from "sigma/utils";
import type { Corridor, LinkGeometry } from "../../core/dataset";
import type { Route } from "../../core/routing";
import { type AnalysisRuns, analysisOverlay, sameOverlay } from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import type { RouteOutcome } from "../../state/route-outcome";
import { answerDue, type RouteSearch } from "../../state/route-search";
import { createStore, type Store } from "../../state/store";
import { mountBasemap } from "../basemap/basemap-layer";
import { MIN_LABELLED_SIZE } from "../labels/label-candidates";
import { labelDrawers } from "../labels/label-drawing";
import { type Box, importanceOrder } from "../labels/label-placement";
import { followRoutes } from "../panels/panel-kit";
import { mapScale } from "./appearance";
import type { LookedNetwork } from "./base-styles";
import { fitCameraToPlaces } from "./camera-fit";
import { wireMapEvents } from "./map-events";
import { type Hover, type HoverStore, hoverChange } from "./map-hover";
import { type ReducerInput, reducerInput } from "./map-reducers";
import { mapRefresher } from "./map-refresh";
import { createMapRenderer, type MapRenderer, mapLayers, type PredrawnMap } from "./map-renderer";
import { badgeBoxes, drawRouteBadges } from "./route-badge-drawing";

export interface MapContext {
  /** The drawn graph, the records by id and their looks. */
  network: LookedNetwork;
  /** Its renderer, if it was made before the mount (a big import's, while it was checked). */
  predrawn?: PredrawnMap | null;
  corridors: readonly Corridor[];
  /** The links' lines: a link with one is drawn along it, one without as a straight segment. */
  geometry: readonly LinkGeometry[];
  store: Store<AppState>;
  search: Store<RouteSearch>;
  /** The analyses' runs: the map draws what the scenario closes and the critical crossings. */
  analysis: Store<AnalysisRuns>;
  /** Hears whether the basemap was drawn or could not be loaded. */
  basemapSettled: (outcome: "drawn" | "missing") => void;
  /** Hears why a big network's graph could not be drawn (the map then shows the basemap alone). */
  drawingFailed: (reason: string) => void;
}

export interface MapView {
  renderer: Sigma;
  /** What the pointer is over: the map's own state. */
  hover: HoverStore;
  /** Fits the camera to the selected route; false when no route is shown. */
  fitToRoute: () => boolean;
  /** The places whose labels the last frame drew, and where. */
  placedLabels: () => { id: string; box: Box }[];
  dispose: () => void;
}

export function mountMap(container: HTMLElement, context: MapContext): MapView {
  const { network, store, search, analysis } = context;
  const drawn = routesOf(search.get().shown);
  const scale = mapScale(container.clientWidth);
  const overlay = analysisOverlay(store.get(), analysis.get());
  const input = reducerInput(store.get(), drawn, scale, null, overlay);
  const map =
    context.predrawn?.adopt(container) ??
    createMapRenderer(mapLayers(container), network, context, input);
  try {
    return wireMap(container, context, map, input);
  } catch (error) {
    map.dispose();
    throw error;
  }
}

/** The map's labels, basemap, events and redraws around its renderer, given the mount's `input`. */
function wireMap(
  container: HTMLElement,
  context: MapContext,
  map: MapRenderer,
  input: ReducerInput,
): MapView {
  const { network, store, search, analysis } = context;
  const { records, display } = network;
  const { renderer, styles, lines, load, feed } = map;
  let { scale, overlay } = input;
  let drawn = routesOf(search.get().shown);
  const hover = createStore<Hover | null>(null);
  const labels = labelDrawers({
    required: () => feed.input.highlight.selectedPlaces,
    first: () => [
      ...feed.input.highlight.marks.keys(),
      ...feed.input.highlight.routeOfPlace.keys(),
      ...feed.input.overlay.critical.keys(),
    ],
    ranking: importanceOrder(styles.places),
    minSize: MIN_LABELLED_SIZE * load.placeFactor,
    // The map's buttons and scale bar, and the route numbers drawn over the labels.
    taken: () => [
      ...overlayBoxes(container),
      ...badgeBoxes(renderer, feed.input.highlight.badges, lines),
    ],
  });
  feed.drawHover = labels.drawHover;
  const refresher = mapRefresher(renderer, display, load.large, map.handedOver, (error) => {
    console.error(error);
    // The page says why first: the basemap drawn next would say the network is ready. A
    // half-indexed graph would fail every frame: the basemap is drawn alone, framed on the network.
    context.drawingFailed(error.message);
    renderer.setCustomBBox(graphExtent(display));
    renderer.setGraph(display.nullCopy());
  });
  // A predrawn renderer was given its graph before the state of this mount was known.
  const drawnWith = feed.input;
  feed.input = input;
  refresher.changed(drawnWith, input);
  const drawLabels = () => {
    const moving = renderer.getCamera().isAnimated() || renderer.getMouseCaptor().isMoving;
    if (load.large && moving) return;
    labels.drawLabels(renderer);
    drawRouteBadges(renderer, feed.input.highlight.badges, lines);
  };
  renderer.on("afterRender", drawLabels);
  renderer.scheduleRender();
  // The basemap is drawn after each render: a big network's first, after the last step of its
  // hand-over, draws graph and basemap together, and its drawing says the network is ready.
  const disposeBasemap = mountBasemap(renderer, () => store.get().language, context.basemapSettled);
  const disposeEvents = wireMapEvents(renderer, records, store, hover);
  // A hover redraws the place or link left and the one entered: same programs, same order.
  const unfollowHover = hover.subscribe((now, before) => {
    feed.input = { ...feed.input, hover: now };
    refresher.hovered(hoverChange(before, now));
  });
  /** What the reducers read changes: the map redraws what that changes. */
  const redraw = (next: ReducerInput) => {
    const before = feed.input;
    feed.input = next;
    refresher.changed(before, next);
  };
  /** Frames the selected route once it is drawn (its places' positions are known then). */
  const focus = () => refresher.whenDrawn(() => focusSelectedRoute(renderer, store.get(), drawn));
  // Routes found before the mount (a linked trip's first) are framed as those found after are.
  focus();
  let drawnState = store.get();
  const unsubscribe = followRoutes(store, search, "any", (state, found) => {
    const routes = routesOf(found.shown);
    const sameLook = routes === drawn && OWN_FIELDS.every((f) => state[f] === drawnState[f]);
    // A new trip's marks wait while its answer is due: one redraw, not two (a big network's takes seconds).
    if (sameLook && (state === drawnState || answerDue(found))) return;
    overlay = analysisOverlay(state, analysis.get());
    redraw(reducerInput(state, routes, scale, hover.get(), overlay));
    const moved = routes !== drawn || state.selectedRoute !== drawnState.selectedRoute;
    drawn = routes;
    drawnState = state;
    if (moved) focus();
  });
  // An analysis answered: its layer is redrawn when what it shows changed.
  const unfollowAnalysis = analysis.subscribe((runs) => {
    const next = analysisOverlay(store.get(), runs);
    if (sameOverlay(overlay, next)) return;
    overlay = next;
    redraw({ ...feed.input, overlay });
  });
  const resized = new ResizeObserver(() => {
    const next = mapScale(container.clientWidth);
    if (next === scale) return;
    scale = next;
    redraw({ ...feed.input, scale });
  });
  resized.observe(container);
  return {
    renderer,
    hover,
    fitToRoute: () => {
      focus();
      return drawn.length > 0;
    },
    placedLabels: labels.placedLabels,
    dispose: () => {
      refresher.dispose();
      resized.disconnect();
      unfollowHover();
      unfollowAnalysis();
      unsubscribe();
      renderer.off("afterRender", drawLabels);
      disposeEvents();
      disposeBasemap();
      map.dispose();
    },
  };
}

const NO_ROUTES: readonly Route[] = [];
/** What the map draws from the state besides the trip, redrawn at once. */
const OWN_FIELDS = ["visibleCorridors", "language", "selectedRoute"] as const;

function routesOf(outcome: RouteOutcome): readonly Route[] {
  return outcome.kind === "routes" ? outcome.routes : NO_ROUTES;
}

function focusSelectedRoute(renderer: Sigma, state: AppState, routes: readonly Route[]): boolean {
  const route = routes[state.selectedRoute] ?? routes[0];
  if (route) fitCameraToPlaces(renderer, route.places);
  return route !== undefined;
}

/** What lies over the map (elements marked data-map-overlay beside it), in the map's pixels. */
function overlayBoxes(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  const overlays = container.parentElement?.querySelectorAll("[data-map-overlay]") ?? [];
  return [...overlays].map((overlay) => {
    const box = overlay.getBoundingClientRect();
    return {
      left: box.left - origin.left,
      top: box.top - origin.top,
      right: box.right - origin.left,
      bottom: box.bottom - origin.top,
    };
  });
}
