// The transfers of a found route, in travel order: what the engine charged between its legs.
import { MODES } from "../dataset";
import type { FoundPath } from "./route-search";
import type { RoutingIndex } from "./routing-index";
import { changesGauge, isWater, type TransferKind } from "./transfers";

export interface RouteTransfer {
  kind: TransferKind;
  /** Where it happens: the place between two legs, or the end of the leg it happens along. */
  place: string;
  /** The leg it comes after (0-based), −1 before the first; for a border along a leg, that leg. */
  afterLeg: number;
  hours: number;
  /** Where a source gives a slow figure too (a crossing's bad days): those hours. */
  slowHours?: number;
  /** For a border: the countries on each side, in travel order. */
  countries?: [string, string];
  /** True for a border crossed along a leg (a link between two countries), not at a place. */
  alongLeg?: boolean;
}

/**
 * Lists each transfer with its hours, from the same tables as the hours criterion (criteria.ts):
 * a port call before a first leg by water, a border along a leg, the transfers between two legs,
 * and a port call after a last leg by water.
 */
export function routeTransfers(index: RoutingIndex, path: FoundPath): RouteTransfer[] {
  const { transfers, arcHeadSide, arcTailSide, countryCodes } = index;
  const arcs = path.states.map((state) => state % index.arcHead.length);
  const placeId = (position: number) => index.placeIds[path.places[position] as number] as string;
  const modeOf = (arc: number) => transfers.linkMode[index.arcLink[arc] as number] as number;
  const country = (side: number) => countryCodes[side] ?? "";
  const list: RouteTransfer[] = [];
  const endCall = (arc: number, place: number, afterLeg: number) => {
    const hours = transfers.endHours[modeOf(arc)] as number;
    if (isWater(modeOf(arc))) list.push({ kind: "port", place: placeId(place), afterLeg, hours });
  };
  endCall(arcs[0] as number, 0, -1);
  arcs.forEach((arc, leg) => {
    const link = index.arcLink[arc] as number;
    if (transfers.linkCrosses[link]) {
      const countries: [string, string] = [
        country(arcTailSide[arc] as number),
        country(arcHeadSide[arc] as number),
      ];
      const hours = transfers.linkBorderHours[link] as number;
      const slowHours = transfers.linkBorderSlowHours[link] as number;
      list.push({
        kind: "border",
        place: placeId(leg + 1),
        afterLeg: leg,
        hours,
        ...(slowHours !== hours && { slowHours }),
        countries,
        alongLeg: true,
      });
    }
    const next = arcs[leg + 1];
    if (next !== undefined) list.push(...between(index, arc, next, placeId(leg + 1), leg));
  });
  endCall(arcs[arcs.length - 1] as number, path.places.length - 1, arcs.length - 1);
  return list;
}

function between(
  index: RoutingIndex,
  arc: number,
  next: number,
  place: string,
  afterLeg: number,
): RouteTransfer[] {
  const { transfers, arcHeadSide, arcTailSide, arcLink, arcHead, countryCodes } = index;
  const list: RouteTransfer[] = [];
  const into = transfers.linkMode[arcLink[arc] as number] as number;
  const out = transfers.linkMode[arcLink[next] as number] as number;
  const before = arcHeadSide[arc] as number;
  const after = arcTailSide[next] as number;
  if (before !== after) {
    const countries: [string, string] = [countryCodes[before] ?? "", countryCodes[after] ?? ""];
    const hours = transfers.borderHoursAt[arcHead[arc] as number] as number;
    const slowHours = transfers.borderSlowHoursAt[arcHead[arc] as number] as number;
    list.push({
      kind: "border",
      place,
      afterLeg,
      hours,
      ...(slowHours !== hours && { slowHours }),
      countries,
    });
  }
  const cell = into * MODES.length + out;
  const kind = transfers.handlingKind[cell];
  if (kind) list.push({ kind, place, afterLeg, hours: transfers.handlingHours[cell] as number });
  if (changesGauge(transfers, arcLink[arc] as number, arcLink[next] as number)) {
    // 0 h where the crossing's time includes the change: listed still, as the wagons do change.
    const hours = transfers.gaugeHoursAt[arcHead[arc] as number] as number;
    list.push({ kind: "gauge-change", place, afterLeg, hours });
  }
  return list;
}
