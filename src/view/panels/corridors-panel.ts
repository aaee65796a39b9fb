// Every corridor as a card: its colour, km by status and countries at a glance; its description,
// crossings, published figures and sources folded under one line; a button for routes between its ends.
// Unticking one hides its links on the map (never those of the routes shown); "only this" draws one
// corridor alone, "show all" every one.
import type { CorridorOutline } from "../../core/corridors";
import type { Corridor, Language } from "../../core/dataset";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { setTrip } from "../../state/trip-changes";
import {
  showAllCorridors,
  showOnlyCorridor,
  toggleCorridorVisible,
} from "../../state/view-changes";
import { PANEL_WORDS } from "../../text/analysis-panel-words";
import { corridorKmLine, figureLine } from "../../text/corridor-card-text";
import { labelled, messages } from "../../text/messages";
import type { NetworkText } from "../../text/network-text";
import { el } from "../dom";
import { checkbox } from "./form-controls";
import { rebuild, watch } from "./panel-kit";
import { sourceList } from "./source-list";

/** `outlining`: the corridors' outlines, or their promise: a big import's cards show them once they come. */
export function mountCorridorsPanel(
  section: HTMLElement,
  outlining: ReadonlyMap<string, CorridorOutline> | Promise<ReadonlyMap<string, CorridorOutline>>,
  text: NetworkText,
  store: Store<AppState>,
  /** Compares the corridors for the trip set (the analysis section's comparison). */
  compareCorridors: () => void,
) {
  const all = text.corridors.map((corridor) => corridor.id);
  // Known ones are drawn at once: the panel is drawn once, not again a moment later.
  let outlines: ReadonlyMap<string, CorridorOutline> =
    outlining instanceof Promise ? new Map() : outlining;
  let live = true;
  const render = (state: AppState) => {
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
        ...corridorCard(
          corridor,
          outlines.get(corridor.id),
          text,
          store,
          state.language,
          compareCorridors,
        ),
      ]),
    );
    // A card opened stays open when the panel is drawn again (in another language, or once a big
    // import's outlines come).
    rebuild(
      section,
      [
        el("h2", {}, [m.corridors]),
        el("p", { class: "hint" }, [m.shownOnMap, " ", showAll]),
        el("ul", { class: "corridor-list" }, items),
      ],
      true,
    );
  };
  const stopWatching = watch(store, ["visibleCorridors", "language"], render);
  if (outlining instanceof Promise)
    outlining
      .then((outlined) => {
        if (!live) return;
        outlines = outlined;
        render(store.get());
      })
      .catch((error: unknown) => console.error(error));
  return () => {
    live = false;
    stopWatching();
  };
}

/** The card under a corridor's tick box: a line at a glance, the rest folded. */
function corridorCard(
  corridor: Corridor,
  outline: CorridorOutline | undefined,
  text: NetworkText,
  store: Store<AppState>,
  language: Language,
  compareCorridors: () => void,
): HTMLElement[] {
  const m = messages(language);
  const glance = outline
    ? [
        el("p", { class: "corridor-glance" }, [
          corridorKmLine(outline.km, language),
          el("br"),
          text.countries(outline.countries, language),
        ]),
      ]
    : [];
  const crossings = outline?.crossings.map((id) => text.shortPlace(id, language)) ?? [];
  const figures = corridor.figures ?? [];
  return [
    ...glance,
    el("details", { class: "corridor-more" }, [
      el("summary", { "data-key": `about-${corridor.id}` }, [m.aboutCorridor]),
      el("p", { class: "description" }, [corridor.description[language]]),
      el("p", {}, [
        labelled(
          m.corridorCrossings,
          crossings.length > 0 ? crossings.join(", ") : m.noCrossings,
          language,
        ),
      ]),
      ...(figures.length > 0
        ? [
            el("h3", {}, [m.corridorFigures]),
            el(
              "ul",
              { class: "corridor-figures" },
              figures.map((figure) =>
                el("li", {}, [
                  el("strong", {}, [figureLine(figure, language)]),
                  ` — ${figure.what[language]}`,
                  sourceList(figure.sources, text),
                ]),
              ),
            ),
          ]
        : []),
      ...endsButtons(corridor, text, store, language, compareCorridors),
      el("h3", {}, [m.sources]),
      sourceList(corridor.sources, text),
    ]),
  ];
}

/**
 * The trip its card offers, from the corridor's first terminus to its last: its routes, and the
 * corridors compared for it (this one against the others).
 */
function endsButtons(
  corridor: Corridor,
  text: NetworkText,
  store: Store<AppState>,
  language: Language,
  compareCorridors: () => void,
): HTMLElement[] {
  const from = corridor.termini[0];
  const to = corridor.termini.at(-1);
  if (!from || !to || from === to) return [];
  const [fromName, toName] = [from, to].map((id) => text.shortPlace(id, language)) as [
    string,
    string,
  ];
  const routes = el("button", { type: "button", "data-key": `ends-${corridor.id}` }, [
    messages(language).routeCorridorEnds(fromName, toName),
  ]);
  routes.addEventListener("click", () => store.update(setTrip(from, to)));
  const compare = el("button", { type: "button", "data-key": `compare-${corridor.id}` }, [
    PANEL_WORDS[language].compareEnds(fromName, toName),
  ]);
  compare.addEventListener("click", () => {
    store.update(setTrip(from, to));
    compareCorridors();
    document.querySelector('[data-block="compare"]')?.scrollIntoView({ block: "start" });
  });
  return [routes, compare];
}
