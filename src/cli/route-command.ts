// The route command's work, apart from the process: arguments in, output and exit status out.
import type { Dataset } from "../core/dataset";
import { routeResultText } from "../core/export/route-formats";
import { linkLines } from "../core/link-geometry";
import { buildNetworkGraph } from "../core/network-graph";
import {
  compileRoutingIndex,
  findRoutes,
  RouteQueryError,
  type RouteResult,
} from "../core/routing";
import { DatasetError } from "../core/validation/problems";
import { DatabaseError, withDatabase } from "../db/database";
import { pgroutingRoutes, readLoadedNetwork, UnsupportedByPgrouting } from "../db/pgrouting-routes";
import { networkText } from "../text/network-text";
import { routeNames } from "../text/route-names";
import { routeWords } from "../text/route-words";
import type { CommandOutput } from "./command-output";
import { readDataDir, readNetworkFile } from "./read-dataset";
import {
  type OutputFormat,
  parseRouteArgs,
  type RouteRequest,
  USAGE,
  UsageError,
} from "./route-args";
import { routeResultTable } from "./route-table";
import { terminalText } from "./terminal-text";

/**
 * Exit status: 0 for an answer (routes or a reason for none), 2 for a bad command or an option the
 * engine cannot express, 1 for broken data or a database that failed. The built-in engine only.
 */
export function runRouteCommand(args: string[]): CommandOutput {
  const parsed = parsedCommand(args);
  if (!("query" in parsed)) return printable(parsed);
  if (parsed.db) return printable(usage("--engine pgrouting answers through npm run route"));
  return printable(builtinRoutes(parsed));
}

/** The route command with either engine: `npm run route` itself. */
export async function runRouteCommandWithEngine(args: string[]): Promise<CommandOutput> {
  const parsed = parsedCommand(args);
  if (!("query" in parsed)) return printable(parsed);
  const { db } = parsed;
  if (!db) return printable(builtinRoutes(parsed));
  try {
    return printable(
      await withDatabase(db, async (client) => {
        const { dataset, index } = await readLoadedNetwork(client);
        return answer(parsed, dataset, await pgroutingRoutes(client, index, parsed.query));
      }),
    );
  } catch (error) {
    return printable(refusal(error, 1));
  }
}

type Output = CommandOutput & { format?: OutputFormat };

// Tables and messages quote names from the network file; JSON, CSV and GeoJSON escape their own way.
function printable({ status, stdout, stderr, format }: Output): CommandOutput {
  return {
    status,
    stdout: format === "table" ? terminalText(stdout) : stdout,
    stderr: terminalText(stderr),
  };
}

const usage = (message: string): Output => ({
  status: 2,
  stdout: "",
  stderr: `route: ${message}\n${USAGE}\n`,
});

function parsedCommand(args: string[]): RouteRequest | Output {
  try {
    const command = parseRouteArgs(args);
    if ("help" in command) return { status: 0, stdout: `${USAGE}\n`, stderr: "" };
    return command;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(error.message);
  }
}

function builtinRoutes(command: RouteRequest): Output {
  let dataset: Dataset;
  try {
    dataset = command.network ? readNetworkFile(command.network) : readDataDir();
  } catch (error) {
    return refusal(error, command.network ? 2 : 1);
  }
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  try {
    return answer(command, dataset, findRoutes(index, command.query));
  } catch (error) {
    return refusal(error, 1);
  }
}

function answer(command: RouteRequest, dataset: Dataset, result: RouteResult): Output {
  const { format, language } = command;
  const text = networkText(dataset);
  if (format === "table") {
    const table = routeResultTable(result, routeNames(text, language, "short"), language);
    return { status: 0, stdout: table, stderr: "", format };
  }
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const placeAt = (id: string) => places.get(id);
  const words = routeWords(result, routeNames(text, language), language);
  const lineOf = linkLines(dataset);
  const output = routeResultText(result, format, { placeAt, lineOf, language, words });
  // CSV has no room for the reason: it goes to stderr, so that a script still sees it.
  const note = format === "csv" && words.noRoute ? `route: ${words.noRoute}\n` : "";
  return { status: 0, stdout: output, stderr: note, format };
}

/** What went wrong, as the command says it: a bad query or option exits 2, bad data `dataStatus`. */
function refusal(error: unknown, dataStatus: number): Output {
  if (error instanceof RouteQueryError) {
    return { status: 2, stdout: "", stderr: `route: ${error.problems.join("\n")}\n` };
  }
  if (error instanceof UnsupportedByPgrouting) {
    return { status: 2, stdout: "", stderr: `route: ${error.message}\n` };
  }
  if (error instanceof DatasetError || error instanceof DatabaseError) {
    return { status: dataStatus, stdout: "", stderr: `route: ${error.message}\n` };
  }
  throw error;
}
