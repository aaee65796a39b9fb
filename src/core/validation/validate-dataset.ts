// Validates a raw dataset (parsed JSON, file by file) into typed records, listing every problem at once.
import { type Dataset, TABLE_FIELDS } from "../dataset";
import { type RecordOf, readRecord } from "../table-schema";
import { checkBorders } from "./border-rules";
import { checkCorridorTree } from "./corridor-tree-rules";
import { checkGeometry } from "./geometry-rules";
import { type DatasetProblem, ProblemLog } from "./problems";
import { asArray, RecordChecker, unknownField } from "./record-checker";
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
  const geometry = readTable(problems, "geometry", raw.geometry);
  const known = { sources: sources.ids, places: places.ids, corridors: corridors.ids };
  sources.checkers.forEach(checkSource);
  for (const place of places.checkers) checkPlace(place, known.sources);
  for (const link of links.checkers) checkLink(link, known);
  for (const corridor of corridors.checkers) checkCorridor(corridor, known);
  checkCorridorTree(corridors.checkers, links.checkers);
  checkBorders(places.checkers, links.checkers);
  for (const figure of trade.checkers) checkTradeFigure(figure, known.sources);
  // The links' ends are gathered only for lines to check: a big network without lines is spared it.
  if (geometry.checkers.length > 0) {
    const geometryKnown = { sources: known.sources, ...linkEnds(places.checkers, links.checkers) };
    for (const line of geometry.checkers) checkGeometry(line, geometryKnown);
  }
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
      geometry: geometry.records,
    },
  };
}

/** The field that names a record, where it is not "id". */
const ID_FIELDS: Partial<Record<ListName, string>> = { sources: "key", geometry: "link" };

/**
 * A checker per record, the records as their table's type (used once every check passed) and their
 * ids, which references are looked up in (an id that is not text is never matched: a reference is
 * text); flags a table that is not a list, duplicate ids and unknown fields.
 */
function readTable<N extends ListName>(problems: ProblemLog, name: N, table: RawTable) {
  const checkers: RecordChecker[] = [];
  const records: RecordOf<(typeof TABLE_FIELDS)[N]>[] = [];
  const seen = new Set<unknown>();
  const ids: ReadonlySet<string> = seen as ReadonlySet<string>;
  const rows = asArray(table.data);
  if (!rows) {
    problems.push({ file: table.file, message: `expected a list of ${name}` });
    return { checkers, records, ids };
  }
  const idField = ID_FIELDS[name] ?? "id";
  rows.forEach((row, index) => {
    const record = new RecordChecker(problems, table.file, index, row, idField, table.firstRow);
    const id = record.get(idField);
    if (seen.has(id)) record.fail(idField, `duplicate ${idField} "${String(id)}"`);
    seen.add(id);
    checkers.push(record);
    records.push(readRecord(TABLE_FIELDS[name], record.raw, unknownField(record)));
  });
  return { checkers, records, ids };
}

/** The links' ends and the places' positions, for the lines to be checked against. */
function linkEnds(places: RecordChecker[], links: RecordChecker[]) {
  const positions = new Map<string, { lat: number; lon: number }>();
  for (const { raw } of places) {
    if (typeof raw.id === "string" && typeof raw.lat === "number" && typeof raw.lon === "number")
      positions.set(raw.id, { lat: raw.lat, lon: raw.lon });
  }
  const ends = new Map<string, { from: string; to: string }>();
  for (const { raw } of links) {
    if (typeof raw.id === "string" && typeof raw.from === "string" && typeof raw.to === "string")
      ends.set(raw.id, { from: raw.from, to: raw.to });
  }
  return { places: positions, links: ends };
}
