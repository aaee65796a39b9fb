// The explorer over one network at a time: mounts it, and swaps in a loaded network or the built-in one.
import type { Dataset } from "../../core/dataset";
import { networkToJson } from "../../core/network-file/json-network";
import { buildNetworkGraph } from "../../core/network-graph";
import type { AppState } from "../../state/app-state";
import {
  type ImportStage,
  type NetworkStatus,
  networkFileName,
  networkShown,
} from "../../state/network-status";
import { keepKnown } from "../../state/network-swap";
import type { KnownNames } from "../../state/share-link";
import { knownNames } from "../../state/shared-state";
import { createStore, type Store } from "../../state/store";
import { el } from "../dom";
import { downloadText } from "../export/download";
import { mountDropTarget } from "../import/drop-target";
import { mountNetworkPanel } from "../import/network-panel";
import { readInWorker } from "../import/read-in-worker";
import { buildDisplayGraph } from "../map/display-graph";
import { startRouteFinder } from "../route-search/route-finder";
import { mountExplorer } from "./explorer";
import { marked, painted } from "./frames";
import { mountLinkNotice } from "./link-notice";
import { mountInOrder, swapMounted } from "./mount-order";

/** Returns the names a link may use in the network shown (it changes when a network is loaded). */
export function mountExplorerApp(
  root: HTMLElement,
  builtIn: Dataset,
  store: Store<AppState>,
  linkIgnored: string[],
): () => KnownNames {
  let dataset = builtIn;
  const status = createStore<NetworkStatus>({
    shown: networkShown(builtIn, null),
    progress: { kind: "idle" },
  });
  const setStage = (stage: ImportStage, files: string) => {
    performance.mark(`import-${stage}`);
    status.update((s) => ({ ...s, progress: { kind: "working", stage, files } }));
  };

  /** The heavy part: the graph (the route worker compiles the routing index at the first query). */
  const prepare = (next: Dataset) => ({ network: buildNetworkGraph(next) });
  /** The map's copy of the graph, built in its own task (a big network's steps stay short). */
  const withDisplay = (built: ReturnType<typeof prepare>) => ({
    ...built,
    display: buildDisplayGraph(built.network),
  });
  /**
   * Each explorer in its own host, stacked over the one shown until that one is disposed; its route
   * finder first, so that it has moved to a new query before the panels draw it.
   */
  const mount = (
    next: Dataset,
    built: ReturnType<typeof withDisplay>,
    routes = startRouteFinder(next, store),
  ) => {
    const host = el("div", { class: "explorer" });
    return mountInOrder([
      () => routes.dispose,
      () => {
        root.append(host);
        return () => host.remove();
      },
      () =>
        mountExplorer(host, {
          dataset: next,
          ...built,
          store,
          routes,
          networkPanel: (section) => mountNetworkPanel(section, { app: store, status }, actions),
        }),
    ]);
  };
  /** Carries the state over to `next` and mounts it; if mounting fails, the state is put back. */
  const mountCarryingState = (next: Dataset, built: ReturnType<typeof withDisplay>) => {
    const before = store.get();
    store.update((state) => keepKnown(state, knownNames(next)));
    try {
      return mount(next, built);
    } catch (error) {
      store.update(() => before);
      throw error;
    }
  };
  let dispose = () => {};

  /** Shows `next` in place of the network shown; on any error that one stays and the panel says why. */
  const show = async (next: Dataset, name: string | null) => {
    const files = name ?? "";
    let mounted = 0;
    try {
      setStage("building", files);
      await painted();
      const prepared = prepare(next);
      await painted();
      const built = withDisplay(prepared);
      setStage("drawing", files);
      await painted();
      mounted = performance.now();
      dispose = swapMounted(dispose, () => mountCarryingState(next, built));
    } catch (error) {
      console.error(error);
      const reason = error instanceof Error ? error.message : String(error);
      status.update((s) => ({ ...s, progress: { kind: "not-shown", files, reason } }));
      return;
    }
    dataset = next;
    // "Drawing the map" stays up until the map and its basemap are on the screen.
    await marked("basemap-drawn", mounted);
    await painted();
    status.update(() => ({ shown: networkShown(next, name), progress: { kind: "idle" } }));
    performance.mark("network-ready");
  };

  let cancelImport = new AbortController();
  const actions = {
    async load(files: File[]) {
      if (status.get().progress.kind === "working") return;
      const names = files.map((file) => file.name).join(", ");
      cancelImport = new AbortController();
      const stage = (next: ImportStage) => setStage(next, names);
      const checked = await readInWorker(files, builtIn, stage, cancelImport.signal);
      if (checked === null) {
        status.update((s) => ({ ...s, progress: { kind: "cancelled", files: names } }));
        return;
      }
      if (checked.ok) return show(checked.dataset, names);
      status.update((s) => ({
        ...s,
        progress: {
          kind: "failed",
          files: names,
          problems: checked.problems,
          uncounted: checked.uncounted ?? 0,
        },
      }));
    },
    cancelLoad() {
      cancelImport.abort();
    },
    exportNetwork() {
      downloadText(networkFileName(status.get().shown), "application/json", networkToJson(dataset));
    },
    backToBuiltIn() {
      void show(builtIn, null);
    },
  };
  root.replaceChildren(); // The loading message goes; each explorer then mounts in a host of its own.
  const firstRoutes = startRouteFinder(builtIn, store);
  dispose = mount(builtIn, withDisplay(prepare(builtIn)), firstRoutes);
  const side = root.querySelector<HTMLElement>(".side");
  if (side) mountLinkNotice(side, store, firstRoutes.search, linkIgnored);
  mountDropTarget(
    () => store.get().language,
    (files) => void actions.load(files),
  );
  return () => knownNames(dataset);
}
