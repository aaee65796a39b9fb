// The place menu (a click on a border crossing, a right-click on any place, a tap on a phone): the place's
// card (names, countries, kind, corridors) and what to do with it: from, to, via, avoid.
import type Sigma from "sigma";
import type { AppState } from "../../state/app-state";
import { toggleAvoidPlace } from "../../state/option-changes";
import type { Store } from "../../state/store";
import { addVia, setDestination, setOrigin } from "../../state/trip-changes";
import { openPlaceMenu } from "../../state/view-changes";
import { messages } from "../../text/messages";
import type { NetworkText } from "../../text/network-text";
import { el, fill } from "../dom";
import type { DrawnNetwork } from "../map/drawn-network";
import { placeRows } from "../map/tooltip";
import { watch } from "../panels/panel-kit";

export function mountPlaceMenu(
  area: HTMLElement,
  renderer: Sigma,
  network: DrawnNetwork,
  text: NetworkText,
  store: Store<AppState>,
) {
  const menu = el("div", { class: "place-menu", role: "dialog", hidden: true });
  area.append(menu);
  const close = () => store.update(openPlaceMenu(null));
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  const unwatch = watch(store, ["placeMenu", "language"], (state) => {
    const id = state.placeMenu;
    if (!id) {
      menu.hidden = true;
      return;
    }
    const m = messages(state.language);
    const name = text.place(id, state.language);
    const avoided = state.avoidPlaces.includes(id);
    const action = (label: string, change: (s: AppState) => AppState, key: string) => {
      const button = el("button", { type: "button", "data-key": key }, [label]);
      button.addEventListener("click", () => store.update(change));
      return button;
    };
    menu.setAttribute("aria-label", m.placeMenu(name));
    fill(menu, [
      el("div", { class: "place-card" }, placeRows(network, text, id, state.language)),
      action(avoided ? m.stopAvoiding : m.avoidHere, toggleAvoidPlace(id, !avoided), "menu-avoid"),
      action(m.viaHere, addVia(id), "menu-via"),
      action(m.fromHere, setOrigin(id), "menu-from"),
      action(m.toHere, setDestination(id), "menu-to"),
      action(m.close, openPlaceMenu(null), "menu-close"),
    ]);
    menu.hidden = false;
    place(menu, area, renderer, id);
    menu.querySelector("button")?.focus();
  });
  return () => {
    unwatch();
    menu.remove();
  };
}

/** Beside the place, kept inside the map area. */
function place(menu: HTMLElement, area: HTMLElement, renderer: Sigma, id: string): void {
  const data = renderer.getNodeDisplayData(id);
  if (!data) return;
  const point = renderer.framedGraphToViewport(data);
  const { width, height } = area.getBoundingClientRect();
  menu.style.left = `${Math.max(4, Math.min(point.x + 12, width - menu.offsetWidth - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(point.y + 12, height - menu.offsetHeight - 4))}px`;
}
