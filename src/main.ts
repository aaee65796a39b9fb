// Entry point of the explorer: loads the shipped network, restores the linked view, and mounts the explorer.
import { DatasetError, formatProblem } from "./core/validation/problems";
import { initialState } from "./state/app-state";
import { rememberedLanguage, rememberLanguage } from "./state/language-memory";
import { decodeSharedView } from "./state/share-link";
import { applySharedView, knownNames } from "./state/shared-state";
import { createStore } from "./state/store";
import { messages } from "./text/messages";
import { syncAddress } from "./view/app/address-sync";
import { showError } from "./view/app/error-screen";
import { type ExplorerApp, mountExplorerApp } from "./view/app/explorer-app";
import { loadShippedDataset } from "./view/app/shipped-dataset";
import { hasWebGL } from "./view/app/webgl-support";
import {
  answeredOrAfter,
  openRouteWorkerAhead,
  type RouteFinder,
  startRouteFinder,
} from "./view/route-search/route-finder";
import "./view/app/styles.css";
import "./view/app/files.css";
import "./view/trade/trade.css";
import "./view/analysis/analysis.css";
import "./view/app/print.css";

/** How long the page waits for the linked trip's routes before mounting the map without them. */
const FIRST_ROUTES_WAIT_MS = 500;

async function start(root: HTMLElement): Promise<void> {
  const storage = safeStorage();
  const language = rememberedLanguage(storage, navigator.languages);
  if (!hasWebGL()) return showError(root, messages(language).noWebgl);
  const routeWorker = openRouteWorkerAhead(); // Its script loads while the network is read.
  let routes: RouteFinder | null = null;
  let app: ExplorerApp | null = null;
  try {
    const dataset = await loadShippedDataset();
    const link = decodeSharedView(window.location.search, knownNames(dataset));
    const store = createStore(applySharedView(initialState(language), link.view));
    store.subscribe((state, previous) => {
      if (state.language !== previous.language) rememberLanguage(storage, state.language);
    });
    routes = startRouteFinder(dataset, store, routeWorker);
    // The main thread stays free while the linked trip's routes are found: the worker gets the
    // network only between the page's tasks, and the mount would hold it for most of a second.
    await answeredOrAfter(routes, FIRST_ROUTES_WAIT_MS);
    app = mountExplorerApp(root, dataset, store, link.ignored, routes);
    syncAddress(store, app.knownNames);
    performance.mark("explorer-ready");
  } catch (error) {
    const details =
      error instanceof DatasetError ? error.problems.map(formatProblem) : [String(error)];
    showError(root, messages(language).datasetError, details);
    console.error(error);
    // What was started goes with the page it served (the explorer disposes its route finder).
    if (app) app.dispose();
    else if (routes) routes.dispose();
    else routeWorker?.worker.terminate();
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const root = document.getElementById("app");
if (root) void start(root);
