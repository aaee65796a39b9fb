// The route command's work, apart from the process: arguments in, output and exit status out.
import type { Dataset } from "../core/dataset";
import { routeResultText } from "../core/export/route-formats";
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex, findRoutes, placeLabel, RouteQueryError } from "../core/routing";
import { DatasetError } from "../core/validation/problems";
import type { CommandOutput } from "./command-output";
import { readDataDir, readNetworkFile } from "./read-dataset";
import {
  type OutputFormat,
  parseRouteArgs,
  type RouteCommand,
  USAGE,
  UsageError,
} from "./route-args";
import { routeResultTable } from "./route-table";
import { terminalText } from "./terminal-text";

/** Exit status: 0 for an answer (routes or a reason for none), 2 for a bad command, 1 for broken data. */
export function runRouteCommand(args: string[]): CommandOutput {
  const { status, stdout, stderr, format } = routeCommand(args);
  // Tables and messages quote names from the network file; JSON, CSV and GeoJSON escape their own way.
  return {
    status,
    stdout: format === "table" ? terminalText(stdout) : stdout,
    stderr: terminalText(stderr),
  };
}

function routeCommand(args: string[]): CommandOutput & { format?: OutputFormat } {
  let command: RouteCommand;
  let dataset: Dataset;
  try {
    command = parseRouteArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { status: 2, stdout: "", stderr: `route: ${error.message}\n${USAGE}\n` };
  }
  if ("help" in command) return { status: 0, stdout: `${USAGE}\n`, stderr: "" };
  try {
    dataset = command.network ? readNetworkFile(command.network) : readDataDir();
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return { status: command.network ? 2 : 1, stdout: "", stderr: `route: ${error.message}\n` };
  }
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const placeAt = (id: string) => places.get(id);
  try {
    const result = findRoutes(index, command.query);
    const output =
      command.format === "table"
        ? routeResultTable(result, (id) => placeLabel(index, id))
        : routeResultText(result, command.format, { placeAt, language: "en" });
    const note = command.format === "csv" && result.reason ? `route: ${result.reason}\n` : "";
    return { status: 0, stdout: output, stderr: note, format: command.format };
  } catch (error) {
    if (!(error instanceof RouteQueryError)) throw error;
    return { status: 2, stdout: "", stderr: `route: ${error.problems.join("\n")}\n` };
  }
}
