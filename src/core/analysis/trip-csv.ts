// A user's own trips as CSV: origin,destination[,weight], places by id or name, the weight in USD.
import Papa from "papaparse";
import { csvDelimiter, headerProblems } from "../network-file/csv-columns";
import { PlaceLookupError } from "../place-lookup";
import type { RoutingIndex } from "../routing";
import { placeIdOf } from "../routing/route-query";
import { DatasetError, type DatasetProblem } from "../validation/problems";
import type { Trip } from "./trips";

const COLUMNS = ["origin", "destination", "weight"] as const;
const REQUIRED = ["origin", "destination"];
/** Enough for any trade study, few enough that a scenario over them stays quick. */
const MAX_TRIPS = 1_000;
const FIRST_DATA_ROW = 2;

/** The trips of the file, or a DatasetError naming each problem by file, row and column. */
export function parseTripCsv(file: string, text: string, index: RoutingIndex): Trip[] {
  const clean = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(clean, {
    header: true,
    delimiter: csvDelimiter(clean),
    skipEmptyLines: "greedy",
    transformHeader: (column) => column.trim().toLowerCase(),
  });
  const { fields = [], renamedHeaders } = parsed.meta;
  const problems: DatasetProblem[] = headerProblems(file, fields, COLUMNS, renamedHeaders ?? {});
  for (const column of REQUIRED.filter((column) => !fields.includes(column)))
    problems.push({ file, record: "header", field: column, message: "this column is missing" });
  for (const error of parsed.errors) {
    const row = error.row === undefined ? "" : `row ${error.row + FIRST_DATA_ROW}`;
    problems.push({ file, ...(row && { record: row }), message: error.message });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  if (parsed.data.length > MAX_TRIPS)
    throw new DatasetError([
      { file, message: `has ${parsed.data.length} trips, over the limit of ${MAX_TRIPS}` },
    ]);
  if (parsed.data.length === 0) throw new DatasetError([{ file, message: "has no trips" }]);
  const trips = parsed.data.map((row, position) =>
    tripOf(row, position + FIRST_DATA_ROW, file, index, problems),
  );
  if (problems.length > 0) throw new DatasetError(problems);
  return trips;
}

function tripOf(
  row: Record<string, string>,
  line: number,
  file: string,
  index: RoutingIndex,
  problems: DatasetProblem[],
): Trip {
  const record = `row ${line}`;
  const fail = (field: string, message: string) => problems.push({ file, record, field, message });
  const place = (field: "origin" | "destination") => {
    const text = (row[field] ?? "").trim();
    if (text === "") return void fail(field, "no place given");
    try {
      return placeIdOf(index, text);
    } catch (error) {
      if (!(error instanceof PlaceLookupError)) throw error;
      fail(field, error.message);
    }
  };
  const from = place("origin") ?? "";
  const to = place("destination") ?? "";
  if (from && from === to) fail("destination", `the trip starts and ends at "${from}"`);
  const weight = (row.weight ?? "").trim();
  const weightUsd = Number(weight);
  if (weight !== "" && !(/^\d+(\.\d+)?$/.test(weight) && Number.isFinite(weightUsd)))
    fail("weight", `expected a number of USD (digits, a "." for decimals), found "${weight}"`);
  return { id: record, from, to, ...(weight !== "" && { weightUsd }) };
}
