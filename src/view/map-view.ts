// The sigma map: display graph, basemap, styles and reducers; redraws when the state changes.
import Sigma from "sigma";
import type { Corridor } from "../core/dataset";
import type { CorridorGraph } from "../core/network-graph";
import type { AppState } from "../state/app-state";
import type { RouteOutcome } from "../state/route-outcome";
import type { Store } from "../state/store";
import { mapScale } from "./appearance";
import { baseStyles } from "./base-styles";
import { mountBasemap } from "./basemap-layer";
import { fitCameraToPlaces } from "./camera-fit";
import { DashedEdgeProgram } from "./dashed-edge-program";
import { buildDisplayGraph } from "./display-graph";
import { messages } from "./i18n/messages";
import { labelDrawers } from "./label-drawing";
import { wireMapEvents } from "./map-events";
import { mapHighlight } from "./map-highlight";
import { linkReducer, placeReducer, type ReducerInput } from "./map-reducers";

export interface MapContext {
  network: CorridorGraph;
  corridors: Corridor[];
  store: Store<AppState>;
  outcome: (state: AppState) => RouteOutcome;
}

export interface MapView {
  renderer: Sigma;
  dispose: () => void;
}

export function mountMap(container: HTMLElement, context: MapContext): MapView {
  const { network, corridors, store, outcome } = context;
  const styles = baseStyles(network, corridors);
  // Sigma draws a first frame inside its constructor, before `renderer` is assigned.
  let ready: Sigma | null = null;
  const labels = labelDrawers(() => ready);
  let scale = mapScale(container.clientWidth);
  let input = reducerInput(store.get(), outcome(store.get()), scale);
  const renderer = new Sigma(buildDisplayGraph(network), container, {
    defaultEdgeType: "dashed",
    edgeProgramClasses: { dashed: DashedEdgeProgram },
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "600",
    // Every place is a label candidate; label-drawing keeps those that do not overlap.
    labelDensity: 100,
    labelGridCellSize: 20,
    labelRenderedSizeThreshold: 0,
    stagePadding: 60,
    minCameraRatio: 0.04,
    maxCameraRatio: 2,
    defaultDrawNodeLabel: labels.drawLabel,
    defaultDrawNodeHover: labels.drawHover,
    nodeReducer: placeReducer(styles, () => input),
    edgeReducer: linkReducer(styles, () => input),
  });
  ready = renderer;
  renderer.on("beforeRender", labels.forget);
  const disposeBasemap = mountBasemap(renderer, () => store.get().language);
  const disposeEvents = wireMapEvents(renderer, network, store);
  let shown = outcome(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const result = outcome(state);
    input = reducerInput(state, result, scale);
    renderer.refresh();
    const selectionMoved = state.selectedRoute !== previous.selectedRoute;
    if (result !== shown || selectionMoved) focusSelectedRoute(renderer, state, result);
    shown = result;
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
    dispose: () => {
      resized.disconnect();
      unsubscribe();
      renderer.off("beforeRender", labels.forget);
      disposeEvents();
      disposeBasemap();
      renderer.kill();
    },
  };
}

function reducerInput(state: AppState, result: RouteOutcome, scale: number): ReducerInput {
  const routes = result.kind === "routes" ? result.routes : [];
  return {
    highlight: mapHighlight(state, routes),
    language: state.language,
    markWords: messages(state.language).marks,
    scale,
  };
}

function focusSelectedRoute(renderer: Sigma, state: AppState, result: RouteOutcome): void {
  if (result.kind !== "routes") return;
  const route = result.routes[state.selectedRoute] ?? result.routes[0];
  if (route) fitCameraToPlaces(renderer, route.places);
}
