// Mounts the whole explorer: frame, panels, map, tooltip and place menu, all reading one store.
import type { Dataset } from "../../core/dataset";
import { linkLines } from "../../core/link-geometry";
import type { AppState } from "../../state/app-state";
import { knownNames } from "../../state/shared-state";
import type { Store } from "../../state/store";
import { networkText } from "../../text/network-text";
import { mountAnalysisPanel } from "../analysis/analysis-panel";
import type { AnalysisRunner } from "../analysis/analysis-runner";
import { mountExportBar } from "../export/export-bar";
import { mountLegend } from "../legend/legend";
import { mountMapControls } from "../map/map-controls";
import { mountMap } from "../map/map-view";
import { mountScaleBar } from "../map/scale-bar";
import { mountTooltip } from "../map/tooltip";
import { mountCorridorsPanel } from "../panels/corridors-panel";
import { mountOptionsPanel } from "../panels/options-panel";
import { mountRoutesPanel } from "../panels/routes-panel";
import { mountTripPanel } from "../panels/trip-panel";
import { mountPlaceMenu } from "../places/place-menu";
import type { RouteFinder } from "../route-search/route-finder";
import { mountTradePanel } from "../trade/trade-panel";
import { buildShell } from "./app-shell";
import { mountHeader } from "./header";
import { mountInOrder } from "./mount-order";
import type { PreparedNetwork } from "./network-preparation";
import { mountPageLinks } from "./page-links";
import { exposeForTests } from "./test-hooks";

export interface ExplorerContext {
  dataset: Dataset;
  /** Its drawn graph, records by id, looks and outlines (see network-preparation). */
  prepared: PreparedNetwork;
  store: Store<AppState>;
  /** The routes asked for, found in the route worker. */
  routes: Pick<RouteFinder, "search" | "stop">;
  /** The corridor comparison, scenario and chokepoints, run in analysis workers. */
  analysis: AnalysisRunner;
  /** Mounts the network section (load, export, back to the built-in network). */
  networkPanel: (section: HTMLElement) => () => void;
  /** Hears whether the map's basemap was drawn or could not be loaded. */
  basemapSettled: (outcome: "drawn" | "missing") => void;
  /** Hears why the map could not draw the network's graph. */
  drawingFailed: (reason: string) => void;
}

export function mountExplorer(root: HTMLElement, context: ExplorerContext): () => void {
  const { dataset, prepared, store, routes, analysis } = context;
  const { records, display } = prepared;
  const shell = buildShell(root);
  const text = networkText(dataset, records);
  const map = mountMap(shell.map, {
    network: prepared,
    predrawn: prepared.predrawn,
    corridors: dataset.corridors,
    geometry: dataset.geometry,
    store,
    search: routes.search,
    analysis: analysis.runs,
    basemapSettled: context.basemapSettled,
    drawingFailed: context.drawingFailed,
  });
  const placeAt = (id: string) => records.places.get(id);
  const disposeAll = mountInOrder([
    // Mounted first, disposed last: the panels below read its renderer.
    () => map.dispose,
    () => mountHeader(shell.header, store),
    () => mountPageLinks(shell.skipLink, shell.panelLinks, shell, store),
    () => mountTripPanel(shell.trip, dataset.places, store),
    () =>
      mountExportBar(shell.exports, {
        store,
        search: routes.search,
        placeAt,
        lineOf: linkLines(dataset),
        text,
        renderer: map.renderer,
        hover: map.hover,
      }),
    () => mountRoutesPanel(shell.routes, text, store, routes),
    () => mountOptionsPanel(shell.options, dataset, text, store),
    () => context.networkPanel(shell.network),
    () => mountCorridorsPanel(shell.corridors, prepared.outlines, text, store, analysis.compare),
    () => mountTradePanel(shell.trade, dataset.trade, text, store),
    () =>
      mountAnalysisPanel(shell.analysis, {
        store,
        runner: analysis,
        runs: analysis.runs,
        text,
        countries: [...knownNames(dataset).countries],
        crossings: dataset.places.filter((p) => p.kind === "border-crossing").map((p) => p.id),
        csvOptions: (language) => ({ placeAt, language, byteOrderMark: true }),
      }),
    () => mountLegend(shell.legend, store),
    () => mountTooltip(shell.mapArea, { records, display }, text, store, map.hover),
    () => mountPlaceMenu(shell.mapArea, map.renderer, { records, display }, text, store),
    () =>
      mountMapControls(shell.mapArea, {
        renderer: map.renderer,
        fitToRoute: map.fitToRoute,
        store,
        search: routes.search,
      }),
    () => mountScaleBar(shell.mapArea, map.renderer, store),
    () =>
      exposeForTests({
        renderer: map.renderer,
        store,
        search: routes.search,
        placedLabels: map.placedLabels,
      }),
  ]);
  return disposeAll;
}
