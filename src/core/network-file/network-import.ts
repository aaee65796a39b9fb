// Reading a user's network off the main thread: the messages between the page and the import worker.
import type { Dataset, Link, Place } from "../dataset";
import { loadDataset } from "../load-dataset";
import { rememberRoutingNetworkText, routingNetworkTextOf } from "../routing-network-text";
import { DatasetError, type DatasetProblem } from "../validation/problems";
import type { RawDataset } from "../validation/validate-dataset";
import { type PickedFile, parseNetworkFiles } from "./read-network-files";

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
   * A slice of the parsed places or links as JSON text, in order. They are sent before the network
   * is validated, so that the page builds its graphs while the worker checks; only "valid" makes
   * them a network (the validated network's records are the parsed ones, unchanged).
   */
  | { kind: "places"; json: string }
  | { kind: "links"; json: string }
  /** All the slices are sent: what needs every place and link can start while the check goes on. */
  | { kind: "parsed" }
  /**
   * The rest of the validated network (its places and links came in the slices before), and the
   * whole as the route and analysis workers read it (routingNetworkText), written here, not on the page.
   */
  | { kind: "valid"; rest: Omit<Dataset, "places" | "links">; routingText: string }
  /** `uncounted`: problems found beyond those kept (DatasetError.more). */
  | { kind: "invalid"; problems: DatasetProblem[]; uncounted?: number };

/** Validates the files, telling `reply` when checking starts and how it ended. */
export function answerImport(
  request: ImportRequest,
  reply: (message: ImportReply) => void,
  perMessage = RECORDS_PER_MESSAGE,
): void {
  reply({ kind: "checking" });
  let dataset: Dataset;
  let sent: Record<"places" | "links", string[]>;
  try {
    const tables = parseNetworkFiles(request.files, request.base);
    sent = sendSlices(tables, reply, perMessage);
    reply({ kind: "parsed" });
    dataset = loadDataset(tables);
  } catch (error) {
    if (error instanceof DatasetError)
      reply({ kind: "invalid", problems: error.problems, uncounted: error.more });
    else reply({ kind: "invalid", problems: [{ file: "import", message: String(error) }] });
    return;
  }
  const { places: _places, links: _links, ...rest } = dataset;
  const routingText = routingNetworkTextOf(sent.places, sent.links, dataset);
  reply({ kind: "valid", rest, routingText });
}

/**
 * Sends the places and links tables in slices, and gives their JSON texts; a table that is not a
 * list has none (validation says why).
 */
function sendSlices(
  tables: RawDataset,
  reply: (message: ImportReply) => void,
  perMessage: number,
): Record<"places" | "links", string[]> {
  const sent = { places: [] as string[], links: [] as string[] };
  for (const kind of ["places", "links"] as const) {
    const records = tables[kind].data;
    if (!Array.isArray(records)) continue;
    for (const slice of slices(records, perMessage)) {
      const json = JSON.stringify(slice);
      sent[kind].push(json);
      reply({ kind, json });
    }
  }
  return sent;
}

function* slices<T>(records: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < records.length; start += size)
    yield records.slice(start, start + size);
}

/** What the page does with each slice as it comes, before the network is known to be valid. */
export interface SliceListener {
  places(records: Place[]): void;
  links(records: Link[]): void;
  /** The last slice has come. */
  parsed(): void;
}

/**
 * Puts the valid network back together from the replies' slices; null until "valid" has come.
 * `listener` sees each slice as it is read (its records are not yet validated).
 */
export function receivedNetwork(listener?: SliceListener): {
  take: (reply: ImportReply) => Dataset | null;
} {
  const places: Place[][] = [];
  const links: Link[][] = [];
  return {
    take(reply) {
      if (reply.kind === "places") {
        places.push(JSON.parse(reply.json));
        listener?.places(places.at(-1) as Place[]);
      } else if (reply.kind === "links") {
        links.push(JSON.parse(reply.json));
        listener?.links(links.at(-1) as Link[]);
      } else if (reply.kind === "parsed") {
        listener?.parsed();
      } else if (reply.kind === "valid") {
        const dataset = { ...reply.rest, places: places.flat(), links: links.flat() };
        rememberRoutingNetworkText(dataset, reply.routingText);
        return dataset;
      }
      return null;
    },
  };
}
