// The validate command's work, apart from the process: data/ (or another folder, or one network file) checked.
import { statSync } from "node:fs";
import { DatasetError } from "../core/validation/problems";
import type { CommandOutput } from "./command-output";
import { readDataDir, readNetworkFile } from "./read-dataset";
import { terminalText } from "./terminal-text";

const isFolder = (candidate: string) =>
  statSync(candidate, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Exit status: 0 when valid, 1 with every problem (the first ones listed, the rest counted). */
export function runValidateCommand(args: string[]): CommandOutput {
  const [path] = args;
  try {
    const dataset =
      path === undefined || isFolder(path) ? readDataDir(path) : readNetworkFile(path);
    const { places, links, corridors, trade, sources } = dataset;
    const stdout =
      `${path ?? "data/"} is valid: ${places.length} places, ${links.length} links, ` +
      `${corridors.length} corridors, ${trade.length} trade figures, ${sources.length} sources\n`;
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return { status: 1, stdout: "", stderr: `${terminalText(error.message)}\n` };
  }
}
