// Turns parsed JSON (the data/ folder's files, or one network file) into a validated dataset.
import type { Dataset } from "./dataset";
import { type JsonOutline, jsonOutline, MAX_JSON_NESTING } from "./json-outline";
import { DatasetError } from "./validation/problems";
import { type RawDataset, type TableName, validateDataset } from "./validation/validate-dataset";

/** The standard trips of data/, on which scenarios and chokepoints are tried (not a table of the network). */
export const STANDARD_TRIPS_FILE = "standard-trips.json";

/** The data/ folder: one file per table. */
export const DATA_FILES: Record<TableName, string> = {
  places: "places.json",
  links: "links.json",
  corridors: "corridors.json",
  trade: "trade.json",
  sources: "sources.json",
  timeModel: "time-model.json",
  geometry: "geometry.json",
};

const TABLES = Object.keys(DATA_FILES) as TableName[];
const OPTIONAL_TABLES: ReadonlySet<TableName> = new Set(["trade", "geometry"]);

/** A whole network in one JSON object `{ places, links, corridors, sources, trade?, timeModel, geometry? }`. */
export function networkFileTables(fileName: string, json: unknown): RawDataset {
  const object = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  const tables = {} as RawDataset;
  for (const name of TABLES) {
    const data = object[name] ?? (OPTIONAL_TABLES.has(name) ? [] : undefined);
    tables[name] = { file: `${fileName} › ${name}`, data };
  }
  return tables;
}

/** The validated dataset, or a DatasetError listing every problem. */
export function loadDataset(raw: RawDataset): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new DatasetError(result.problems, result.more);
  return result.dataset;
}

/**
 * Parses JSON text, reporting a syntax error or too deep a nesting as a problem of that file
 * (`outline`: the text's, when it was read already).
 */
export function parseJson(file: string, text: string, outline?: JsonOutline): unknown {
  if ((outline ?? jsonOutline(text)).tooDeep) {
    const message = `nested too deeply (over ${MAX_JSON_NESTING} levels of [ and {)`;
    throw new DatasetError([{ file, message }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError([{ file, message: `not valid JSON (${(error as Error).message})` }]);
  }
}
