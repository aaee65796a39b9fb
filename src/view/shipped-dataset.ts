// Loads the network shipped in data/ (one JSON file per table, each in its own chunk) and validates it.
import type { Dataset } from "../core/dataset";
import { DATA_FILES, loadDataset } from "../core/load-dataset";
import { DatasetError } from "../core/validation/problems";
import type { RawDataset, TableName } from "../core/validation/validate-dataset";

const FILES = import.meta.glob<unknown>("../../data/*.json", { import: "default" });

export async function loadShippedDataset(): Promise<Dataset> {
  const raw = {} as RawDataset;
  const missing: string[] = [];
  for (const [table, file] of Object.entries(DATA_FILES) as [TableName, string][]) {
    const load = FILES[`../../data/${file}`];
    if (!load) missing.push(file);
    raw[table] = { file, data: load ? await load() : undefined };
  }
  if (missing.length > 0) {
    throw new DatasetError(missing.map((file) => ({ file, message: "is missing from data/" })));
  }
  return loadDataset(raw);
}
