// The route list's download buttons (CSV, JSON, GeoJSON, PNG), enabled only while routes are shown.
import type Sigma from "sigma";
import type { LatLon } from "../../core/geo";
import type { AppState } from "../../state/app-state";
import {
  exportFileName,
  ROUTE_FORMATS,
  routeExportFile,
  shownRoutes,
} from "../../state/route-export";
import { QUERY_FIELDS, type RouteOutcome } from "../../state/route-outcome";
import type { Store } from "../../state/store";
import { el } from "../dom";
import { messages } from "../i18n/messages";
import { rebuild, watch } from "../panel-kit";
import { download, downloadText } from "./download";
import { mapImage } from "./map-image";

export interface ExportContext {
  store: Store<AppState>;
  outcome: (state: AppState) => RouteOutcome;
  placeAt: (id: string) => LatLon | undefined;
  renderer: Sigma;
}

export function mountExportBar(bar: HTMLElement, context: ExportContext): () => void {
  const { store, outcome, placeAt, renderer } = context;
  return watch(store, [...QUERY_FIELDS, "language"], (state) => {
    const m = messages(state.language);
    const result = shownRoutes(outcome(state));
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
        const file = routeExportFile(result, format, placeAt);
        downloadText(file.name, file.type, file.text);
      }),
    );
    const png = button("png", m.exportFormats.png, () => {
      if (!result) return;
      void mapImage(renderer).then((blob) => download(exportFileName(result, "png"), blob));
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
