// The columns of the places and links CSV files, how a cell becomes a value, and the header's checks.
import type { DatasetProblem } from "../validation/problems";

/** Columns in the order written; list cells hold values separated by ";". */
export const PLACE_COLUMNS = ["id", "name.en", "name.fr", "aliases", "countries", "kind"].concat(
  ["lat", "lon"],
  ["position.basis", "position.precisionKm", "position.sources", "position.rule", "position.note"],
  ["gaugeBreak", "closed.months", "closed.sources", "closed.note"],
);
export const LINK_COLUMNS = [
  "id",
  "from",
  "to",
  "mode",
  "km",
  "length.basis",
  "length.rule",
  "length.sources",
].concat(
  [
    "length.note",
    "hours",
    "time.basis",
    "time.rule",
    "time.sources",
    "time.note",
    "status",
    "year",
  ],
  ["gauge", "corridors", "sources", "note", "closed.months", "closed.sources", "closed.note"],
);
const NUMBERS = new Set([
  "lat",
  "lon",
  "position.precisionKm",
  "km",
  "hours",
  "year",
  "gauge",
  "gaugeBreak",
  "closed.months",
]);
const LISTS = new Set([
  "aliases",
  "countries",
  "position.sources",
  "length.sources",
  "time.sources",
  "corridors",
])
  .add("sources")
  .add("gaugeBreak")
  .add("closed.months")
  .add("closed.sources");

/** Plain decimal notation only: "0x10", "Infinity" or " " stay text for the validator to quote. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A cell's value: a number where one is due, even one too large to be finite (the validator names
 * it so); left as text if it is not written as a number.
 */
export function cellValue(column: string, cell: string): unknown {
  const text = cell.trim();
  const scalar = (part: string) =>
    NUMBERS.has(column) && DECIMAL.test(part) ? Number(part) : part;
  return LISTS.has(column)
    ? text
        .split(";")
        .map((part) => scalar(part.trim()))
        .filter((v) => v !== "")
    : scalar(text);
}

/**
 * Problems of a header: only the known columns are read, which also keeps names such as
 * "__proto__.x" or "id.x" from reaching into objects. `renamed` are papaparse's renamed repeats.
 */
export function headerProblems(
  file: string,
  header: readonly string[],
  columns: readonly string[],
  renamed: Readonly<Record<string, string>> = {},
): DatasetProblem[] {
  const problem = (field: string, message: string) => ({ file, record: "header", field, message });
  return header.flatMap((column) => {
    const repeated = Object.hasOwn(renamed, column) ? renamed[column] : undefined;
    if (repeated !== undefined) return [problem(repeated, "this column is given more than once")];
    if (columns.includes(column)) return [];
    return [problem(column, `unknown column (expected ${columns.join(", ")})`)];
  });
}

const headerLine = (text: string) => text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";

/** The cell separator: "," unless the header holds ";" and no "," (as spreadsheets write in many languages). */
export function csvDelimiter(text: string): "," | ";" {
  const header = headerLine(text);
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/** The column names of a CSV file's header line. */
export const csvHeader = (text: string): string[] =>
  headerLine(text)
    .split(csvDelimiter(text))
    .map((column) => column.trim());
