// Checks the standard trips (data/standard-trips.json) against the dataset they are routed on.
import { type Dataset, STANDARD_TRIP_FIELDS, type StandardTrip, TRIP_KINDS } from "../dataset";
import { readRecord } from "../table-schema";
import { DatasetError, ProblemLog } from "./problems";
import { asArray, RecordChecker, unknownField } from "./record-checker";

const TRIP_ID = /^[a-z0-9_-]+$/;

/** The standard trips, or a DatasetError naming every problem by file, trip and field. */
export function checkStandardTrips(file: string, data: unknown, dataset: Dataset): StandardTrip[] {
  const problems = new ProblemLog();
  const rows = asArray(data);
  if (!rows) throw new DatasetError([{ file, message: "expected a list of trips" }]);
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const trade = new Map(dataset.trade.map((figure) => [figure.id, figure]));
  const corridors = new Map(dataset.corridors.map((corridor) => [corridor.id, corridor]));
  const known = {
    places: new Set(places.keys()),
    sources: new Set(dataset.sources.map((source) => source.key)),
  };
  const seen = new Set<unknown>();
  const trips: StandardTrip[] = [];
  rows.forEach((row, index) => {
    const trip = new RecordChecker(problems, file, index, row);
    if (seen.has(trip.get("id"))) trip.fail("id", `duplicate id "${String(trip.get("id"))}"`);
    seen.add(trip.get("id"));
    trips.push(readRecord(STANDARD_TRIP_FIELDS, trip.raw, unknownField(trip)));
    trip.matching("id", TRIP_ID, "a lowercase id (letters, digits, _ and -)");
    const kind = trip.oneOf("kind", TRIP_KINDS);
    const from = trip.reference("from", known.places, "place");
    const to = trip.reference("to", known.places, "place");
    if (from !== undefined && from === to) trip.fail("to", `the trip starts and ends at "${from}"`);
    trip.references("sources", known.sources, "source");
    trip.text("note", true);
    if (kind === "trade-lane") {
      const id = trip.reference("trade", new Set(trade.keys()), "trade figure");
      const figure = id === undefined ? undefined : trade.get(id);
      if (figure && figure.measure !== "turnover")
        trip.fail("trade", `"${id}" counts ${figure.measure}, not turnover`);
      if (from && !places.get(from)?.countries.includes("KZ"))
        trip.fail("from", `a trade lane starts in Kazakhstan, "${from}" is not in KZ`);
      if (figure && to && !places.get(to)?.countries.includes(figure.partner))
        trip.fail("to", `"${to}" is not in ${figure.partner}, the partner of "${id}"`);
    } else if (trip.get("trade") !== undefined)
      trip.fail("trade", "only a trade lane has a trade figure");
    if (kind === "corridor-termini") {
      const id = trip.reference("corridor", new Set(corridors.keys()), "corridor");
      const termini = id === undefined ? [] : (corridors.get(id)?.termini ?? []);
      for (const [field, end] of [
        ["from", from],
        ["to", to],
      ] as const) {
        if (id && end && !termini.includes(end))
          trip.fail(field, `"${end}" is not a terminus of "${id}"`);
      }
    } else if (trip.get("corridor") !== undefined)
      trip.fail("corridor", "only a corridor-termini trip names a corridor");
  });
  if (problems.size > 0) throw DatasetError.from(problems);
  return trips;
}
