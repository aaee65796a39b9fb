// The sigma map: display graph, basemap, styles and reducers; redraws when the state changes.
import Sigma from "sigma";
import { EdgeLineProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { Corridor } from "../core/dataset";
import type { CorridorGraph } from "../core/network-graph";
import type { AppState } from "../state/app-state";
import type { RouteOutcome } from "../state/route-outcome";
import type { RouteSearch } from "../state/route-search";
import type { Store } from "../state/store";
import { mapScale } from "./appearance";
import { baseStyles } from "./base-styles";
import { mountBasemap } from "./basemap-layer";
import { fitCameraToPlaces } from "./camera-fit";
import { DashedEdgeProgram } from "./dashed-edge-program";
import type { DisplayGraph } from "./display-graph";
import { messages } from "./i18n/messages";
import { MIN_LABELLED_SIZE } from "./label-candidates";
import { labelDrawers } from "./label-drawing";
import { importanceOrder } from "./label-placement";
import { drawingLoad } from "./map-density";
import { wireMapEvents } from "./map-events";
import { mapHighlight } from "./map-highlight";
import { linkReducer, placeReducer, type ReducerInput } from "./map-reducers";
import { followRoutes } from "./panel-kit";

export interface MapContext {
  network: CorridorGraph;
  display: DisplayGraph;
  corridors: Corridor[];
  store: Store<AppState>;
  search: Store<RouteSearch>;
}

export interface MapView {
  renderer: Sigma;
  dispose: () => void;
}

export function mountMap(container: HTMLElement, context: MapContext): MapView {
  const { network, corridors, store, search } = context;
  const load = drawingLoad(network.order, network.size);
  const styles = baseStyles(network, corridors, load.placeFactor);
  let scale = mapScale(container.clientWidth);
  let input = reducerInput(store.get(), search.get().shown, scale);
  const labels = labelDrawers({
    first: () => [...input.highlight.marks.keys(), ...input.highlight.routeOfPlace.keys()],
    ranking: importanceOrder(styles.places),
    minSize: MIN_LABELLED_SIZE * load.placeFactor,
  });
  const renderer = new Sigma(context.display, container, {
    // Large networks: plain links as 1-pixel lines, places as points, nothing but places while moving.
    defaultEdgeType: load.large ? "line" : "dashed",
    defaultNodeType: load.large ? "point" : "circle",
    edgeProgramClasses: { dashed: DashedEdgeProgram, line: EdgeLineProgram },
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
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
    if (!(load.large && moving)) labels.drawLabels(renderer);
  };
  renderer.on("afterRender", drawLabels);
  renderer.scheduleRender();
  const disposeBasemap = mountBasemap(renderer, () => store.get().language);
  const disposeEvents = wireMapEvents(renderer, network, store);
  let shown = search.get().shown;
  const unsubscribe = followRoutes(store, search, "any", (state, found, previous) => {
    const result = found.shown;
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
      renderer.off("afterRender", drawLabels);
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
