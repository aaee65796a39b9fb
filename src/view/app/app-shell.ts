// The page's frame: header with the language switch, the side panel's sections, and the map area.
import { el } from "../dom";

export interface Shell {
  header: HTMLElement;
  trip: HTMLElement;
  exports: HTMLElement;
  options: HTMLElement;
  routes: HTMLElement;
  network: HTMLElement;
  corridors: HTMLElement;
  trade: HTMLElement;
  legend: HTMLElement;
  map: HTMLElement;
  mapArea: HTMLElement;
}

export function buildShell(root: HTMLElement): Shell {
  const section = (name: string) => el("section", { class: `panel ${name}`, "data-panel": name });
  const shell = {
    header: el("header", { class: "app-header" }),
    trip: section("trip"),
    exports: el("div", { class: "panel export-bar", "data-panel": "exports" }),
    options: section("options"),
    routes: section("routes"),
    network: section("network"),
    corridors: section("corridors"),
    trade: section("trade"),
    legend: section("legend"),
    map: el("div", { class: "map", id: "map", tabindex: 0 }),
  };
  const mapArea = el("main", { class: "map-area" }, [shell.map]);
  const side = el("aside", { class: "side" }, [
    shell.trip,
    shell.exports,
    shell.routes,
    shell.options,
    shell.network,
    shell.corridors,
    shell.trade,
    shell.legend,
  ]);
  root.replaceChildren(shell.header, el("div", { class: "layout" }, [side, mapArea]));
  return { ...shell, mapArea };
}
