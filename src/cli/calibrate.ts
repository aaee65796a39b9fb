// `npm run data:calibrate`: every published trip time beside the time model's, with the error in %
// and the share of trips within 25 %. It reports; it does not change the model.
import { calibrationReport, calibrationRows, readPublishedTrips } from "./calibration";
import { readDataDir } from "./read-dataset";

process.stdout.write(calibrationReport(calibrationRows(readDataDir(), readPublishedTrips())));
