// Reading a user's network off the main thread: the messages between the page and the import worker.
import type { Dataset, Link, Place } from "../dataset";
import { rememberRoutingNetworkText, routingNetworkText } from "../routing-network-text";
import { DatasetError, type DatasetProblem } from "../validation/problems";
import { type PickedFile, readNetworkFiles } from "./read-network-files";

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
  /** A slice of the valid network's places or links as JSON text, in order, before "valid". */
  | { kind: "places"; json: string }
  | { kind: "links"; json: string }
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
  try {
    dataset = readNetworkFiles(request.files, request.base);
  } catch (error) {
    if (error instanceof DatasetError)
      reply({ kind: "invalid", problems: error.problems, uncounted: error.more });
    else reply({ kind: "invalid", problems: [{ file: "import", message: String(error) }] });
    return;
  }
  const { places, links, ...rest } = dataset;
  for (const slice of slices(places, perMessage))
    reply({ kind: "places", json: JSON.stringify(slice) });
  for (const slice of slices(links, perMessage))
    reply({ kind: "links", json: JSON.stringify(slice) });
  reply({ kind: "valid", rest, routingText: routingNetworkText(dataset) });
}

function* slices<T>(records: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < records.length; start += size)
    yield records.slice(start, start + size);
}

/** Puts the valid network back together from the replies' slices; null until "valid" has come. */
export function receivedNetwork(): {
  take: (reply: ImportReply) => Dataset | null;
} {
  const places: Place[][] = [];
  const links: Link[][] = [];
  return {
    take(reply) {
      if (reply.kind === "places") places.push(JSON.parse(reply.json));
      else if (reply.kind === "links") links.push(JSON.parse(reply.json));
      else if (reply.kind === "valid") {
        const dataset = { ...reply.rest, places: places.flat(), links: links.flat() };
        rememberRoutingNetworkText(dataset, reply.routingText);
        return dataset;
      }
      return null;
    },
  };
}
