// Transfers: what happens between two consecutive legs (border, gauge change, port call, mode change).
import { MODES, type Mode, type TimeModel } from "../dataset";
import type { LinkAttributes, PlaceAttributes } from "../network-graph";

const TRANSFER_KINDS = ["border", "gauge-change", "mode-change", "port", "transshipment"] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/**
 * What the engine knows of each link end and place to charge transfers, compiled once per network.
 * A link end's side is the country the link runs in at that end: the country its ends share, or,
 * when they share none or two (two posts of one border), the end place's own (first) country. A
 * border is crossed where the side changes: along a link, or at a place between two legs.
 */
export interface TransferIndex {
  model: TimeModel;
  /** Country number of each link's side at its `from` and `to` end. */
  sideFrom: Int32Array;
  sideTo: Int32Array;
  /** Index of the link's mode in MODES. */
  linkMode: Uint8Array;
  /** Rail gauge in mm, 0 where not given. */
  linkGauge: Int32Array;
  /** Border hours where a change of country happens at this place, and the slow figure. */
  borderHoursAt: Float64Array;
  borderSlowHoursAt: Float64Array;
  /** Hours of a gauge change at this place: 0 where the crossing's border time includes it. */
  gaugeHoursAt: Float64Array;
  /** 1 where a link's two sides differ: it crosses a border itself (Termez–Mazar by road). */
  linkCrosses: Uint8Array;
  /** Border hours of such a link, else 0, and the slow figure. */
  linkBorderHours: Float64Array;
  linkBorderSlowHours: Float64Array;
  /** Hours and kinds of the handling between two modes, indexed [modeIn × 4 + modeOut]. */
  handlingHours: Float64Array;
  handlingKind: (TransferKind | undefined)[];
  /** Hours to load (or unload) at a route's end when its first (or last) leg is by water. */
  endHours: Float64Array;
}

const WATER: readonly Mode[] = ["sea", "ferry"];
const RAIL = MODES.indexOf("rail");
/** Whether two consecutive links (by number) are rail lines of different, known gauges. */
export function changesGauge(transfers: TransferIndex, linkIn: number, linkOut: number): boolean {
  const { linkMode, linkGauge } = transfers;
  const gaugeIn = linkGauge[linkIn] as number;
  const gaugeOut = linkGauge[linkOut] as number;
  return (
    linkMode[linkIn] === RAIL &&
    linkMode[linkOut] === RAIL &&
    gaugeIn !== 0 &&
    gaugeOut !== 0 &&
    gaugeIn !== gaugeOut
  );
}

/** Whether the mode (by index in MODES) goes by ship, so that its ends are port calls. */
export const isWater = (mode: number) => WATER.includes(MODES[mode] as Mode);

export function compileTransfers(
  placeIds: string[],
  places: PlaceAttributes[],
  links: LinkAttributes[],
  linkFrom: Int32Array,
  linkTo: Int32Array,
  countryCodes: string[],
  model: TimeModel,
): TransferIndex {
  const countryNumber = new Map(countryCodes.map((code, number) => [code, number]));
  const borderHoursAt = Float64Array.from(
    placeIds,
    (id, place) =>
      model.crossingHours?.[id]?.hours ?? defaultBorderHours(model, places[place]?.countries ?? []),
  );
  const borderSlowHoursAt = Float64Array.from(
    placeIds,
    (id, place) => model.crossingHours?.[id]?.slowHours ?? (borderHoursAt[place] as number),
  );
  const gaugeHoursAt = Float64Array.from(placeIds, (id) =>
    model.crossingHours?.[id]?.includesGaugeChange ? 0 : model.gaugeChangeHours,
  );
  const sideFrom = new Int32Array(links.length);
  const sideTo = new Int32Array(links.length);
  const linkCrosses = new Uint8Array(links.length);
  const linkBorderHours = new Float64Array(links.length);
  const linkBorderSlowHours = new Float64Array(links.length);
  links.forEach((_, link) => {
    const from = linkFrom[link] as number;
    const to = linkTo[link] as number;
    const [a, b] = linkSides(places[from]?.countries ?? [], places[to]?.countries ?? []);
    sideFrom[link] = countryNumber.get(a) ?? -1;
    sideTo[link] = countryNumber.get(b) ?? -1;
    if (a === b) return;
    linkCrosses[link] = 1;
    const fallback = defaultBorderHours(model, [a, b]);
    linkBorderHours[link] = linkBorderTime(model, fallback, placeIds[from], placeIds[to]);
    linkBorderSlowHours[link] = linkBorderTime(model, fallback, placeIds[from], placeIds[to], true);
  });
  return {
    model,
    sideFrom,
    sideTo,
    linkMode: Uint8Array.from(links, (link) => MODES.indexOf(link.mode)),
    linkGauge: Int32Array.from(links, (link) => link.gauge ?? 0),
    borderHoursAt,
    borderSlowHoursAt,
    gaugeHoursAt,
    linkCrosses,
    linkBorderHours,
    linkBorderSlowHours,
    ...handlingTables(model),
  };
}

/** The link's side country at each end (see TransferIndex). */
function linkSides(from: readonly string[], to: readonly string[]): [string, string] {
  const shared = from.filter((country) => to.includes(country));
  if (shared.length === 1) return [shared[0] as string, shared[0] as string];
  return [from[0] ?? "", to[0] ?? ""];
}

/** A border along a link takes the time of a crossing at either end where one is given. */
function linkBorderTime(model: TimeModel, fallback: number, from = "", to = "", slow = false) {
  const time = (id: string) => model.crossingHours?.[id];
  const hours = (id: string) => (slow ? (time(id)?.slowHours ?? time(id)?.hours) : time(id)?.hours);
  const given = [hours(from), hours(to)];
  const known = given.filter((hours): hours is number => hours !== undefined);
  return known.length > 0 ? Math.max(...known) : fallback;
}

/**
 * A border between two members of one customs union (the EAEU, the Schengen area) takes the
 * union's hours: goods cleared once at its outer border pass its inner borders without customs.
 */
function defaultBorderHours(model: TimeModel, countries: readonly string[]): number {
  const union = model.customsUnions?.find(
    (candidate) => countries.length === 2 && countries.every((c) => candidate.members.includes(c)),
  );
  return union ? union.hours : model.borderHours;
}

/** Mode-to-mode handling: rail ↔ road transfer, land ↔ water port call, ship ↔ ship transshipment. */
function handlingTables(model: TimeModel) {
  const handlingHours = new Float64Array(MODES.length ** 2);
  const handlingKind: (TransferKind | undefined)[] = [];
  const port = (mode: Mode) => model.portCallHours[mode as "sea" | "ferry"];
  MODES.forEach((into, a) => {
    MODES.forEach((out, b) => {
      const cell = a * MODES.length + b;
      if (into === out) return;
      if (!WATER.includes(into) && !WATER.includes(out)) {
        handlingHours[cell] = model.modeChangeHours;
        handlingKind[cell] = "mode-change";
      } else if (WATER.includes(into) && WATER.includes(out)) {
        handlingHours[cell] = port(into) + port(out);
        handlingKind[cell] = "transshipment";
      } else {
        handlingHours[cell] = port(WATER.includes(into) ? into : out);
        handlingKind[cell] = "port";
      }
    });
  });
  const endHours = Float64Array.from(MODES, (mode) => (WATER.includes(mode) ? port(mode) : 0));
  return { handlingHours, handlingKind, endHours };
}
