// Reads the data/ folder or a single network file from disk (Node only) into a validated dataset.
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset } from "../core/dataset";
import { DATA_FILES, loadDataset, networkFileTables, parseJson } from "../core/load-dataset";
import { fileSizeProblem } from "../core/network-file/file-limits";
import { DatasetError, type DatasetProblem } from "../core/validation/problems";
import type { RawDataset, TableName } from "../core/validation/validate-dataset";

export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../data");

/** Reads a regular file within the size limit; a device or a pipe is never opened, as reading could hang. */
function readJson(path: string, label: string): unknown {
  let text: string;
  try {
    const stats = statSync(path);
    const refused = stats.isFile()
      ? fileSizeProblem(label, stats.size)
      : { file: label, message: "is not a regular file (a folder, a device or a pipe)" };
    if (refused) throw new DatasetError([refused]);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError([
      { file: label, message: `cannot be read (${(error as Error).message})` },
    ]);
  }
  return parseJson(label, text);
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

export function readNetworkFile(path: string): Dataset {
  const file = basename(path);
  return loadDataset(networkFileTables(file, readJson(path, file)));
}
