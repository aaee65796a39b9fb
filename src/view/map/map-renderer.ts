// The sigma renderer of one network: its programs, styles and reducers, and a big network's graph
// handed over in short tasks. A big import's is made while the worker still checks the file
// (predrawMap), out of sight, and moved into the map when the network is mounted: the seconds of
// indexing then run while the page would otherwise wait for the check.
import Sigma from "sigma";
import {
  EdgeLineProgram,
  NodeCircleProgram,
  type NodeHoverDrawingFunction,
  NodePointProgram,
} from "sigma/rendering";
import type { Language } from "../../core/dataset";
import type { DrawingTables } from "../../core/network-file/network-import";
import { analysisOverlay, idleRuns } from "../../state/analysis-runs";
import { initialState } from "../../state/app-state";
import { el } from "../dom";
import { mapScale } from "./appearance";
import { type BaseStyles, baseStyles, type LookedNetwork } from "./base-styles";
import { DashedEdgeProgram } from "./dashed-edge-program";
import { buildDisplayLines, type DisplayLines } from "./display-lines";
import { graphHandOver, indexedInShortTasks } from "./graph-hand-over";
import { type DrawingLoad, drawingLoad } from "./map-density";
import { linkReducer, placeReducer, type ReducerInput, reducerInput } from "./map-reducers";
import { pathEdgeProgram } from "./path-edge-program";

interface RendererFeed {
  input: ReducerInput;
  /** Draws the hovered place: the map's label drawers, set when it is mounted. */
  drawHover: NodeHoverDrawingFunction;
}

export interface MapRenderer {
  renderer: Sigma;
  /** The element sigma draws in; it fills the map's container. */
  layers: HTMLElement;
  styles: BaseStyles;
  lines: DisplayLines;
  load: DrawingLoad;
  /** What sigma's reducers and hover drawer read: the map sets them (and refreshes what changed). */
  feed: RendererFeed;
  /** A big network's graph handed over in short tasks: gives the error that stopped it, if any. */
  handedOver: Promise<Error | null> | null;
  /** Stops the hand-over and frees sigma's contexts. */
  dispose(): void;
}

/** Sigma draws in `layers`, which must have the map's size. */
export function createMapRenderer(
  layers: HTMLElement,
  network: LookedNetwork,
  { corridors, geometry }: DrawingTables,
  input: ReducerInput,
): MapRenderer {
  const { records, display } = network;
  const load = drawingLoad(display.order, display.size);
  const lines = buildDisplayLines(geometry);
  const styles = baseStyles(network.looks, records.links, corridors, lines.runs);
  const feed: RendererFeed = { input, drawHover: () => {} };
  // A big network's first indexing takes sigma seconds: it gets the graph in short tasks.
  const firstGraph = load.large ? display.nullCopy() : display;
  const renderer = new Sigma(firstGraph, layers, {
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
    // Read at each hover, not given once: setting it later would make sigma index the graph again.
    defaultDrawNodeHover: (context, data, settings) => feed.drawHover(context, data, settings),
    nodeReducer: placeReducer(styles, () => feed.input),
    edgeReducer: linkReducer(styles, () => feed.input),
  });
  const handOver = load.large ? graphHandOver(renderer, display) : null;
  return {
    renderer,
    layers,
    styles,
    lines,
    load,
    feed,
    handedOver: handOver ? indexedInShortTasks(handOver) : null,
    dispose() {
      handOver?.return();
      renderer.kill();
    },
  };
}

/** A renderer made before its network is mounted; `adopt` hands it to the map, `dispose` drops it. */
export interface PredrawnMap {
  /** The renderer, once, moved into the map's `container`: the map then owns it, `dispose` leaves it. */
  adopt(container: HTMLElement): MapRenderer | null;
  dispose(): void;
}

/**
 * Makes a big network's renderer out of sight, in an element of the map's size put on the page
 * (sigma needs one laid out), and starts handing it the graph, drawn with no trip and no analysis:
 * the map redraws what its state marks once mounted. Null for a network small enough to be drawn
 * at once, or if sigma cannot start: the map then makes its own.
 */
export function predrawMap(
  network: LookedNetwork,
  tables: DrawingTables,
  language: Language,
  size: { width: number; height: number },
): PredrawnMap | null {
  const { display } = network;
  if (!drawingLoad(display.order, display.size).large) return null;
  const layers = el("div", { class: "map-layers map-predrawn" });
  layers.style.width = `${size.width}px`;
  layers.style.height = `${size.height}px`;
  document.body.append(layers);
  const unmarked = initialState(language);
  const overlay = analysisOverlay(unmarked, idleRuns());
  const input = reducerInput(unmarked, [], mapScale(size.width), null, overlay);
  let map: MapRenderer | null;
  try {
    map = createMapRenderer(layers, network, tables, input);
  } catch (error) {
    console.error(error);
    layers.remove();
    return null;
  }
  return {
    adopt(container) {
      const adopted = map;
      map = null;
      if (!adopted) return null;
      container.append(layers);
      layers.classList.remove("map-predrawn");
      layers.removeAttribute("style");
      return adopted;
    },
    dispose() {
      if (!map) return;
      map.dispose();
      map = null;
      layers.remove();
    },
  };
}

/** The element the map's own renderer draws in, filling `container`. */
export function mapLayers(container: HTMLElement): HTMLElement {
  const layers = el("div", { class: "map-layers" });
  container.append(layers);
  return layers;
}
