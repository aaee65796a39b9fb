// `npm run validate [-- PATH]`: checks data/ (or another data folder, or one network file) and lists every problem.
import { statSync } from "node:fs";
import { DatasetError } from "../core/validation/problems";
import { readDataDir, readNetworkFile } from "./read-dataset";

const path = process.argv[2];
const isFolder = (candidate: string) =>
  statSync(candidate, { throwIfNoEntry: false })?.isDirectory() ?? false;
try {
  const dataset = path === undefined || isFolder(path) ? readDataDir(path) : readNetworkFile(path);
  const { places, links, corridors, trade, sources } = dataset;
  console.log(
    `${path ?? "data/"} is valid: ${places.length} places, ${links.length} links, ` +
      `${corridors.length} corridors, ${trade.length} trade figures, ${sources.length} sources`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
