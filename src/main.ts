// Entry point of the explorer: loads the shipped network, builds it, and mounts the view.
import { buildNetworkGraph } from "./core/network-graph";
import { compileRoutingIndex } from "./core/routing";
import { DatasetError, formatProblem } from "./core/validation/problems";
import { initialState } from "./state/app-state";
import { rememberedLanguage, rememberLanguage } from "./state/language-memory";
import { routeOutcomes } from "./state/route-outcome";
import { decodeSharedView } from "./state/share-link";
import { applySharedView, knownNames } from "./state/shared-state";
import { createStore } from "./state/store";
import { syncAddress } from "./view/address-sync";
import { showError } from "./view/error-screen";
import { mountExplorer } from "./view/explorer";
import { messages } from "./view/i18n/messages";
import { mountNotice } from "./view/notice";
import { loadShippedDataset } from "./view/shipped-dataset";
import { hasWebGL } from "./view/webgl-support";
import "./view/styles.css";
import "./view/files.css";

async function start(root: HTMLElement): Promise<void> {
  const storage = safeStorage();
  const language = rememberedLanguage(storage, navigator.languages);
  if (!hasWebGL()) return showError(root, messages(language).noWebgl);
  try {
    const dataset = await loadShippedDataset();
    const network = buildNetworkGraph(dataset);
    const index = compileRoutingIndex(network, dataset.corridors);
    const link = decodeSharedView(window.location.search, knownNames(dataset));
    const store = createStore(applySharedView(initialState(language), link.view));
    store.subscribe((state, previous) => {
      if (state.language !== previous.language) rememberLanguage(storage, state.language);
    });
    mountExplorer(root, { dataset, network, store, outcome: routeOutcomes(index) });
    mountNotice(root.querySelector(".side") ?? root, store, (m) => m.linkIgnored, link.ignored);
    syncAddress(store);
    performance.mark("explorer-ready");
  } catch (error) {
    const details =
      error instanceof DatasetError ? error.problems.map(formatProblem) : [String(error)];
    showError(root, messages(language).datasetError, details);
    console.error(error);
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
