// Each place's and link's drawing style before any highlight, computed once per network (pure).

import type { Corridor, Language, Mode } from "../../core/dataset";
import { shortPlaceName } from "../../text/place-names";
import { type Dash, linkStyle, PLACE_STYLES } from "./appearance";
import type { LineRun } from "./display-lines";
import type { DrawnNetwork } from "./drawn-network";

interface PlaceLook {
  color: string;
  size: number;
  label: Record<Language, string>;
  /**
   * Its links' corridors, each once: a place shows while one of them is shown. A list, not a set:
   * a place has one or two, and a big network 100k places.
   */
  corridors: string[];
}

interface LinkLook {
  size: number;
  dash: Dash;
  opacity: number;
  mode: Mode;
  corridors: string[];
  /** Its line, for links drawn along one (see display-lines). */
  line: LineRun | undefined;
}

export interface BaseStyles {
  places: Map<string, PlaceLook>;
  links: Map<string, LinkLook>;
  corridorColours: Map<string, string>;
}

/** Hubs (four links or more) grow a little, so their labels win when labels compete. */
const HUB_DEGREE = 4;

/** `placeFactor` shrinks every place on crowded maps (see drawingLoad); `lines` are the links' lines. */
export function baseStyles(
  { records, display }: DrawnNetwork,
  corridors: readonly Corridor[],
  placeFactor = 1,
  lines: ReadonlyMap<string, LineRun> = new Map(),
): BaseStyles {
  const places = new Map<string, PlaceLook>();
  for (const [id, place] of records.places) {
    const style = PLACE_STYLES[place.kind];
    const hub = display.degree(id) >= HUB_DEGREE && place.kind !== "junction" ? 1.5 : 0;
    const label = { en: shortPlaceName(place, "en"), fr: shortPlaceName(place, "fr") };
    const size = (style.size + hub) * placeFactor;
    places.set(id, { color: style.color, size, label, corridors: [] });
  }
  const links = new Map<string, LinkLook>();
  for (const [id, link] of records.links) {
    const style = linkStyle(link.mode, link.status);
    links.set(id, { ...style, mode: link.mode, corridors: link.corridors, line: lines.get(id) });
    for (const end of [link.from, link.to]) {
      const ofPlace = places.get(end)?.corridors;
      for (const c of link.corridors) if (ofPlace && !ofPlace.includes(c)) ofPlace.push(c);
    }
  }
  const corridorColours = new Map(corridors.map((corridor) => [corridor.id, corridor.color]));
  return { places, links, corridorColours };
}
