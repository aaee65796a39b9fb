// `npm run data:calibrate`: every published trip time beside the time model's, with the error in %
// and the share of trips within 25 %. It reports; it does not change the model. With `--readme` it
// also writes the table into data/README.md, between its markers.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  calibrationReport,
  calibrationRows,
  readPublishedTrips,
  withCalibrationTable,
} from "./calibration";
import { DEFAULT_DATA_DIR, readDataDir } from "./read-dataset";

const rows = calibrationRows(readDataDir(), readPublishedTrips());
process.stdout.write(calibrationReport(rows));
if (process.argv.includes("--readme")) {
  const file = join(DEFAULT_DATA_DIR, "README.md");
  writeFileSync(file, withCalibrationTable(readFileSync(file, "utf8"), rows));
}
