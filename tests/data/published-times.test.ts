// data/published-times.json and data/crossing-times.json: the published times the time model is
// checked against are well-formed and every figure points to a known place and source.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODES, TRIP_MEASURES, TRIP_RUNS } from "../../src/core/dataset";

const readData = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8"));

interface Range {
  typical: number;
  slow: number;
}

interface PublishedTime {
  id: string;
  from: string;
  to: string;
  via?: string[];
  modes: string[];
  days: Range;
  measure: string;
  run: string;
  avoidCountries?: string[];
  year: number;
  sources: string[];
  note: string;
}

interface CrossingTime {
  place: string;
  hours: Range;
  traffic: string;
  year: number;
  sources: string[];
  note: string;
}

const trips = readData("published-times.json") as PublishedTime[];
const crossings = readData("crossing-times.json") as CrossingTime[];
const placeIds = new Set((readData("places.json") as { id: string }[]).map((p) => p.id));
const sourceKeys = new Set((readData("sources.json") as { key: string }[]).map((s) => s.key));

/** A place id in the reference's form; anything else is the name of a crossing not yet in the network. */
const looksLikeId = (place: string) => /^[a-z0-9_]+$/.test(place);

const rangeProblems = ({ typical, slow }: Range) =>
  [
    typeof typical === "number" && typical > 0 ? null : `typical ${typical} is not positive`,
    typeof slow === "number" && slow > 0 ? null : `slow ${slow} is not positive`,
    typical <= slow ? null : `typical ${typical} > slow ${slow}`,
  ].filter((problem) => problem !== null);

const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe("data/published-times.json", () => {
  it("has at least 15 trips with unique ids", () => {
    expect(trips.length).toBeGreaterThanOrEqual(15);
    expect(duplicates(trips.map((trip) => trip.id))).toEqual([]);
  });

  it("names only places of the network", () => {
    const unknown = trips.flatMap((trip) =>
      [trip.from, trip.to, ...(trip.via ?? [])]
        .filter((place) => !placeIds.has(place))
        .map((place) => `${trip.id}: ${place}`),
    );
    expect(unknown).toEqual([]);
  });

  it("cites only sources of data/sources.json, at least one per trip", () => {
    expect(trips.filter((trip) => trip.sources.length === 0).map((trip) => trip.id)).toEqual([]);
    const unknown = trips.flatMap((trip) =>
      trip.sources.filter((key) => !sourceKeys.has(key)).map((key) => `${trip.id}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it("gives positive days with typical ≤ slow, known modes, measures and runs, a year and a note", () => {
    const problems = trips.flatMap((trip) =>
      [
        ...rangeProblems(trip.days),
        ...trip.modes.filter((mode) => !(MODES as readonly string[]).includes(mode)),
        trip.modes.length > 0 ? null : "no modes",
        (TRIP_MEASURES as readonly string[]).includes(trip.measure) ? null : trip.measure,
        (TRIP_RUNS as readonly string[]).includes(trip.run) ? null : `run ${trip.run}`,
        ...(trip.avoidCountries ?? []).filter((code) => !/^[A-Z]{2}$/.test(code)),
        Number.isInteger(trip.year) && trip.year >= 2000 ? null : `year ${trip.year}`,
        trip.note.trim() !== "" ? null : "no note",
        trip.from !== trip.to ? null : "from = to",
      ]
        .filter((problem) => problem !== null)
        .map((problem) => `${trip.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("data/crossing-times.json", () => {
  it("has the five crossings the model needs first, once per traffic", () => {
    const places = crossings.map((crossing) => crossing.place);
    for (const needed of ["dostyk", "altynkol", "torkham", "chaman_spinboldak", "sarakhs"]) {
      expect(places).toContain(needed);
    }
    expect(duplicates(crossings.map((c) => `${c.place} (${c.traffic})`))).toEqual([]);
  });

  it("names places of the network, or a crossing by name that its note says is not yet a place", () => {
    const unknown = crossings
      .filter(({ place, note }) =>
        looksLikeId(place) ? !placeIds.has(place) : !note.startsWith("Not yet a place"),
      )
      .map((crossing) => crossing.place);
    expect(unknown).toEqual([]);
  });

  it("cites only sources of data/sources.json, at least one per crossing", () => {
    const problems = crossings.flatMap((crossing) =>
      (crossing.sources.length > 0 ? crossing.sources : ["(none)"])
        .filter((key) => !sourceKeys.has(key))
        .map((key) => `${crossing.place}: ${key}`),
    );
    expect(problems).toEqual([]);
  });

  it("gives positive hours with typical ≤ slow, a traffic, a year and a note", () => {
    const problems = crossings.flatMap((crossing) =>
      [
        ...rangeProblems(crossing.hours),
        ["rail", "road", "both"].includes(crossing.traffic) ? null : crossing.traffic,
        Number.isInteger(crossing.year) && crossing.year >= 2000 ? null : `year ${crossing.year}`,
        crossing.note.trim() !== "" ? null : "no note",
      ]
        .filter((problem) => problem !== null)
        .map((problem) => `${crossing.place}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
