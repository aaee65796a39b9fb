// What the legend says, as data from the appearance rules: drawn by the legend panel and on the PNG.

import type { Language } from "../../core/dataset";
import { LINK_STATUSES, MODES, PLACE_KINDS } from "../../core/dataset";
import { messages } from "../../text/messages";
import {
  AVOIDED_COLOUR,
  DESTINATION_COLOUR,
  linkStyle,
  NO_CORRIDOR_COLOUR,
  ORIGIN_COLOUR,
  PLACE_STYLES,
  ROUTE_COLOURS,
} from "../map/appearance";

export type LegendSample =
  | { kind: "dot"; colour: string; size: number }
  /** One line per colour, side by side (the routes' colours), dashed as [on, off] pixels. */
  | { kind: "line"; colours: string[]; size: number; dash: [number, number]; opacity: number };

export interface LegendSection {
  title: string;
  items: { sample: LegendSample; label: string }[];
}

const dot = (colour: string, size: number): LegendSample => ({ kind: "dot", colour, size });

export function legendSections(language: Language): LegendSection[] {
  const m = messages(language);
  const line = (
    size: number,
    dash: [number, number],
    opacity: number,
    colours = [NO_CORRIDOR_COLOUR],
  ) => ({ kind: "line", colours, size, dash, opacity }) as const;
  const places = PLACE_KINDS.map((kind) => ({
    sample: dot(PLACE_STYLES[kind].color, 5),
    label: m.kinds[kind],
  }));
  const modes = MODES.map((mode) => {
    const style = linkStyle(mode, "operational");
    return { sample: line(style.size, style.dash, 1), label: m.modeNames[mode] };
  });
  const statuses = LINK_STATUSES.map((status) => {
    const style = linkStyle("rail", status);
    return { sample: line(style.size, style.dash, style.opacity), label: m.statuses[status] };
  });
  const marks = [
    { sample: dot(ORIGIN_COLOUR, 6), label: m.marks.origin },
    { sample: dot(DESTINATION_COLOUR, 6), label: m.marks.destination },
    { sample: dot(AVOIDED_COLOUR, 5), label: m.marks.avoided },
    { sample: line(4, [0, 0], 1, ROUTE_COLOURS), label: m.routeColours },
  ];
  return [
    { title: m.places, items: places },
    { title: `${m.links} — ${m.linkColourNote}`, items: modes },
    { title: m.status, items: statuses },
    { title: m.routes, items: marks },
  ];
}
