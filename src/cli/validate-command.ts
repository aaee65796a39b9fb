// The validate command's work, apart from the process: data/ (or another folder, or one network file) checked.
import { statSync } from "node:fs";
import { join } from "node:path";
import { STANDARD_TRIPS_FILE } from "../core/load-dataset";
import { DatasetError } from "../core/validation/problems";
import type { CommandOutput } from "./command-output";
import { readDataDir, readNetworkFile, readStandardTrips } from "./read-dataset";
import { terminalText } from "./terminal-text";

const isFolder = (candidate: string) =>
  statSync(candidate, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** data/ must have its standard trips; another data folder may go without. */
const hasStandardTrips = (path: string | undefined) =>
  path === undefined ||
  statSync(join(path, STANDARD_TRIPS_FILE), { throwIfNoEntry: false }) !== undefined;

/** Exit status: 0 when valid, 1 with every problem (the first ones listed, the rest counted). */
export function runValidateCommand(args: string[]): CommandOutput {
  const [path] = args;
  try {
    const folder = path === undefined || isFolder(path);
    const dataset = folder ? readDataDir(path) : readNetworkFile(path);
    const trips = folder && hasStandardTrips(path) ? readStandardTrips(dataset, path).length : 0;
    const { places, links, corridors, trade, sources } = dataset;
    const stdout =
      `${path ?? "data/"} is valid: ${places.length} places, ${links.length} links, ` +
      `${corridors.length} corridors, ${trade.length} trade figures, ${sources.length} sources` +
      `${trips > 0 ? `, ${trips} standard trips` : ""}\n`;
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return { status: 1, stdout: "", stderr: `${terminalText(error.message)}\n` };
  }
}
