// `npm run validate [-- FILE]`: checks data/ (or one network file) and lists every problem.
import { DatasetError } from "../core/validation/problems";
import { readDataDir, readNetworkFile } from "./read-dataset";

const file = process.argv[2];
try {
  const dataset = file ? readNetworkFile(file) : readDataDir();
  const { places, links, corridors, trade, sources } = dataset;
  console.log(
    `${file ?? "data/"} is valid: ${places.length} places, ${links.length} links, ` +
      `${corridors.length} corridors, ${trade.length} trade figures, ${sources.length} sources`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
