// A whole network as one JSON file: the format that readNetworkFile, --network and the page's import read.
import type { Dataset } from "../dataset";

export function networkToJson(dataset: Dataset): string {
  const { places, links, corridors, sources, trade, timeModel, geometry } = dataset;
  const network = { places, links, corridors, sources, trade, timeModel, geometry };
  return `${JSON.stringify(network, null, 2)}\n`;
}
