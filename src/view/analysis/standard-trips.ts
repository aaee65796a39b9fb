// The standard trips shipped in data/ (their own chunk, fetched when the explorer starts), checked
// against the network and weighted by their trade lanes' turnover.
import { standardTripSet, type Trip } from "../../core/analysis/trips";
import type { Dataset } from "../../core/dataset";
import { STANDARD_TRIPS_FILE } from "../../core/load-dataset";
import { checkStandardTrips } from "../../core/validation/standard-trip-rules";

export async function loadStandardTrips(dataset: Dataset): Promise<Trip[]> {
  const { default: data } = await import("../../../data/standard-trips.json");
  return standardTripSet(checkStandardTrips(STANDARD_TRIPS_FILE, data, dataset), dataset.trade);
}
