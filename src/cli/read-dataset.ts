// Reads the data/ folder or a single network file from disk (Node only) into a validated dataset.
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTripCsv } from "../core/analysis/trip-csv";
import type { Trip } from "../core/analysis/trips";
import type { Dataset, StandardTrip } from "../core/dataset";
import {
  DATA_FILES,
  loadDataset,
  networkFileTables,
  parseJson,
  STANDARD_TRIPS_FILE,
} from "../core/load-dataset";
import { fileSizeProblem } from "../core/network-file/file-limits";
import type { RoutingIndex } from "../core/routing";
import { DatasetError, type DatasetProblem } from "../core/validation/problems";
import { checkStandardTrips } from "../core/validation/standard-trip-rules";
import type { RawDataset, TableName } from "../core/validation/validate-dataset";

export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../data");

/** Reads a regular file within the size limit; a device or a pipe is never opened, as reading could hang. */
function readJson(path: string, label: string): unknown {
  return parseJson(label, readText(path, label));
}

function readText(path: string, label: string): string {
  try {
    const stats = statSync(path);
    const refused = stats.isFile()
      ? fileSizeProblem(label, stats.size)
      : { file: label, message: "is not a regular file (a folder, a device or a pipe)" };
    if (refused) throw new DatasetError([refused]);
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError([
      { file: label, message: `cannot be read (${(error as Error).message})` },
    ]);
  }
}

/** Reads every file first, so that unreadable files are all reported together. */
export function readDataDir(dir: string = DEFAULT_DATA_DIR): Dataset {
  const raw = {} as RawDataset;
  const unreadable: DatasetProblem[] = [];
  for (const [table, file] of Object.entries(DATA_FILES) as [TableName, string][]) {
    try {
      raw[table] = { file, data: readJson(join(dir, file), file) };
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      unreadable.push(...error.problems);
    }
  }
  if (unreadable.length > 0) throw new DatasetError(unreadable);
  return loadDataset(raw);
}

/** The data folder's standard trips, checked against its dataset. */
export function readStandardTrips(
  dataset: Dataset,
  dir: string = DEFAULT_DATA_DIR,
): StandardTrip[] {
  const data = readJson(join(dir, STANDARD_TRIPS_FILE), STANDARD_TRIPS_FILE);
  return checkStandardTrips(STANDARD_TRIPS_FILE, data, dataset);
}

/** A user's trip list (CSV), read within the size limit like any data file. */
export function readTripFile(path: string, index: RoutingIndex): Trip[] {
  return parseTripCsv(basename(path), readText(path, basename(path)), index);
}

export function readNetworkFile(path: string): Dataset {
  const file = basename(path);
  return loadDataset(networkFileTables(file, readJson(path, file)));
}
