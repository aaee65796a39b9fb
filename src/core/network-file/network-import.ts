// Reading a user's network off the main thread: the messages between the page and the import worker.
import { type CorridorOutlines, corridorOutlines } from "../corridors";
import type { Corridor, Dataset, Link, LinkGeometry, Place } from "../dataset";
import { type JsonOutline, jsonOutline, listLength } from "../json-outline";
import { loadDataset } from "../load-dataset";
import { rememberRoutingNetworkJson, routingJsonOf } from "../routing-network-text";
import { DatasetError, type DatasetProblem } from "../validation/problems";
import type { RawDataset } from "../validation/validate-dataset";
import {
  networkJsonFile,
  type PickedFile,
  parseNetworkFiles,
  refuseUnreadable,
} from "./read-network-files";

export interface ImportRequest {
  files: PickedFile[];
  /** The built-in network: two CSV files take its corridors, sources and time model. */
  base: Dataset;
}

/**
 * Records per message: the page reads each message in a task of its own, so that a big network's
 * hundreds of thousands of records never hold its main thread at once. The records go as JSON text:
 * writing and reading it takes both threads a fraction of what a structured clone of so many small
 * objects does.
 */
const RECORDS_PER_MESSAGE = 10_000;

export type ImportReply =
  | { kind: "checking" }
  /**
   * A slice of the places or links as JSON text, in order. They are sent before the network is
   * validated, so that the page builds its graphs while the worker checks; a JSON file's, cut from
   * its text as the scan for its lists finds them, are not even known to be JSON. Only "valid" makes
   * them a network (the validated network's records are the parsed ones, unchanged).
   */
  | { kind: "places"; json: string }
  | { kind: "links"; json: string }
  /**
   * The slices sent so far do not stand: the scan found that only parsing can tell the file's lists
   * (a key written with escapes, say). Those written from the parsed tables follow.
   */
  | { kind: "unsliced" }
  /** All the slices are sent: what needs every place and link can start while the check goes on. */
  | { kind: "parsed" }
  /**
   * The corridors and the links' lines as parsed, before they are validated (and, if valid,
   * unchanged): with the slices, what the page needs to draw the network while the check goes on.
   */
  | { kind: "drawing"; tables: DrawingTables }
  /**
   * The rest of the validated network: its places and links came in the slices before, which the
   * route and analysis workers then read as they came (routingNetworkJson).
   */
  | { kind: "valid"; rest: Omit<Dataset, "places" | "links"> }
  /**
   * The valid network's corridor outlines (what their cards state), sent after "valid": the page is
   * then busy building and drawing the network, and the worker's core idle.
   */
  | { kind: "outlines"; outlines: CorridorOutlines }
  /** `uncounted`: problems found beyond those kept (DatasetError.more). */
  | { kind: "invalid"; problems: DatasetProblem[]; uncounted?: number };

/** The tables besides the places and links that drawing the network takes. */
export interface DrawingTables {
  corridors: readonly Corridor[];
  geometry: readonly LinkGeometry[];
}

/** The tables sent to the page in slices, as JSON lists. */
const SLICED = ["places", "links"] as const;
type SlicedTable = (typeof SLICED)[number];
type Slices = Record<SlicedTable, string[]>;

/** Validates the files, telling `reply` when checking starts and how it ended (and, if valid, the outlines). */
export function answerImport(
  request: ImportRequest,
  reply: (message: ImportReply) => void,
  perMessage = RECORDS_PER_MESSAGE,
): void {
  reply({ kind: "checking" });
  let dataset: Dataset;
  try {
    refuseUnreadable(request.files);
    // A JSON file's records are cut from its text and sent as the scan finds them, before it is
    // parsed (a big file's parse takes seconds); two CSV files' are written from their parsed tables.
    const json = networkJsonFile(request.files);
    const cutter = placesFirst(reply, perMessage);
    const outline = json ? jsonOutline(json.text, SLICED, cutter) : undefined;
    const counts = json && outline ? cutCounts(json.text, outline) : null;
    if (counts) {
      cutter.flush();
      reply({ kind: "parsed" });
    } else if (cutter.sent()) reply({ kind: "unsliced" });
    const tables = parseNetworkFiles(request.files, request.base, outline);
    if (counts) checkCut(counts, tables);
    else sendSlices(writtenSlices(tables, perMessage), reply);
    sendDrawingTables(tables, reply);
    dataset = loadDataset(tables);
  } catch (error) {
    if (error instanceof DatasetError)
      reply({ kind: "invalid", problems: error.problems, uncounted: error.more });
    else reply({ kind: "invalid", problems: [{ file: "import", message: String(error) }] });
    return;
  }
  const { places: _places, links: _links, ...rest } = dataset;
  reply({ kind: "valid", rest });
  reply({ kind: "outlines", outlines: corridorOutlines(dataset) });
}

/**
 * Sends the runs cut as they come, but the links' after the places': the page can add a link only
 * between places it has (a file written with sorted keys has its links first). `flush` sends the
 * links still held (a file without places).
 */
function placesFirst(reply: (message: ImportReply) => void, perSlice: number) {
  const held: string[] = [];
  let placesEnded = false;
  let sent = false;
  const send = (kind: SlicedTable, json: string) => {
    sent = true;
    reply({ kind, json });
  };
  const flush = () => {
    for (const json of held.splice(0)) send("links", json);
  };
  return {
    perSlice,
    cut(kind: SlicedTable, json: string, last: boolean) {
      if (kind === "links" && !placesEnded) held.push(json);
      else send(kind, json);
      if (kind === "places" && last) {
        placesEnded = true;
        flush();
      }
    },
    flush,
    sent: () => sent,
  };
}

/** Sends the slices, places first, and says when the last is sent. */
function sendSlices(slices: Slices, reply: (message: ImportReply) => void): void {
  for (const kind of SLICED) for (const json of slices[kind]) reply({ kind, json });
  reply({ kind: "parsed" });
}

/** The corridors and lines, if they are lists: another table has no use before it is checked. */
function sendDrawingTables(
  { corridors, geometry }: RawDataset,
  reply: (message: ImportReply) => void,
) {
  if (Array.isArray(corridors.data) && Array.isArray(geometry.data))
    reply({ kind: "drawing", tables: { corridors: corridors.data, geometry: geometry.data } });
}

/** How many records of each list the slices cut from the text hold; null if only parsing can tell. */
function cutCounts(text: string, { tooDeep, lists }: JsonOutline) {
  if (tooDeep || !lists) return null;
  const counts = { places: 0, links: 0 };
  for (const kind of SLICED) {
    const offsets = lists.get(kind);
    if (offsets) counts[kind] = listLength(text, offsets);
  }
  return counts;
}

/** The slices sent must hold the parsed lists' records, or the page would show other records than those checked. */
function checkCut(counts: Record<keyof Slices, number>, tables: RawDataset): void {
  for (const kind of SLICED) {
    const { data } = tables[kind];
    if (Array.isArray(data) && data.length !== counts[kind])
      throw new Error(`the ${kind} sent (${counts[kind]}) are not those parsed (${data.length})`);
  }
}

/** The places and links tables written as JSON, in slices; a table that is not a list has none. */
function writtenSlices(tables: RawDataset, perSlice: number): Slices {
  const slices = { places: [], links: [] } as Slices;
  for (const kind of SLICED) {
    const records = tables[kind].data;
    if (!Array.isArray(records)) continue;
    for (let start = 0; start < records.length; start += perSlice)
      slices[kind].push(JSON.stringify(records.slice(start, start + perSlice)));
  }
  return slices;
}

/** What the page does with each slice as it comes, before the network is known to be valid. */
export interface SliceListener {
  places(records: Place[]): void;
  links(records: Link[]): void;
  /** The last slice has come. */
  parsed(): void;
  /** The corridors and lines have come (after the last slice). */
  drawing(tables: DrawingTables): void;
  /** The slices seen so far do not stand; others follow. */
  unsliced(): void;
}

/**
 * Puts the valid network back together from the replies' slices; null until "valid" has come.
 * `listener` sees each slice as it is read (its records are not yet validated). A slice that is not
 * JSON is left out: the file is not JSON either, and the worker's answer will say so; if it says
 * valid all the same, `take` throws rather than give a network short of records.
 */
export function receivedNetwork(listener?: SliceListener): {
  take: (reply: ImportReply) => Dataset | null;
} {
  const places: Place[][] = [];
  const links: Link[][] = [];
  const texts: Slices = { places: [], links: [] };
  let unread = 0;
  const read = <T>(json: string, into: T[][], text: string[]): T[] | null => {
    try {
      into.push(JSON.parse(json));
      text.push(json);
      return into.at(-1) as T[];
    } catch {
      unread++;
      return null;
    }
  };
  return {
    take(reply) {
      if (reply.kind === "places") {
        const slice = read<Place>(reply.json, places, texts.places);
        if (slice) listener?.places(slice);
      } else if (reply.kind === "links") {
        const slice = read<Link>(reply.json, links, texts.links);
        if (slice) listener?.links(slice);
      } else if (reply.kind === "parsed") {
        listener?.parsed();
      } else if (reply.kind === "drawing") {
        listener?.drawing(reply.tables);
      } else if (reply.kind === "unsliced") {
        for (const list of [places, links, texts.places, texts.links]) list.length = 0;
        unread = 0;
        listener?.unsliced();
      } else if (reply.kind === "valid") {
        if (unread > 0) throw new Error(`${unread} slices of the network could not be read`);
        const dataset = { ...reply.rest, places: places.flat(), links: links.flat() };
        rememberRoutingNetworkJson(dataset, routingJsonOf(texts.places, texts.links, reply.rest));
        return dataset;
      }
      return null;
    },
  };
}
