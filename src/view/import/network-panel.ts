// The network section: which network is shown, load another (progress, refused files' problems), export, go back.
import type { AppState } from "../../state/app-state";
import { PAGE_NETWORK_FORMATS, type PageNetworkFormat } from "../../state/network-export";
import { CANCELLABLE_STAGES, type NetworkStatus } from "../../state/network-status";
import { problemList } from "../../state/problem-list";
import type { Store } from "../../state/store";
import { formatNumber, messages } from "../../text/messages";
import type { Messages } from "../../text/messages-en";
import { el, fill } from "../dom";
import { rebuild } from "../panels/panel-kit";

export interface NetworkActions {
  load(files: File[]): void;
  /** Stops reading or checking the files; the network shown stays. */
  cancelLoad(): void;
  /** Downloads the network shown in a format (its writer may load first). */
  exportNetwork(format: PageNetworkFormat): void;
  backToBuiltIn(): void;
}

export function mountNetworkPanel(
  section: HTMLElement,
  stores: { app: Store<AppState>; status: Store<NetworkStatus> },
  actions: NetworkActions,
): () => void {
  const render = () => {
    const { language } = stores.app.get();
    const status = stores.status.get();
    const m = messages(language);
    const { shown } = status;
    const counts = m.networkCounts(
      formatNumber(shown.places, language),
      formatNumber(shown.links, language),
    );
    rebuild(section, [
      el("h2", {}, [m.network]),
      el("p", { class: "network-name" }, [
        el("strong", {}, [shown.name ?? m.builtInNetwork]),
        ` · ${counts}`,
      ]),
      controls(m, status, actions),
      el("p", { class: "hint" }, [m.loadHint]),
      progress(m, status, actions),
      ...(status.basemap === "missing"
        ? [el("p", { class: "basemap-missing" }, [m.basemapMissing])]
        : []),
    ]);
  };
  render();
  const stopApp = stores.app.subscribe((state, previous) => {
    if (state.language !== previous.language) render();
  });
  const stopStatus = stores.status.subscribe(render);
  return () => {
    stopApp();
    stopStatus();
  };
}

function controls(m: Messages, status: NetworkStatus, actions: NetworkActions): HTMLElement {
  const busy = status.progress.kind === "working";
  const input = el("input", {
    type: "file",
    id: "network-file",
    accept: ".json,.csv,application/json,text/csv",
    multiple: true,
    class: "visually-hidden",
  });
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) actions.load(files);
  });
  const picker = el("label", { for: input.id, class: "file-button", "data-key": "load" }, [
    m.loadNetwork,
  ]);
  // The picker stays open while a load is under way: a file picked then replaces the one loading.
  const button = (key: string, label: string, act: () => void) => {
    const control = el("button", { type: "button", "data-key": key, disabled: busy }, [label]);
    control.addEventListener("click", act);
    return control;
  };
  const exports = PAGE_NETWORK_FORMATS.map((format) => {
    const control = button(`export-network-${format}`, m.networkFormats[format], () =>
      actions.exportNetwork(format),
    );
    control.dataset.networkExport = format;
    return control;
  });
  return el("div", {}, [
    el("div", { class: "buttons network-buttons" }, [
      input,
      picker,
      status.shown.name !== null && button("built-in", m.backToBuiltIn, actions.backToBuiltIn),
    ]),
    el("div", { class: "buttons network-buttons", role: "group", "aria-label": m.exportNetwork }, [
      el("span", { class: "export-label" }, [m.exportNetwork]),
      ...exports,
    ]),
  ]);
}

function progress(m: Messages, status: NetworkStatus, actions: NetworkActions): HTMLElement {
  const box = el("div", { class: "import-status", role: "status", "aria-live": "polite" });
  const { progress } = status;
  if (progress.kind === "working") {
    const cancel =
      CANCELLABLE_STAGES.has(progress.stage) &&
      el("button", { type: "button", class: "cancel-load", "data-key": "cancel-load" }, [
        m.cancelLoad,
      ]);
    if (cancel) cancel.addEventListener("click", actions.cancelLoad);
    fill(box, [el("progress", {}), el("span", {}, [m.importStages[progress.stage]]), cancel]);
  } else if (progress.kind === "cancelled") {
    fill(box, [el("p", {}, [m.loadCancelled(progress.files)])]);
  } else if (progress.kind === "failed") {
    const list = problemList(progress.problems);
    const uncounted = progress.uncounted ?? 0;
    const total = progress.problems.length + uncounted;
    fill(box, [
      el("p", { class: "problem" }, [m.refused(progress.files, total)]),
      el(
        "ul",
        { class: "problem import-problems", lang: "en" },
        list.lines.map((line) => el("li", {}, [line])),
      ),
      list.more + uncounted > 0 &&
        el("p", { class: "problem" }, [m.moreProblems(list.more + uncounted)]),
    ]);
  } else if (progress.kind === "not-shown") {
    fill(box, [el("p", { class: "problem" }, [m.notShown(progress.files, progress.reason)])]);
  } else if (progress.kind === "not-drawn") {
    fill(box, [el("p", { class: "problem" }, [m.notDrawn(progress.files, progress.reason)])]);
  }
  return box;
}
