// Every corridor with its colour, description and sources; unticking one hides its links on the map
// (never those of the routes shown); "only this" draws one corridor alone, "show all" every one.
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import {
  showAllCorridors,
  showOnlyCorridor,
  toggleCorridorVisible,
} from "../../state/view-changes";
import { messages } from "../../text/messages";
import type { NetworkText } from "../../text/network-text";
import { el } from "../dom";
import { checkbox } from "./form-controls";
import { rebuild, watch } from "./panel-kit";
import { sourceList } from "./source-list";

export function mountCorridorsPanel(
  section: HTMLElement,
  text: NetworkText,
  store: Store<AppState>,
) {
  const all = text.corridors.map((corridor) => corridor.id);
  return watch(store, ["visibleCorridors", "language"], (state) => {
    const m = messages(state.language);
    const shown = (id: string) =>
      state.visibleCorridors === null || state.visibleCorridors.includes(id);
    const showAll = el(
      "button",
      { type: "button", "data-key": "corridors-all", disabled: state.visibleCorridors === null },
      [m.showAll],
    );
    showAll.addEventListener("click", () => store.update(showAllCorridors));
    const onlyThis = (id: string, name: string) => {
      const button = el(
        "button",
        {
          type: "button",
          class: "only",
          "data-key": `only-${id}`,
          "aria-label": m.onlyCorridor(name),
        },
        [m.onlyThis],
      );
      button.addEventListener("click", () => store.update(showOnlyCorridor(id)));
      return button;
    };
    const items = text.corridors.map((corridor) =>
      el("li", { class: "corridor" }, [
        el("div", { class: "corridor-choice" }, [
          checkbox(
            `show-${corridor.id}`,
            corridor.name[state.language],
            shown(corridor.id),
            () => store.update(toggleCorridorVisible(corridor.id, all)),
            corridor.color,
          ),
          onlyThis(corridor.id, corridor.name[state.language]),
        ]),
        el("p", { class: "description" }, [corridor.description[state.language]]),
        el("details", {}, [
          el("summary", { "data-key": `sources-${corridor.id}` }, [m.sources]),
          sourceList(corridor.sources, text),
        ]),
      ]),
    );
    rebuild(section, [
      el("h2", {}, [m.corridors]),
      el("p", { class: "hint" }, [m.shownOnMap, " ", showAll]),
      el("ul", { class: "corridor-list" }, items),
    ]);
  });
}
