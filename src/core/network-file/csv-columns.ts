// The columns of the places and links CSV files, how a cell becomes a value, and the header's checks.
import { LINK_FIELDS, PLACE_FIELDS } from "../dataset";
import { fieldAt, fieldPaths } from "../table-schema";
import type { DatasetProblem } from "../validation/problems";

/** Columns in the order written: the tables' plain fields as dotted paths. */
export const PLACE_COLUMNS = fieldPaths(PLACE_FIELDS);
export const LINK_COLUMNS = fieldPaths(LINK_FIELDS);

/** A record's plain fields by dotted column ("name.en"), lists joined by ";" as in the CSV files; absent fields left out. */
export function flatFields(
  record: object,
  columns: readonly string[],
): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const column of columns) {
    let value: unknown = record;
    for (const key of column.split("."))
      value = (value as Record<string, unknown> | undefined)?.[key];
    if (value === undefined) continue;
    flat[column] = Array.isArray(value) ? value.join(";") : (value as string | number | boolean);
  }
  return flat;
}

/** A column's field: the places' columns and the links' never share a name with another kind. */
const columnField = (column: string) =>
  fieldAt(PLACE_FIELDS, column) ?? fieldAt(LINK_FIELDS, column);
const NUMBER_KINDS = new Set(["number", "numbers", "pair"]);
const LIST_KINDS = new Set(["texts", "numbers", "pair"]);
const columnsOfKind = (kinds: Set<string>) =>
  new Set(
    [...PLACE_COLUMNS, ...LINK_COLUMNS].filter((column) =>
      kinds.has(columnField(column)?.kind ?? ""),
    ),
  );
const NUMBERS = columnsOfKind(NUMBER_KINDS);
/** List cells hold values separated by ";". */
const LISTS = columnsOfKind(LIST_KINDS);

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
