// A network made ready to mount, in steps: its drawn graph, its records by id, its places' and
// links' looks and its corridors' outlines. A big network's mount would otherwise compute them in
// one task of seconds; the page runs these steps in short tasks, a big import's mostly while the
// worker still checks it.
import {
  type CorridorOutline,
  type CorridorOutlines,
  corridorOutlineSteps,
  corridorOutlines,
} from "../../core/corridors";
import type { Dataset } from "../../core/dataset";
import { networkRecords } from "../../core/network-records";
import type { Steps } from "../../core/steps";
import { type LookedNetwork, networkLookSteps } from "../map/base-styles";
import { displayGraphSteps } from "../map/display-graph";
import type { DrawnNetwork } from "../map/drawn-network";
import { drawingLoad } from "../map/map-density";
import type { PredrawnMap } from "../map/map-renderer";

export interface PreparedNetwork extends LookedNetwork {
  /** Its renderer, if one was made while the network was checked (a big import's). */
  predrawn?: PredrawnMap | null;
  /**
   * What each corridor's card states of it. An import's worker sends them once the network is found
   * valid, and the map starts drawing without them: the cards say more when they come.
   */
  outlines: ReadonlyMap<string, CorridorOutline> | Promise<ReadonlyMap<string, CorridorOutline>>;
}

export function* lookSteps(drawn: DrawnNetwork): Steps<LookedNetwork> {
  const { placeFactor } = drawingLoad(drawn.display.order, drawn.display.size);
  return { ...drawn, looks: yield* networkLookSteps(drawn, placeFactor) };
}

/**
 * `looked`: the network's places and links already drawn and given their looks, if they are;
 * `sent`: its corridors' outlines as an import's worker sends them (null if it fails to: they are
 * then outlined here).
 */
export function* preparationSteps(
  dataset: Dataset,
  looked: Omit<PreparedNetwork, "outlines"> | null = null,
  sent: Promise<CorridorOutlines | null> | null = null,
): Steps<PreparedNetwork> {
  const ready =
    looked ??
    (yield* lookSteps({
      records: networkRecords(dataset),
      display: yield* displayGraphSteps(dataset),
    }));
  const outlines = sent
    ? sent.then((outlines) => outlines ?? corridorOutlines(dataset, ready.records.places))
    : yield* corridorOutlineSteps(dataset, ready.records.places);
  return { ...ready, outlines };
}
