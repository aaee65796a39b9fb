// The sigma map: display graph, basemap, styles and reducers; redraws when the state changes.
import Sigma from "sigma";
import { EdgeLineProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import { graphExtent } from "sigma/utils";
import type { Corridor, LinkGeometry } from "../../core/dataset";
import type { Route } from "../../core/routing";
import {
  type AnalysisOverlay,
  type AnalysisRuns,
  analysisOverlay,
  sameOverlay,
} from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import type { RouteOutcome } from "../../state/route-outcome";
import { answerDue, type RouteSearch } from "../../state/route-search";
import { createStore, type Store } from "../../state/store";
import { messages } from "../../text/messages";
import { inShortTasks } from "../app/frames";
import { mountBasemap } from "../basemap/basemap-layer";
import { MIN_LABELLED_SIZE } from "../labels/label-candidates";
import { labelDrawers } from "../labels/label-drawing";
import { type Box, importanceOrder } from "../labels/label-placement";
import { followRoutes } from "../panels/panel-kit";
import { mapScale } from "./appearance";
import { baseStyles, type LookedNetwork } from "./base-styles";
import { fitCameraToPlaces } from "./camera-fit";
import { DashedEdgeProgram } from "./dashed-edge-program";
import { buildDisplayLines } from "./display-lines";
import { graphHandOver } from "./graph-hand-over";
import { drawingLoad } from "./map-density";
import { wireMapEvents } from "./map-events";
import { highlightChange, mapHighlight } from "./map-highlight";
import { type Hover, type HoverStore, hoverChange } from "./map-hover";
import { linkReducer, placeReducer, type ReducerInput } from "./map-reducers";
import { pathEdgeProgram } from "./path-edge-program";
import { badgeBoxes, drawRouteBadges } from "./route-badge-drawing";

export interface MapContext {
  /** The drawn graph, the records by id and their looks. */
  network: LookedNetwork;
  corridors: Corridor[];
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
  const { network, corridors, store, search, analysis } = context;
  const { records, display } = network;
  const load = drawingLoad(display.order, display.size);
  const lines = buildDisplayLines(context.geometry);
  const styles = baseStyles(network.looks, records.links, corridors, lines.runs);
  let scale = mapScale(container.clientWidth);
  let drawn = routesOf(search.get().shown);
  const hover = createStore<Hover | null>(null);
  let overlay = analysisOverlay(store.get(), analysis.get());
  let input = reducerInput(store.get(), drawn, scale, null, overlay);
  const labels = labelDrawers({
    required: () => input.highlight.selectedPlaces,
    first: () => [
      ...input.highlight.marks.keys(),
      ...input.highlight.routeOfPlace.keys(),
      ...input.overlay.critical.keys(),
    ],
    ranking: importanceOrder(styles.places),
    minSize: MIN_LABELLED_SIZE * load.placeFactor,
    // The map's buttons and scale bar, and the route numbers drawn over the labels.
    taken: () => [
      ...overlayBoxes(container),
      ...badgeBoxes(renderer, input.highlight.badges, lines),
    ],
  });
  // A big network's first indexing takes sigma seconds: it gets the graph in short tasks, after the
  // page's other parts are mounted (graph-hand-over).
  const firstGraph = load.large ? display.nullCopy() : display;
  const renderer = new Sigma(firstGraph, container, {
    // Large networks: plain links as 1-pixel lines, places as points, nothing but places while moving.
    defaultEdgeType: load.large ? "line" : "dashed",
    defaultNodeType: load.large ? "point" : "circle",
    // No program the map does not draw with: sigma compiles each one's shaders as it starts (it
    // adds its own defaults, circle, arrow and line, whatever is given). Links along their lines
    // are drawn last, over straight ones (sigma draws program by program).
    edgeProgramClasses: {
      dashed: DashedEdgeProgram,
      ...(load.large ? { line: EdgeLineProgram } : {}),
      ...(lines.runs.size > 0 ? { path: pathEdgeProgram(lines) } : {}),
    },
    nodeProgramClasses: load.large ? { point: NodePointProgram } : { circle: NodeCircleProgram },
    hideEdgesOnMove: load.large,
    hideLabelsOnMove: load.large,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "600",
    // Labels are drawn after each frame by label-drawing (the most important places, none overlapping).
    renderLabels: false,
    stagePadding: 60,
    minCameraRatio: 0.04,
    maxCameraRatio: 2,
    defaultDrawNodeHover: labels.drawHover,
    nodeReducer: placeReducer(styles, () => input),
    edgeReducer: linkReducer(styles, () => input),
  });
  const drawLabels = () => {
    const moving = renderer.getCamera().isAnimated() || renderer.getMouseCaptor().isMoving;
    if (load.large && moving) return;
    labels.drawLabels(renderer);
    drawRouteBadges(renderer, input.highlight.badges, lines);
  };
  renderer.on("afterRender", drawLabels);
  renderer.scheduleRender();
  // The basemap is drawn after each render: a big network's first, after the last step of its
  // hand-over, draws graph and basemap together, and its drawing says the network is ready.
  const disposeBasemap = mountBasemap(renderer, () => store.get().language, context.basemapSettled);
  const handOver = load.large ? graphHandOver(renderer, display) : null;
  if (handOver)
    inShortTasks(handOver).catch((error: unknown) => {
      console.error(error);
      // The page says why first: the basemap drawn next would say the network is ready. A
      // half-indexed graph would fail every frame: the basemap is drawn alone, framed on the network.
      context.drawingFailed(error instanceof Error ? error.message : String(error));
      renderer.setCustomBBox(graphExtent(display));
      renderer.setGraph(display.nullCopy());
    });
  const disposeEvents = wireMapEvents(renderer, records, store, hover);
  // A hover redraws the place or link left and the one entered: same programs, same order.
  const unfollowHover = hover.subscribe((now, before) => {
    input = { ...input, hover: now };
    renderer.refresh({ partialGraph: hoverChange(before, now), skipIndexation: true });
  });
  // Routes found before the mount (a linked trip's first) are framed as those found after are.
  focusSelectedRoute(renderer, store.get(), drawn);
  let drawnState = store.get();
  const unsubscribe = followRoutes(store, search, "any", (state, found) => {
    const routes = routesOf(found.shown);
    const sameLook = routes === drawn && OWN_FIELDS.every((f) => state[f] === drawnState[f]);
    // A new trip's marks wait while its answer is due: one redraw, not two (a big network's takes seconds).
    if (sameLook && (state === drawnState || answerDue(found))) return;
    const before = input;
    overlay = analysisOverlay(state, analysis.get());
    input = reducerInput(state, routes, scale, hover.get(), overlay);
    // The highlight is computed once; only the places and links whose look it changes are reduced
    // again (their draw order and programs change: sigma indexes them again, without reducers).
    // (Before a big network's graph is handed over, sigma's is empty: a full refresh costs nothing.)
    const changed =
      before.language === input.language &&
      sameOverlay(before.overlay, overlay) &&
      renderer.getGraph() === display
        ? highlightChange(before.highlight, input.highlight)
        : null;
    renderer.refresh(changed ? { partialGraph: changed } : undefined);
    const selectionMoved = state.selectedRoute !== drawnState.selectedRoute;
    if (routes !== drawn || selectionMoved) focusSelectedRoute(renderer, state, routes);
    drawn = routes;
    drawnState = state;
  });
  // An analysis answered: its layer is redrawn when what it shows changed.
  const unfollowAnalysis = analysis.subscribe((runs) => {
    const next = analysisOverlay(store.get(), runs);
    if (sameOverlay(overlay, next)) return;
    overlay = next;
    input = { ...input, overlay };
    renderer.refresh();
  });
  const resized = new ResizeObserver(() => {
    const next = mapScale(container.clientWidth);
    if (next === scale) return;
    scale = next;
    input = { ...input, scale };
    renderer.refresh();
  });
  resized.observe(container);
  return {
    renderer,
    hover,
    fitToRoute: () => focusSelectedRoute(renderer, store.get(), drawn),
    placedLabels: labels.placedLabels,
    dispose: () => {
      handOver?.return();
      resized.disconnect();
      unfollowHover();
      unfollowAnalysis();
      unsubscribe();
      renderer.off("afterRender", drawLabels);
      disposeEvents();
      disposeBasemap();
      renderer.kill();
    },
  };
}

const NO_ROUTES: readonly Route[] = [];
/** What the map draws from the state besides the trip, redrawn at once. */
const OWN_FIELDS = ["visibleCorridors", "language", "selectedRoute"] as const;

function routesOf(outcome: RouteOutcome): readonly Route[] {
  return outcome.kind === "routes" ? outcome.routes : NO_ROUTES;
}

function reducerInput(
  state: AppState,
  routes: readonly Route[],
  scale: number,
  hover: Hover | null,
  overlay: AnalysisOverlay,
): ReducerInput {
  return {
    hover,
    overlay,
    highlight: mapHighlight(state, routes),
    language: state.language,
    markWords: messages(state.language).marks,
    scale,
  };
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
