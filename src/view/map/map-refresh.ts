// Redrawing the map when what its reducers read changes. A big network is indexed again in steps
// (300k items take sigma seconds), one run at a time: a refresh in the middle of a run would index
// items that sigma has not finished placing, so what changes meanwhile is gathered and redrawn when
// the run ends.
import type Sigma from "sigma";
import { sameOverlay } from "../../state/analysis-runs";
import type { DisplayGraph } from "./display-graph";
import { type ChangedItems, indexedInShortTasks, refreshInSteps } from "./graph-hand-over";
import { highlightChange } from "./map-highlight";
import type { ReducerInput } from "./map-reducers";

type Items = NonNullable<ChangedItems>;
type ItemSets = { nodes: Set<string>; edges: Set<string> };

export interface MapRefresher {
  /** What the reducers read went from `before` to `after`. */
  changed(before: ReducerInput, after: ReducerInput): void;
  /** The hover moved: these items' looks change, not their order. */
  hovered(items: Items): void;
  /**
   * Runs `then` once what was changed is drawn: at once, or when the runs under way end. Where
   * places are drawn is known only then (a hand-over places the new graph's at its end).
   */
  whenDrawn(then: () => void): void;
  dispose(): void;
}

/**
 * `stepped`: whether the network is big enough to be indexed in steps; `underWay`: its hand-over,
 * if one runs (it gives the error that stopped it). `failed` hears a run that failed: the renderer
 * is then left to it.
 */
export function mapRefresher(
  renderer: Sigma,
  display: DisplayGraph,
  stepped: boolean,
  underWay: Promise<Error | null> | null,
  failed: (error: Error) => void,
): MapRefresher {
  let running = underWay !== null;
  let run: ReturnType<typeof refreshInSteps> | null = null;
  let stopped = false;
  /** Items to index again once the run ends: null for none, "all" for every one. */
  let pending: ItemSets | "all" | null = null;
  const hovers = noItems();
  let waiting: (() => void)[] = [];

  const ended = (error: Error | null) => {
    running = false;
    run = null;
    if (stopped) return;
    if (error) {
      pending = null;
      failed(error);
    } else if (pending) return start();
    else if (hovers.nodes.size + hovers.edges.size > 0) {
      // Reduced again without indexing: what was indexed before the hover moved shows it.
      const items = listed(hovers);
      hovers.nodes.clear();
      hovers.edges.clear();
      renderer.refresh({ partialGraph: items, skipIndexation: true });
    }
    for (const then of waiting.splice(0)) then();
  };
  const start = () => {
    const items = pending === "all" || pending === null ? null : listed(pending);
    pending = null;
    running = true;
    run = refreshInSteps(renderer, items);
    void indexedInShortTasks(run).then(ended);
  };
  void underWay?.then(ended);

  return {
    changed(before, after) {
      if (before === after) return;
      const items = changedItems(renderer, display, before, after);
      if (items && items.nodes.length + items.edges.length === 0) return;
      // A failed hand-over left sigma an empty graph: a full refresh costs nothing.
      if (!running && (!stepped || renderer.getGraph() !== display)) {
        renderer.refresh(items ? { partialGraph: items } : undefined);
        return;
      }
      pending = gathered(pending, items);
      if (!running) start();
    },
    hovered(items) {
      if (!running) {
        renderer.refresh({ partialGraph: items, skipIndexation: true });
        return;
      }
      added(hovers, items);
    },
    whenDrawn(then) {
      if (running) waiting.push(then);
      else then();
    },
    dispose() {
      stopped = true;
      waiting = [];
      run?.return();
    },
  };
}

/**
 * The places and links a new input changes. The highlight is computed once; only the places and
 * links whose look it changes are reduced again (their draw order and programs change: sigma
 * indexes them again, without reducers). Null for all of them.
 */
function changedItems(
  renderer: Sigma,
  display: DisplayGraph,
  before: ReducerInput,
  after: ReducerInput,
): ChangedItems {
  const partial =
    before.language === after.language &&
    before.scale === after.scale &&
    sameOverlay(before.overlay, after.overlay) &&
    renderer.getGraph() === display;
  return partial ? highlightChange(before.highlight, after.highlight) : null;
}

function gathered(pending: ItemSets | "all" | null, items: ChangedItems): ItemSets | "all" {
  if (items === null || pending === "all") return "all";
  return added(pending ?? noItems(), items);
}

const noItems = (): ItemSets => ({ nodes: new Set(), edges: new Set() });

function added(into: ItemSets, items: Items): ItemSets {
  for (const node of items.nodes) into.nodes.add(node);
  for (const edge of items.edges) into.edges.add(edge);
  return into;
}

const listed = (items: ItemSets): Items => ({ nodes: [...items.nodes], edges: [...items.edges] });
