// Reads what a user dropped or picked: one JSON network file, or two CSV files (places and links).
import type { Dataset } from "../dataset";
import type { JsonOutline } from "../json-outline";
import { loadDataset, networkFileTables, parseJson } from "../load-dataset";
import { DatasetError, type DatasetProblem } from "../validation/problems";
import type { RawDataset } from "../validation/validate-dataset";
import { csvHeader } from "./csv-columns";
import { type CsvFile, csvNetworkTables } from "./csv-network";
import { fileSizeProblem } from "./file-limits";

export interface PickedFile {
  name: string;
  text: string;
}

const EXPECTED = "expected one .json network file, or two .csv files (places and links)";

/** The CSV file whose header has "from" and "to" columns holds the links. */
const isLinksCsv = (file: PickedFile) => {
  const header = csvHeader(file.text);
  return header.includes("from") && header.includes("to");
};

/** Like git: a NUL among the first 8,000 characters means binary data, not text. */
const isBinary = (file: PickedFile) => file.text.slice(0, 8000).includes("\u0000");

/** Files too large (a character is at least a byte) or not text: refused before parsing. */
const unreadable = (files: readonly PickedFile[]): DatasetProblem[] =>
  files.flatMap(
    (file) =>
      fileSizeProblem(file.name, file.text.length) ??
      (isBinary(file)
        ? { file: file.name, message: "is not a text file (it holds binary data)" }
        : []),
  );

/** The validated network, or a DatasetError naming every problem (file, row, field). */
export function readNetworkFiles(files: readonly PickedFile[], base: Dataset): Dataset {
  return loadDataset(parseNetworkFiles(files, base));
}

/** Throws a DatasetError for files too large or not text, before anything reads them. */
export function refuseUnreadable(files: readonly PickedFile[]): void {
  const refused = unreadable(files);
  if (refused.length > 0) throw new DatasetError(refused);
}

/** The JSON network file, when that is what was picked (not two CSV files). */
export function networkJsonFile(files: readonly PickedFile[]): PickedFile | undefined {
  const [first] = files;
  return files.length === 1 && first && /\.json$/i.test(first.name) ? first : undefined;
}

/**
 * The files' tables, parsed but not yet validated (loadDataset does that), or a DatasetError for
 * files that are no network at all: unreadable, not JSON or CSV, not one JSON or two CSV files.
 * `outline`: the JSON file's, when it was read already.
 */
export function parseNetworkFiles(
  files: readonly PickedFile[],
  base: Dataset,
  outline?: JsonOutline,
): RawDataset {
  const names = files.map((file) => file.name).join(", ") || "no file";
  refuseUnreadable(files);
  const json = networkJsonFile(files);
  if (json) return networkFileTables(json.name, parseJson(json.name, json.text, outline));
  const [first, second] = files;
  if (files.length === 2 && first && second && files.every((file) => /\.csv$/i.test(file.name))) {
    const links = [first, second].find(isLinksCsv);
    const places = [first, second].find((file) => !isLinksCsv(file));
    if (!links || !places) {
      throw new DatasetError([
        {
          file: names,
          message:
            "one CSV file must be the links (with from and to columns), the other the places",
        },
      ]);
    }
    const csv = (file: PickedFile): CsvFile => ({ file: file.name, text: file.text });
    return csvNetworkTables(csv(places), csv(links), base);
  }
  throw new DatasetError([{ file: names, message: EXPECTED }]);
}
