// Literal and random little networks for routing tests, with every field a dataset record needs.
import fc from "fast-check";
import type { Corridor, Link, LinkStatus, Mode, Place, TimeModel } from "../../../src/core/dataset";
import { buildNetworkGraph } from "../../../src/core/network-graph";
import { compileRoutingIndex } from "../../../src/core/routing/routing-index";

export interface LittleNetwork {
  places: Place[];
  links: Link[];
  /** What transfers cost; TEST_TIME_MODEL when absent. */
  timeModel?: TimeModel;
}

/** Round, distinct figures for tests, so that each transfer shows in a total. */
export const TEST_TIME_MODEL: TimeModel = {
  speedKmh: { rail: 50, road: 40, sea: 30, ferry: 20 },
  portCallHours: { sea: 5, ferry: 3 },
  borderHours: 7,
  gaugeChangeHours: 4,
  modeChangeHours: 2,
  sources: ["test"],
  note: "Test figures.",
};

export function place(id: string, countries: string[], extra: Partial<Place> = {}): Place {
  return {
    id,
    name: { en: id, fr: id },
    countries,
    kind: countries.length > 1 ? "border-crossing" : "city",
    lat: 40,
    lon: 60,
    position: { basis: "estimate", sources: ["test"], precisionKm: 5 },
    ...extra,
  };
}

export function link(from: string, to: string, km: number, extra: Partial<Link> = {}): Link {
  const mode = extra.mode ?? "rail";
  return {
    id: `${from}--${to}--${mode}${extra.id ?? ""}`,
    from,
    to,
    mode,
    km,
    length: { basis: "estimate", sources: ["test"] },
    hours: km / 50,
    time: { basis: "estimate", sources: ["test"] },
    status: "operational",
    corridors: ["main"],
    sources: ["test"],
    ...extra,
  };
}

/** Test corridors: "main" for literal networks, "north" and "south" for random ones. */
const CORRIDORS: Corridor[] = ["main", "north", "south"].map((id) => ({
  id,
  name: { en: id, fr: id },
  color: "#336699",
  description: { en: id, fr: id },
  sources: ["test"],
  termini: [],
}));

export function indexOf(network: LittleNetwork) {
  const timeModel = network.timeModel ?? TEST_TIME_MODEL;
  return compileRoutingIndex(buildNetworkGraph(network), { corridors: CORRIDORS, timeModel });
}

const COUNTRIES = ["AA", "BB", "CC"];
const MODES: Mode[] = ["rail", "road", "sea", "ferry"];
const STATUSES: LinkStatus[] = ["operational", "operational", "planned", "under-construction"];

/** Random connected-or-not little networks: 2–7 places, up to 14 links (parallel links allowed). */
export const littleNetworks: fc.Arbitrary<LittleNetwork> = fc
  .integer({ min: 2, max: 7 })
  .chain((placeCount) =>
    fc.record({
      countries: fc.array(fc.subarray(COUNTRIES, { minLength: 1, maxLength: 2 }), {
        minLength: placeCount,
        maxLength: placeCount,
      }),
      links: fc.array(
        fc.record({
          ends: fc.uniqueArray(fc.integer({ min: 0, max: placeCount - 1 }), {
            minLength: 2,
            maxLength: 2,
          }),
          km: fc.integer({ min: 1, max: 30 }),
          hours: fc.integer({ min: 1, max: 30 }),
          mode: fc.constantFrom(...MODES),
          gauge: fc.constantFrom(1435, 1520),
          status: fc.constantFrom(...STATUSES),
          corridor: fc.constantFrom("north", "south"),
        }),
        { maxLength: 14 },
      ),
      // Positions within a few tenths of a degree, so that A*'s distance bound prunes.
      positions: fc.array(
        fc.record({
          lat: fc.double({ min: 40, max: 40.3, noNaN: true }),
          lon: fc.double({ min: 60, max: 60.3, noNaN: true }),
        }),
        { minLength: placeCount, maxLength: placeCount },
      ),
      timeModel: randomTimeModel(placeCount),
    }),
  )
  .map(({ countries, links, positions, timeModel }) => ({
    places: countries.map((codes, number) => place(`p${number}`, codes, positions[number])),
    links: links.map(({ ends: [a, b], km, hours, mode, gauge, status, corridor }, number) =>
      link(`p${a}`, `p${b}`, km, {
        id: `-${number}`,
        hours,
        mode,
        status,
        corridors: [corridor],
        ...(mode === "rail" && { gauge }),
      }),
    ),
    timeModel,
  }));

/** Transfer hours from 0 up, with crossing-specific border hours at some places. */
function randomTimeModel(placeCount: number): fc.Arbitrary<TimeModel> {
  const hours = fc.integer({ min: 0, max: 20 });
  return fc
    .record({
      sea: hours,
      ferry: hours,
      borderHours: hours,
      gaugeChangeHours: hours,
      modeChangeHours: hours,
      crossings: fc.dictionary(
        fc.integer({ min: 0, max: placeCount - 1 }).map((number) => `p${number}`),
        hours,
        { maxKeys: 3 },
      ),
    })
    .map(({ sea, ferry, crossings, ...rest }) => ({
      ...TEST_TIME_MODEL,
      ...rest,
      portCallHours: { sea, ferry },
      crossingHours: Object.fromEntries(
        Object.entries(crossings).map(([id, value]) => [id, { hours: value, sources: ["test"] }]),
      ),
    }));
}
