// The explorer over one network at a time: mounts it, and hands loading another one to network-loading.
import type { Dataset } from "../../core/dataset";
import { stepsToEnd } from "../../core/steps";
import type { AppState } from "../../state/app-state";
import { networkExportFile } from "../../state/network-export";
import {
  basemapSettled,
  drawingFailed,
  initialNetworkStatus,
  type NetworkStatus,
} from "../../state/network-status";
import { keepKnown } from "../../state/network-swap";
import type { KnownNames } from "../../state/share-link";
import { knownNames } from "../../state/shared-state";
import { createStore, type Store } from "../../state/store";
import { startAnalysisRunner } from "../analysis/analysis-runner";
import { loadStandardTrips } from "../analysis/standard-trips";
import { el } from "../dom";
import { downloadText } from "../export/download";
import { mountDropTarget } from "../import/drop-target";
import { mountNetworkPanel, type NetworkActions } from "../import/network-panel";
import { predrawMap } from "../map/map-renderer";
import { type RouteFinder, startRouteFinder } from "../route-search/route-finder";
import { mountExplorer } from "./explorer";
import { mountLinkNotice } from "./link-notice";
import { mountInOrder, swapMounted } from "./mount-order";
import { type Predraw, startNetworkLoading } from "./network-loading";
import { type PreparedNetwork, preparationSteps } from "./network-preparation";

export interface ExplorerApp {
  /** The names a link may use in the network shown (they change when a network is loaded). */
  knownNames: () => KnownNames;
  dispose: () => void;
}

export function mountExplorerApp(
  root: HTMLElement,
  builtIn: Dataset,
  store: Store<AppState>,
  linkIgnored: string[],
  /** The built-in network's route finder, started before the mount for the linked trip. */
  firstRoutes: RouteFinder,
): ExplorerApp {
  let dataset = builtIn;
  const status = createStore<NetworkStatus>(initialNetworkStatus(builtIn));

  /**
   * Each explorer in its own host, stacked over the one shown until that one is disposed; its route
   * finder first, so that it has moved to a new query before the panels draw it.
   */
  const mount = (
    next: Dataset,
    prepared: PreparedNetwork,
    routes = startRouteFinder(next, store),
  ) => {
    const host = el("div", { class: "explorer" });
    // The load this map is mounted for: an older map's drawing never ends a newer load.
    const load = status.get().load;
    // Only the built-in network has standard trips; another one's are the user's own file.
    const trips = next === builtIn ? loadStandardTrips(next) : Promise.resolve([]);
    const analysis = startAnalysisRunner(next, trips, store);
    return mountInOrder([
      () => routes.dispose,
      () => analysis.dispose,
      () => {
        root.append(host);
        return () => host.remove();
      },
      () =>
        mountExplorer(host, {
          dataset: next,
          prepared,
          store,
          routes,
          analysis,
          networkPanel: (section) => mountNetworkPanel(section, { app: store, status }, actions),
          basemapSettled: (outcome) => status.update((s) => basemapSettled(s, load, outcome)),
          drawingFailed: (reason) => status.update((s) => drawingFailed(s, load, reason)),
        }),
    ]);
  };
  let dispose = () => {};
  /** Carries the state over to `next` and mounts it; if mounting fails, the state is put back. */
  const swapIn = (next: Dataset, prepared: PreparedNetwork) => {
    const before = store.get();
    store.update((state) => keepKnown(state, knownNames(next)));
    try {
      dispose = swapMounted(dispose, () => mount(next, prepared));
    } catch (error) {
      store.update(() => before);
      throw error;
    }
    dataset = next;
  };

  // A big import's renderer is made while it is checked, the size of the map shown then.
  const predraw: Predraw = (network, tables) => {
    const shown = root.querySelector<HTMLElement>(".map");
    if (!shown) return null;
    const size = { width: shown.clientWidth, height: shown.clientHeight };
    return predrawMap(network, tables, store.get().language, size);
  };
  const loading = startNetworkLoading(status, builtIn, swapIn, predraw);
  const actions: NetworkActions = {
    ...loading,
    exportNetwork(format) {
      void networkExportFile(dataset, status.get().shown, format, store.get().language).then(
        (file) => downloadText(file.name, file.type, file.text),
      );
    },
  };
  root.replaceChildren(); // The loading message goes; each explorer then mounts in a host of its own.
  dispose = mount(builtIn, stepsToEnd(preparationSteps(builtIn)), firstRoutes);
  const side = root.querySelector<HTMLElement>(".side");
  if (side) mountLinkNotice(side, store, firstRoutes.search, linkIgnored);
  const disposeDropTarget = mountDropTarget(
    () => store.get().language,
    (files) => void actions.load(files),
  );
  return {
    knownNames: () => knownNames(dataset),
    dispose: () => {
      disposeDropTarget();
      loading.dispose();
      dispose();
    },
  };
}
