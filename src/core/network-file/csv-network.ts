// A network as two CSV files (places, links) with dotted column names ("name.en", "length.basis").
import Papa from "papaparse";
import type { Dataset, Link, Place } from "../dataset";
import { DATA_FILES } from "../load-dataset";
import { DatasetError, ProblemLog } from "../validation/problems";
import type { RawDataset } from "../validation/validate-dataset";
import {
  cellValue,
  csvDelimiter,
  flatFields,
  headerProblems,
  LINK_COLUMNS,
  PLACE_COLUMNS,
} from "./csv-columns";

export interface CsvFile {
  file: string;
  text: string;
}

const FIRST_DATA_ROW = 2;

/** A record from a row whose columns have all been checked; objects without prototype, as a second guard. */
function unflatten(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = Object.create(null);
  for (const [column, cell] of Object.entries(row)) {
    if (cell.trim() === "") continue;
    const path = column.split(".");
    const last = path.pop() as string;
    let target = record;
    for (const key of path) {
      target[key] ??= Object.create(null);
      target = target[key] as Record<string, unknown>;
    }
    target[last] = cellValue(column, cell);
  }
  return record;
}

/** The file line of a parse error: papaparse counts quote errors from the header, others from the first record. */
const errorLine = (error: Papa.ParseError) =>
  error.row === undefined ? undefined : error.row + (error.type === "Quotes" ? 1 : FIRST_DATA_ROW);

/** The file's records, or none when its header or a row is broken (those problems go first). */
function parseCsv(
  csv: CsvFile,
  columns: readonly string[],
  problems: ProblemLog,
): Record<string, unknown>[] {
  const text = csv.text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: csvDelimiter(text),
    skipEmptyLines: "greedy",
    transformHeader: (column) => column.trim(),
  });
  const { fields = [], renamedHeaders } = parsed.meta;
  const broken = headerProblems(csv.file, fields, columns, renamedHeaders ?? {});
  for (const problem of broken) problems.push(problem);
  for (const error of parsed.errors) {
    const line = errorLine(error);
    problems.push({
      file: csv.file,
      ...(line === undefined ? {} : { record: `row ${line}` }),
      message: error.message,
    });
  }
  return broken.length > 0 || parsed.errors.length > 0 ? [] : parsed.data.map(unflatten);
}

/**
 * Raw tables from places and links CSV files; corridors, sources, trade figures and the time model
 * come from `base` (the network in use), so the links can cite its corridors and sources.
 */
export function csvNetworkTables(places: CsvFile, links: CsvFile, base: Dataset): RawDataset {
  const problems = new ProblemLog();
  const placeRows = parseCsv(places, PLACE_COLUMNS, problems);
  const linkRows = parseCsv(links, LINK_COLUMNS, problems);
  if (problems.size > 0) throw DatasetError.from(problems);
  return {
    places: { file: places.file, data: placeRows, firstRow: FIRST_DATA_ROW },
    links: { file: links.file, data: linkRows, firstRow: FIRST_DATA_ROW },
    corridors: { file: DATA_FILES.corridors, data: base.corridors },
    trade: { file: DATA_FILES.trade, data: base.trade },
    sources: { file: DATA_FILES.sources, data: base.sources },
    timeModel: { file: DATA_FILES.timeModel, data: base.timeModel },
    // Lines are for the base network's links; CSV links are drawn straight.
    geometry: { file: DATA_FILES.geometry, data: [] },
  };
}

function flatten(record: object, columns: string[]): string[] {
  const flat = flatFields(record, columns);
  return columns.map((column) => (Object.hasOwn(flat, column) ? String(flat[column]) : ""));
}

/** The places and links of a network as the two CSV files that csvNetworkTables reads. */
export function networkToCsv(dataset: Pick<Dataset, "places" | "links">): {
  places: string;
  links: string;
} {
  const write = (records: (Place | Link)[], columns: string[]) =>
    Papa.unparse(
      { fields: columns, data: records.map((record) => flatten(record, columns)) },
      { newline: "\r\n" },
    );
  return {
    places: write(dataset.places, PLACE_COLUMNS),
    links: write(dataset.links, LINK_COLUMNS),
  };
}
