// Sigma's node and edge reducers: the base style overlaid with the current highlight (cheap, no search).
import type { Attributes } from "graphology-types";
import type { Language } from "../state/app-state";
import {
  AVOIDED_COLOUR,
  DESTINATION_COLOUR,
  FADED_COLOUR,
  linkColour,
  ORIGIN_COLOUR,
  routeColour,
  withOpacity,
} from "./appearance";
import type { BaseStyles } from "./base-styles";
import type { MapHighlight } from "./map-highlight";

export interface ReducerInput {
  highlight: MapHighlight;
  language: Language;
  /** Marked-place label prefixes in the reader's language ("From", "To", "Via", "Avoided"). */
  markWords: Record<"origin" | "destination" | "via" | "avoided", string>;
  /** Size factor for the map's width (see mapScale). */
  scale: number;
}

const MARK_COLOURS = {
  origin: ORIGIN_COLOUR,
  destination: DESTINATION_COLOUR,
  avoided: AVOIDED_COLOUR,
};

export function placeReducer(styles: BaseStyles, input: () => ReducerInput) {
  return (id: string, data: Attributes): Attributes => {
    const look = styles.places.get(id);
    if (!look) return data;
    const { highlight, language, markWords } = input();
    const mark = highlight.marks.get(id);
    const route = highlight.routeOfPlace.get(id);
    const shown = highlight.shownCorridors;
    const hidden = !mark && shown !== null && !anyShown(look.corridors, shown);
    const faded = highlight.hasRoutes && route === undefined && !mark;
    const label = look.label[language];
    const out: Attributes = {
      ...data,
      size: look.size,
      color: look.color,
      label,
      hidden,
      zIndex: look.size,
    };
    if (faded)
      Object.assign(out, { color: FADED_COLOUR, label: null, zIndex: 0, size: look.size * 0.6 });
    if (route !== undefined) Object.assign(out, { zIndex: 10 + look.size, size: look.size + 1 });
    if (mark) {
      const color = mark === "via" ? routeColour(highlight.selected) : MARK_COLOURS[mark];
      const size = mark === "avoided" ? look.size + 1 : look.size + 4;
      Object.assign(out, { color, size, forceLabel: true, zIndex: 20 });
      out.label = `${markWords[mark]} · ${label}`;
    }
    if (highlight.hoveredPlace === id) Object.assign(out, { highlighted: true, zIndex: 30 });
    out.size *= input().scale;
    return out;
  };
}

export function linkReducer(styles: BaseStyles, input: () => ReducerInput) {
  return (id: string, data: Attributes): Attributes => {
    const look = styles.links.get(id);
    if (!look) return data;
    const { highlight, scale } = input();
    const shown = highlight.shownCorridors;
    const colour = linkColour(
      look.corridors,
      styles.corridorColours,
      (c) => !shown || shown.has(c),
    );
    const route = highlight.routeOfLink.get(id);
    const hovered = highlight.hoveredLink === id ? 1.5 : 0;
    if (route !== undefined) {
      const selected = route === highlight.selected;
      const size = ((selected ? 5 : 3) + hovered) * scale;
      return {
        ...data,
        color: routeColour(route),
        size,
        dash: look.dash,
        zIndex: selected ? 3 : 2,
      };
    }
    if (colour === null) return { ...data, hidden: true };
    const faded = highlight.hasRoutes;
    const color = faded ? withOpacity("#7d8793", 0.35) : withOpacity(colour, look.opacity);
    const size = ((faded ? look.size * 0.7 : look.size) + hovered) * scale;
    return { ...data, color, size, dash: look.dash, zIndex: 0 };
  };
}

function anyShown(corridors: Set<string>, shown: Set<string>): boolean {
  for (const corridor of corridors) if (shown.has(corridor)) return true;
  return false;
}
