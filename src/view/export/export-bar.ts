// The route list's download buttons (CSV, JSON, GeoJSON, PNG), enabled only while the trip's routes are shown.
import type Sigma from "sigma";
import type { ExportOptions } from "../../core/export/export-places";
import type { AppState } from "../../state/app-state";
import {
  exportFileName,
  ROUTE_FORMATS,
  routeExportFile,
  shownRoutes,
} from "../../state/route-export";
import type { RouteSearch } from "../../state/route-search";
import type { Store } from "../../state/store";
import { messages } from "../../text/messages";
import type { NetworkText } from "../../text/network-text";
import { routeNames } from "../../text/route-names";
import { routeWords } from "../../text/route-words";
import { el } from "../dom";
import type { HoverStore } from "../map/map-hover";
import { rebuild, watchWithRoutes } from "../panels/panel-kit";
import { download, downloadText } from "./download";
import { mapImage } from "./map-image";
import { mapOverlay } from "./map-overlay";

export interface ExportContext {
  store: Store<AppState>;
  search: Store<RouteSearch>;
  placeAt: ExportOptions["placeAt"];
  lineOf: ExportOptions["lineOf"];
  text: NetworkText;
  renderer: Sigma;
  /** The map's hover, cleared before a picture is taken. */
  hover: HoverStore;
}

export function mountExportBar(bar: HTMLElement, context: ExportContext): () => void {
  const { store, search, placeAt, lineOf, text, renderer, hover } = context;
  return watchWithRoutes(store, search, ["language"], (state, found) => {
    const m = messages(state.language);
    // The routes still shown while a newer query is awaited are not that query's: nothing to save.
    const result = found.awaiting ? null : shownRoutes(found.shown);
    const button = (format: string, label: string, save: () => void) => {
      const control = el(
        "button",
        {
          type: "button",
          "data-key": `export-${format}`,
          "data-export": format,
          disabled: !result,
        },
        [label],
      );
      control.addEventListener("click", save);
      return control;
    };
    const files = ROUTE_FORMATS.map((format) =>
      button(format, m.exportFormats[format], () => {
        if (!result) return;
        // The selection read when the button is pressed: the bar is not rebuilt when it changes.
        const selectedRank = store.get().selectedRoute + 1;
        const { language } = state;
        const words = routeWords(result, routeNames(text, language), language);
        const options = { placeAt, lineOf, language, selectedRank, words };
        const file = routeExportFile(result, format, options);
        downloadText(file.name, file.type, file.text);
      }),
    );
    const png = button("png", m.exportFormats.png, () => {
      if (!result) return;
      // No hover ring on the picture: the pointer is on the button anyway.
      hover.update(() => null);
      const overlay = mapOverlay(renderer, result, store.get(), placeAt);
      void mapImage(renderer, overlay).then((blob) =>
        download(exportFileName(result, "png"), blob),
      );
    });
    rebuild(bar, [
      el("span", { class: "export-label" }, [m.download]),
      el("div", { class: "buttons", role: "group", "aria-label": m.downloadRoutes }, [
        ...files,
        png,
      ]),
    ]);
  });
}
