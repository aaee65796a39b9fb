// Sigma's node and edge reducers: the base style overlaid with the current highlight (cheap, no search).

import type { Attributes } from "graphology-types";
import type { Language } from "../../core/dataset";
import type { Route } from "../../core/routing";
import type { AnalysisOverlay } from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import { messages } from "../../text/messages";
import {
  AVOIDED_COLOUR,
  CLOSED_COLOUR,
  CLOSED_DASH,
  CRITICAL_COLOUR,
  DESTINATION_COLOUR,
  FADED_COLOUR,
  linkColour,
  linkStyle,
  ORIGIN_COLOUR,
  routeColour,
  routeDash,
  withOpacity,
} from "./appearance";
import type { BaseStyles } from "./base-styles";
import { type MapHighlight, mapHighlight } from "./map-highlight";
import type { Hover } from "./map-hover";

export interface ReducerInput {
  highlight: MapHighlight;
  language: Language;
  /** Marked-place label prefixes in the reader's language ("From", "To", "Via", "Avoided"). */
  markWords: Record<"origin" | "destination" | "via" | "avoided", string>;
  /** Size factor for the map's width (see mapScale). */
  scale: number;
  /** What the pointer is over (the map's own state). */
  hover: Hover | null;
  /** The analyses' layer: what the scenario closes, the critical crossings. */
  overlay: AnalysisOverlay;
}

/** The input for a state, the routes drawn, the map's scale, the hover and the analyses' layer. */
export function reducerInput(
  state: AppState,
  routes: readonly Route[],
  scale: number,
  hover: Hover | null,
  overlay: AnalysisOverlay,
): ReducerInput {
  return {
    hover,
    overlay,
    highlight: mapHighlight(state, routes),
    language: state.language,
    markWords: messages(state.language).marks,
    scale,
  };
}

const MARK_COLOURS = {
  origin: ORIGIN_COLOUR,
  destination: DESTINATION_COLOUR,
  avoided: AVOIDED_COLOUR,
};

export function placeReducer(styles: BaseStyles, input: () => ReducerInput) {
  // Sigma hands each reducer its own shallow copy: it is filled in place, nothing else is allocated.
  return (id: string, out: Attributes): Attributes => {
    const look = styles.places.get(id);
    if (!look) return out;
    const { highlight, hover, language, markWords, scale } = input();
    const mark = highlight.marks.get(id);
    const route = highlight.routeOfPlace.get(id);
    const shown = highlight.shownCorridors;
    const label = look.label[language];
    // Marked places and the routes' places stay drawn whatever corridors are shown: routes draw in full.
    const kept = mark !== undefined || route !== undefined;
    out.hidden = !kept && shown !== null && !anyShown(styles.corridorsOfPlace(id), shown);
    out.color = look.color;
    out.label = label;
    out.size = look.size;
    out.zIndex = look.size;
    if (highlight.hasRoutes && route === undefined && !mark) {
      out.color = FADED_COLOUR;
      out.label = null;
      out.zIndex = 0;
      out.size = look.size * 0.6;
    }
    if (route !== undefined) {
      out.zIndex = 10 + look.size;
      out.size = look.size + 1;
    }
    overlayPlace(id, out, input().overlay, look.size);
    if (mark) {
      out.color = mark === "via" ? routeColour(highlight.selected) : MARK_COLOURS[mark];
      out.size = mark === "avoided" ? look.size + 1 : look.size + 4;
      out.forceLabel = true;
      out.zIndex = 20;
      out.label = `${markWords[mark]} · ${label}`;
    }
    if (hover?.kind === "place" && hover.id === id) {
      out.highlighted = true;
      out.zIndex = 30;
    }
    out.size *= scale;
    return out;
  };
}

export function linkReducer(styles: BaseStyles, input: () => ReducerInput) {
  // Written once per set of corridors shown, not for each of a big network's links.
  let shownNow: ReadonlySet<string> | null = null;
  let isShown = (_: string) => true;
  return (id: string, out: Attributes): Attributes => {
    const link = styles.links.get(id);
    if (!link) return out;
    const look = linkStyle(link.mode, link.status);
    const { highlight, hover, scale, overlay } = input();
    const shown = highlight.shownCorridors;
    if (shown !== shownNow) {
      shownNow = shown;
      isShown = shown ? (corridor) => shown.has(corridor) : () => true;
    }
    const route = highlight.routeOfLink.get(id);
    const hovered = hover?.kind === "link" && hover.id === id ? 1.5 : 0;
    out.dash = look.dash;
    const line = styles.lines.size > 0 ? styles.lines.get(id) : undefined;
    if (line) {
      out.type = "path";
      out.lineStart = line.start;
      out.linePoints = line.count;
    }
    if (route !== undefined) {
      const selected = route === highlight.selected;
      out.color = routeColour(route);
      out.dash = routeDash(route);
      out.size = ((selected ? 5 : 3) + hovered) * scale;
      out.zIndex = selected ? 3 : 2;
      // Routes keep their width and dashes where plain links are drawn as lines (large networks).
      if (!line) out.type = "dashed";
      return out;
    }
    const colour = linkColour(link.corridors, styles.corridorColours, isShown);
    if (colour === null) {
      out.hidden = true;
      return out;
    }
    const faded = highlight.hasRoutes;
    out.color = faded ? withOpacity("#7d8793", 0.35) : withOpacity(colour, look.opacity);
    out.size = ((faded ? look.size * 0.7 : look.size) + hovered) * scale;
    out.zIndex = 0;
    if (overlay.closedLinks.has(id)) {
      out.color = CLOSED_COLOUR;
      out.dash = CLOSED_DASH;
      out.zIndex = 1;
    }
    return out;
  };
}

/** A closed place is drawn in the closed colour; a critical crossing larger the more critical it is. */
function overlayPlace(id: string, out: Attributes, overlay: AnalysisOverlay, size: number): void {
  if (overlay.closedPlaces.has(id)) {
    out.color = CLOSED_COLOUR;
    out.zIndex = 5;
  }
  const critical = overlay.critical.get(id);
  if (critical !== undefined) {
    out.color = CRITICAL_COLOUR;
    out.size = size + 3 + 9 * critical;
    out.zIndex = 15;
  }
}

function anyShown(corridors: readonly string[], shown: Set<string>): boolean {
  for (const corridor of corridors) if (shown.has(corridor)) return true;
  return false;
}
