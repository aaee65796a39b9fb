// The hover tooltip: a place's names, countries, kind and corridors; a link's mode, figures, status, sources.
// Hidden over the place whose menu is open (the menu shows the place itself); Escape or a press off the map closes it.
import type { Language } from "../../core/dataset";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { formatNumber, messages } from "../../text/messages";
import type { NetworkText } from "../../text/network-text";
import { el, fill } from "../dom";
import { sourceList } from "../panels/source-list";
import type { DrawnNetwork } from "./drawn-network";
import type { HoverStore } from "./map-hover";

export function mountTooltip(
  container: HTMLElement,
  network: DrawnNetwork,
  text: NetworkText,
  store: Store<AppState>,
  hovered: HoverStore,
): () => void {
  const tip = el("div", { class: "tooltip", role: "tooltip", hidden: true });
  container.append(tip);
  const render = () => {
    const state = store.get();
    const hover = hovered.get();
    if (!hover || (hover.kind === "place" && hover.id === state.placeMenu)) {
      tip.hidden = true;
      return;
    }
    const rows =
      hover.kind === "place"
        ? placeRows(network, text, hover.id, state.language)
        : linkRows(network, text, hover.id, state.language);
    fill(tip, rows);
    tip.hidden = false;
    const { width, height } = container.getBoundingClientRect();
    tip.style.left = `${Math.min(hover.x + 14, Math.max(0, width - tip.offsetWidth - 8))}px`;
    tip.style.top = `${Math.min(hover.y + 14, Math.max(0, height - tip.offsetHeight - 8))}px`;
  };
  const unsubscribeHover = hovered.subscribe(render);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.language !== previous.language || state.placeMenu !== previous.placeMenu) render();
  });
  const close = () => hovered.update(() => null);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") close();
  };
  const onPress = (event: PointerEvent) => {
    if (!container.contains(event.target as Node)) close();
  };
  document.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onPress);
  return () => {
    unsubscribeHover();
    unsubscribe();
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("pointerdown", onPress);
    tip.remove();
  };
}

const row = (label: string, value: string) =>
  el("div", { class: "row" }, [el("span", { class: "key" }, [label]), el("span", {}, [value])]);

/** A place's name (and its name in the other language), countries, kind and corridors. */
export function placeRows(
  { records, display }: DrawnNetwork,
  text: NetworkText,
  id: string,
  language: Language,
) {
  const m = messages(language);
  const place = records.places.get(id);
  if (!place) return [];
  const other = language === "en" ? "fr" : "en";
  const corridors = new Set(
    display.edges(id).flatMap((link) => records.links.get(link)?.corridors ?? []),
  );
  return [
    el("strong", {}, [place.name[language]]),
    place.name[other] !== place.name[language] &&
      el("div", { lang: other, class: "alt" }, [place.name[other]]),
    row(
      place.countries.length > 1 ? m.countries : m.country,
      text.countries(place.countries, language),
    ),
    row(m.kind, m.kinds[place.kind]),
    corridors.size > 0 &&
      row(m.corridors, [...corridors].map((c) => text.corridor(c, language)).join(", ")),
  ];
}

function linkRows({ records }: DrawnNetwork, text: NetworkText, id: string, language: Language) {
  const m = messages(language);
  const link = records.links.get(id);
  if (!link) return [];
  const [from, to] = [link.from, link.to].map((place) => text.place(place, language));
  const status = link.year ? `${m.statuses[link.status]} (${link.year})` : m.statuses[link.status];
  return [
    el("strong", {}, [`${from} – ${to}`]),
    row(m.mode, m.modeNames[link.mode]),
    row(m.length, `${formatNumber(link.km, language)} ${m.km}`),
    row(m.time, `${formatNumber(link.hours, language, 1)} ${m.hours}`),
    row(m.status, status),
    link.corridors.length > 0 &&
      row(m.corridors, link.corridors.map((c) => text.corridor(c, language)).join(", ")),
    el("div", { class: "key" }, [m.sources]),
    sourceList(link.sources, text),
  ];
}
