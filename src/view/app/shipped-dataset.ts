// Loads the network shipped in data/ (one JSON file per table, each in its own chunk) and validates it.
import type { Dataset } from "../../core/dataset";
import { DATA_FILES, loadDataset } from "../../core/load-dataset";
import { DatasetError } from "../../core/validation/problems";
import type { RawDataset, TableName } from "../../core/validation/validate-dataset";

const FILES = import.meta.glob<unknown>("../../../data/*.json", { import: "default" });

/** The six chunks are fetched together, not one after another, to keep start-up short. */
export async function loadShippedDataset(): Promise<Dataset> {
  const tables = Object.entries(DATA_FILES) as [TableName, string][];
  const missing = tables
    .filter(([, file]) => !FILES[`../../../data/${file}`])
    .map(([, file]) => file);
  if (missing.length > 0) {
    throw new DatasetError(missing.map((file) => ({ file, message: "is missing from data/" })));
  }
  const loaded = await Promise.all(tables.map(([, file]) => FILES[`../../../data/${file}`]?.()));
  const raw = Object.fromEntries(
    tables.map(([table, file], i) => [table, { file, data: loaded[i] }]),
  );
  return loadDataset(raw as RawDataset);
}
