// Each place's and link's drawing style before any highlight, computed once per network (pure).

import type { Corridor, Language, Link } from "../../core/dataset";
import type { Steps } from "../../core/steps";
import { shortPlaceName } from "../../text/place-names";
import { PLACE_STYLES } from "./appearance";
import type { LineRun } from "./display-lines";
import type { DrawnNetwork } from "./drawn-network";

interface PlaceLook {
  color: string;
  size: number;
  label: Record<Language, string>;
}

/**
 * The looks that need only the drawn network, not its corridors or lines: a big import's are
 * computed while the worker still checks it. A link's look is its mode's and status's style
 * (linkStyle), read when it is drawn: 200k links need no look of their own.
 */
export interface NetworkLooks {
  places: Map<string, PlaceLook>;
}

/** The drawn network with its looks: a big import's is ready when its check ends. */
export interface LookedNetwork extends DrawnNetwork {
  looks: NetworkLooks;
}

type LinkRecords = ReadonlyMap<string, Pick<Link, "from" | "to" | "mode" | "status" | "corridors">>;

export interface BaseStyles extends NetworkLooks {
  /** The links' records, whose mode, status and corridors make their look. */
  links: LinkRecords;
  /**
   * A place's links' corridors, each once: a place shows while one of them is shown. Gathered the
   * first time corridors are filtered, not with the looks: a big network's 200k links take a third of
   * a second.
   */
  corridorsOfPlace(place: string): readonly string[];
  corridorColours: Map<string, string>;
  /** The lines of the links drawn along one (see display-lines). */
  lines: ReadonlyMap<string, LineRun>;
}

/** Hubs (four links or more) grow a little, so their labels win when labels compete. */
const HUB_DEGREE = 4;

/** Places or links given their look between two pauses of the looks computed in steps. */
const RECORDS_PER_STEP = 5_000;

/** `placeFactor` shrinks every place on crowded maps (see drawingLoad). */
export function* networkLookSteps(
  { records, display }: DrawnNetwork,
  placeFactor: number,
): Steps<NetworkLooks> {
  const places = new Map<string, PlaceLook>();
  for (const [id, place] of records.places) {
    const style = PLACE_STYLES[place.kind];
    const hub = display.degree(id) >= HUB_DEGREE && place.kind !== "junction" ? 1.5 : 0;
    const label = { en: shortPlaceName(place, "en"), fr: shortPlaceName(place, "fr") };
    const size = (style.size + hub) * placeFactor;
    places.set(id, { color: style.color, size, label });
    if (places.size % RECORDS_PER_STEP === 0) yield;
  }
  return { places };
}

/**
 * Each place's links' corridors, each once. Lists, not sets: a place has one or two, and a big
 * network 100k places.
 */
function placeCorridors(links: LinkRecords): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const link of links.values()) {
    for (const end of [link.from, link.to]) {
      let ofPlace = byPlace.get(end);
      if (!ofPlace) {
        ofPlace = [];
        byPlace.set(end, ofPlace);
      }
      for (const c of link.corridors) if (!ofPlace.includes(c)) ofPlace.push(c);
    }
  }
  return byPlace;
}

const NO_CORRIDORS: readonly string[] = [];

/** The looks, with the links' records, the corridors' colours and the links' lines. */
export function baseStyles(
  looks: NetworkLooks,
  links: BaseStyles["links"],
  corridors: readonly Corridor[],
  lines: ReadonlyMap<string, LineRun> = new Map(),
): BaseStyles {
  const corridorColours = new Map(corridors.map((corridor) => [corridor.id, corridor.color]));
  let byPlace: Map<string, string[]> | null = null;
  const corridorsOfPlace = (place: string) => {
    byPlace ??= placeCorridors(links);
    return byPlace.get(place) ?? NO_CORRIDORS;
  };
  return { ...looks, links, corridorsOfPlace, corridorColours, lines };
}
