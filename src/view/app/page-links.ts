// The skip link to the map, and the side panel's links to its sections (the legend, the corridors)
// without scrolling past the itinerary. They move the focus, never the address.

import type { Language } from "../../core/dataset";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { PANEL_WORDS } from "../../text/analysis-panel-words";
import { messages } from "../../text/messages";
import type { Messages } from "../../text/messages-en";
import { el, fill } from "../dom";
import { watch } from "../panels/panel-kit";

/** The side panel's sections a link goes to, in the panel's order. */
const LINKED = ["routes", "legend", "analysis", "corridors", "trade"] as const;

export function mountPageLinks(
  skipLink: HTMLElement,
  nav: HTMLElement,
  targets: { map: HTMLElement } & Record<(typeof LINKED)[number], HTMLElement>,
  store: Store<AppState>,
): () => void {
  skipLink.addEventListener("click", (event) => focusOn(event, targets.map));
  return watch(store, ["language"], (state) => {
    const m = messages(state.language);
    skipLink.textContent = m.skipToMap;
    nav.setAttribute("aria-label", m.panelLinks);
    fill(
      nav,
      LINKED.map((name) => {
        const link = el("a", { href: `#${name}`, "data-key": `go-${name}` }, [
          sectionName(m, name, state.language),
        ]);
        link.addEventListener("click", (event) => focusOn(event, targets[name]));
        return link;
      }),
    );
  });
}

const sectionName = (m: Messages, name: (typeof LINKED)[number], language: Language) =>
  ({
    routes: m.routes,
    legend: m.legend,
    analysis: PANEL_WORDS[language].heading,
    corridors: m.corridors,
    trade: m.trade,
  })[name];

/** Focuses (and so scrolls to) the target; the address keeps its query, no fragment added. */
function focusOn(event: Event, target: HTMLElement): void {
  event.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
}
