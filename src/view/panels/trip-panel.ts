// The trip: "From" and "To" fields with suggestions, Swap and Clear, and how to pick on the map.
import type { Place } from "../../core/dataset";
import { placeSearch } from "../../core/place-suggestions";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import {
  clearTrip,
  clickTarget,
  setDestination,
  setOrigin,
  swapTrip,
} from "../../state/trip-changes";
import { messages } from "../../text/messages";
import { el, fill, touchScreen } from "../dom";
import { placeField } from "../places/place-field";
import { watch } from "./panel-kit";

export function mountTripPanel(section: HTMLElement, places: Place[], store: Store<AppState>) {
  const search = placeSearch(places);
  const from = placeField("from", places, search, (id) => store.update(setOrigin(id)));
  const to = placeField("to", places, search, (id) => store.update(setDestination(id)));
  const heading = el("h2", { id: "trip-heading" });
  const swap = el("button", { type: "button", "data-key": "swap" });
  const clear = el("button", { type: "button", "data-key": "clear" });
  const hint = el("p", { class: "hint" });
  swap.addEventListener("click", () => store.update(swapTrip));
  clear.addEventListener("click", () => store.update(clearTrip));
  section.setAttribute("aria-labelledby", heading.id);
  fill(section, [
    heading,
    from.element,
    to.element,
    el("div", { class: "buttons" }, [swap, clear]),
    hint,
  ]);
  const unwatchLanguage = watch(store, ["language"], (state) => {
    const m = messages(state.language);
    heading.textContent = m.trip;
    from.caption.textContent = m.from;
    to.caption.textContent = m.to;
    swap.textContent = `⇅ ${m.swap}`;
    swap.title = m.swapTitle;
    clear.textContent = m.clear;
    clear.title = m.clearTitle;
  });
  const unwatchTrip = watch(store, ["origin", "destination", "language"], (state) => {
    from.show(state.origin, state.language);
    to.show(state.destination, state.language);
    const m = messages(state.language);
    hint.textContent = touchScreen() ? m.tapHint : `${clickHint(state)} ${m.menuHint}`;
  });
  return () => {
    unwatchLanguage();
    unwatchTrip();
  };
}

/** What the next click on the map does, in the reader's words: with a whole trip, a new destination. */
function clickHint(state: AppState): string {
  const hints = messages(state.language).clickHint;
  if (clickTarget(state) === "origin") return hints.origin;
  return state.destination === null ? hints.destination : hints.newDestination;
}
