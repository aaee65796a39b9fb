// Validates a raw dataset (parsed JSON, file by file) into typed records, listing every problem at once.
import { type Dataset, TABLE_FIELDS } from "../dataset";
import { type RecordOf, readRecord } from "../table-schema";
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
type ListName = Exclude<TableName, "timeModel">;
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

export function validateDataset(raw: RawDataset): ValidationResult {
  const problems = new ProblemLog();
  const places = readTable(problems, "places", raw.places);
  const links = readTable(problems, "links", raw.links);
  const corridors = readTable(problems, "corridors", raw.corridors);
  const trade = readTable(problems, "trade", raw.trade);
  const sources = readTable(problems, "sources", raw.sources);
  const idsOf = (records: RecordChecker[], field = "id") =>
    new Set(records.map((r) => r.get(field)).filter((id): id is string => typeof id === "string"));
  const known = {
    sources: idsOf(sources.checkers, "key"),
    places: idsOf(places.checkers),
    corridors: idsOf(corridors.checkers),
  };
  sources.checkers.forEach(checkSource);
  for (const place of places.checkers) checkPlace(place, known.sources);
  for (const link of links.checkers) checkLink(link, known);
  for (const corridor of corridors.checkers) checkCorridor(corridor, known);
  checkCorridorTree(corridors.checkers, links.checkers);
  checkBorders(places.checkers, links.checkers);
  for (const figure of trade.checkers) checkTradeFigure(figure, known.sources);
  const model = new RecordChecker(problems, raw.timeModel.file, undefined, raw.timeModel.data);
  const timeModel = readRecord(TABLE_FIELDS.timeModel, model.raw, unknownField(model));
  checkTimeModel(model, known);
  if (problems.size > 0) return { ok: false, problems: problems.kept, more: problems.more };
  return {
    ok: true,
    dataset: {
      places: places.records,
      links: links.records,
      corridors: corridors.records,
      trade: trade.records,
      sources: sources.records,
      timeModel,
    },
  };
}

/** Refuses a field the table does not declare, naming those it does. */
const unknownField = (record: RecordChecker) => (path: string, expected: string[]) =>
  record.fail(path, `unknown field (expected ${expected.join(", ")})`);

/**
 * A checker per record, and the records as their table's type (used once every check passed);
 * flags a table that is not a list, duplicate ids and unknown fields.
 */
function readTable<N extends ListName>(problems: ProblemLog, name: N, table: RawTable) {
  const checkers: RecordChecker[] = [];
  const records: RecordOf<(typeof TABLE_FIELDS)[N]>[] = [];
  const rows = asArray(table.data);
  if (!rows) {
    problems.push({ file: table.file, message: `expected a list of ${name}` });
    return { checkers, records };
  }
  const idField = name === "sources" ? "key" : "id";
  const seen = new Set<unknown>();
  rows.forEach((row, index) => {
    const record = new RecordChecker(problems, table.file, index, row, idField, table.firstRow);
    const id = record.get(idField);
    if (seen.has(id)) record.fail(idField, `duplicate ${idField} "${String(id)}"`);
    seen.add(id);
    checkers.push(record);
    records.push(readRecord(TABLE_FIELDS[name], record.raw, unknownField(record)));
  });
  return { checkers, records };
}
