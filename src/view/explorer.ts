// Mounts the whole explorer: frame, panels, map, tooltip and place menu, all reading one store.
import type { Dataset } from "../core/dataset";
import type { CorridorGraph } from "../core/network-graph";
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import { buildShell } from "./app-shell";
import { mountCorridorsPanel } from "./corridors-panel";
import type { DisplayGraph } from "./display-graph";
import { mountExportBar } from "./export/export-bar";
import { mountHeader } from "./header";
import { mountLegend } from "./legend";
import { mountMapControls } from "./map-controls";
import { mountMap } from "./map-view";
import { mountInOrder } from "./mount-order";
import { networkText } from "./network-text";
import { mountOptionsPanel } from "./options-panel";
import { mountPlaceMenu } from "./place-menu";
import type { RouteFinder } from "./route-search/route-finder";
import { mountRoutesPanel } from "./routes-panel";
import { mountScaleBar } from "./scale-bar";
import { mountTooltip } from "./tooltip";
import { mountTradePanel } from "./trade-panel";
import { mountTripPanel } from "./trip-panel";

export interface ExplorerContext {
  dataset: Dataset;
  network: CorridorGraph;
  /** The drawn copy of the network (see buildDisplayGraph). */
  display: DisplayGraph;
  store: Store<AppState>;
  /** The routes asked for, found in the route worker. */
  routes: Pick<RouteFinder, "search" | "stop">;
  /** Mounts the network section (load, export, back to the built-in network). */
  networkPanel: (section: HTMLElement) => () => void;
}

export function mountExplorer(root: HTMLElement, context: ExplorerContext): () => void {
  const { dataset, network, store, routes } = context;
  const shell = buildShell(root);
  const text = networkText(dataset);
  const map = mountMap(shell.map, {
    network,
    display: context.display,
    corridors: dataset.corridors,
    store,
    search: routes.search,
  });
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const placeAt = (id: string) => places.get(id);
  const disposeAll = mountInOrder([
    // Mounted first, disposed last: the panels below read its renderer.
    () => map.dispose,
    () => mountHeader(shell.header, store),
    () => mountTripPanel(shell.trip, dataset.places, store),
    () =>
      mountExportBar(shell.exports, {
        store,
        search: routes.search,
        placeAt,
        renderer: map.renderer,
      }),
    () => mountRoutesPanel(shell.routes, text, store, routes),
    () => mountOptionsPanel(shell.options, dataset, text, store),
    () => context.networkPanel(shell.network),
    () => mountCorridorsPanel(shell.corridors, text, store),
    () => mountTradePanel(shell.trade, dataset.trade, text, store),
    () => mountLegend(shell.legend, store),
    () => mountTooltip(shell.mapArea, network, text, store),
    () => mountPlaceMenu(shell.mapArea, map.renderer, text, store),
    () =>
      mountMapControls(shell.mapArea, {
        renderer: map.renderer,
        fitToRoute: map.fitToRoute,
        store,
        search: routes.search,
      }),
    () => mountScaleBar(shell.mapArea, map.renderer, store),
  ]);
  (window as unknown as { corridorExplorer?: unknown }).corridorExplorer = {
    renderer: map.renderer,
    store,
    search: routes.search,
    placedLabels: map.placedLabels,
  };
  return disposeAll;
}
