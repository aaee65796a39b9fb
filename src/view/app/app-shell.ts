// The page's frame: a skip link, the header with the language switch, the side panel's sections
// (links to the far ones first) and the map area.
import { el } from "../dom";

export interface Shell {
  skipLink: HTMLElement;
  header: HTMLElement;
  panelLinks: HTMLElement;
  trip: HTMLElement;
  exports: HTMLElement;
  options: HTMLElement;
  routes: HTMLElement;
  network: HTMLElement;
  corridors: HTMLElement;
  trade: HTMLElement;
  analysis: HTMLElement;
  legend: HTMLElement;
  map: HTMLElement;
  mapArea: HTMLElement;
}

export function buildShell(root: HTMLElement): Shell {
  // Focusable from the panel links (tabindex -1: by script, not by Tab).
  const section = (name: string) =>
    el("section", { class: `panel ${name}`, "data-panel": name, tabindex: -1 });
  const shell = {
    skipLink: el("a", { class: "skip-link", href: "#map" }),
    header: el("header", { class: "app-header" }),
    panelLinks: el("nav", { class: "panel-links" }),
    trip: section("trip"),
    exports: el("div", { class: "panel export-bar", "data-panel": "exports" }),
    options: section("options"),
    routes: section("routes"),
    network: section("network"),
    corridors: section("corridors"),
    trade: section("trade"),
    analysis: section("analysis"),
    legend: section("legend"),
    map: el("div", { class: "map", id: "map", tabindex: 0 }),
  };
  const mapArea = el("main", { class: "map-area" }, [shell.map]);
  // The options above the routes they change; their downloads and the legend right after them.
  const side = el("aside", { class: "side" }, [
    shell.panelLinks,
    shell.trip,
    shell.options,
    shell.routes,
    shell.exports,
    shell.legend,
    shell.analysis,
    shell.network,
    shell.corridors,
    shell.trade,
  ]);
  root.replaceChildren(
    shell.skipLink,
    shell.header,
    el("div", { class: "layout" }, [side, mapArea]),
  );
  return { ...shell, mapArea };
}
