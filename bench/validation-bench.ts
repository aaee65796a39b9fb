// `npm run bench` (second part): validating a generated network file as `npm run validate -- FILE` does.
import { loadDataset, networkFileTables, parseJson } from "../src/core/load-dataset";
import { DatasetError } from "../src/core/validation/problems";
import { generatedNetworkJson } from "../tests/e2e/generated-network";

const PLACES = 100_000;
const CORRIDORS = 50_000;
const TARGET_S = 10;

const text = generatedNetworkJson(PLACES, 42, CORRIDORS);
const start = performance.now();
let outcome: string;
try {
  const { places, links, corridors } = loadDataset(
    networkFileTables("bench.json", parseJson("bench.json", text)),
  );
  outcome = `valid: ${places.length} places, ${links.length} links, ${corridors.length} corridors`;
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  outcome = `refused: ${error.problems.length} problems`;
}
const seconds = (performance.now() - start) / 1000;
console.log(
  `\nValidation of a generated file (${(text.length / 2 ** 20).toFixed(0)} MiB, ${outcome})`,
);
console.log(`parse and validate: ${seconds.toFixed(1)} s (reference: under ${TARGET_S} s)`);
