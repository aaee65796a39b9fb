// Validates a raw dataset (parsed JSON, file by file) into typed records, listing every problem at once.
import type { Dataset } from "../dataset";
import { checkBorders } from "./border-rules";
import { checkCorridorTree } from "./corridor-tree-rules";
import { type DatasetProblem, ProblemLog } from "./problems";
import { asArray, RecordChecker } from "./record-checker";
import {
  checkCorridor,
  checkLink,
  checkPlace,
  checkSource,
  checkTimeModel,
  checkTradeFigure,
} from "./record-rules";

export type TableName = keyof Dataset;
interface RawTable {
  /** File name shown in problems, e.g. "links.json". */
  file: string;
  data: unknown;
  /** Line of the first record, when the table was read from CSV. */
  firstRow?: number;
}
export type RawDataset = Record<TableName, RawTable>;
export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DatasetProblem[]; more: number };

const FIELDS: Record<Exclude<TableName, "timeModel">, string[]> = {
  places: [
    "id",
    "name",
    "aliases",
    "countries",
    "kind",
    "lat",
    "lon",
    "position",
    "gaugeBreak",
    "closed",
  ],
  links: [
    "id",
    "from",
    "to",
    "mode",
    "km",
    "length",
    "hours",
    "time",
    "status",
    "year",
    "gauge",
  ].concat(["corridors", "sources", "note", "closed"]),
  corridors: ["id", "name", "color", "description", "sources", "parent", "termini"],
  trade: ["id", "partner", "measure", "valueUsd", "period", "reporter", "basis", "target"].concat([
    "sources",
    "note",
  ]),
  sources: ["key", "title", "publisher", "date", "url", "file", "language"],
};

export function validateDataset(raw: RawDataset): ValidationResult {
  const problems = new ProblemLog();
  const tables = {} as Record<Exclude<TableName, "timeModel">, RecordChecker[]>;
  for (const name of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    tables[name] = readTable(problems, name, raw[name], FIELDS[name]);
  }
  const idsOf = (records: RecordChecker[], field = "id") =>
    new Set(records.map((r) => r.get(field)).filter((id): id is string => typeof id === "string"));
  const known = {
    sources: idsOf(tables.sources, "key"),
    places: idsOf(tables.places),
    corridors: idsOf(tables.corridors),
  };
  tables.sources.forEach(checkSource);
  for (const place of tables.places) checkPlace(place, known.sources);
  for (const link of tables.links) checkLink(link, known);
  for (const corridor of tables.corridors) checkCorridor(corridor, known);
  checkCorridorTree(tables.corridors, tables.links);
  checkBorders(tables.places, tables.links);
  for (const figure of tables.trade) checkTradeFigure(figure, known.sources);
  checkTimeModel(
    new RecordChecker(problems, raw.timeModel.file, undefined, raw.timeModel.data),
    known,
  );
  if (problems.size > 0) return { ok: false, problems: problems.kept, more: problems.more };
  const records = (name: keyof typeof FIELDS) => tables[name].map((r) => r.raw);
  return {
    ok: true,
    dataset: {
      places: records("places"),
      links: records("links"),
      corridors: records("corridors"),
      trade: records("trade"),
      sources: records("sources"),
      timeModel: raw.timeModel.data,
    } as unknown as Dataset,
  };
}

/** One checker per record; flags a table that is not a list, duplicate ids and unknown fields. */
function readTable(problems: ProblemLog, name: string, table: RawTable, fields: string[]) {
  const rows = asArray(table.data);
  if (!rows) {
    problems.push({ file: table.file, message: `expected a list of ${name}` });
    return [];
  }
  const idField = name === "sources" ? "key" : "id";
  const seen = new Set<unknown>();
  return rows.map((row, index) => {
    const record = new RecordChecker(problems, table.file, index, row, idField, table.firstRow);
    const id = record.get(idField);
    if (seen.has(id)) record.fail(idField, `duplicate ${idField} "${String(id)}"`);
    seen.add(id);
    for (const key of Object.keys(record.raw).filter((key) => !fields.includes(key))) {
      record.fail(key, `unknown field (expected ${fields.join(", ")})`);
    }
    return record;
  });
}
