// One entry to the network writers, for the CLI and the page: the whole network as the files of a format.
// The GeoJSON, GEXF and GraphML writers load when asked for, so that the page's first load stays as it was.
import type { Dataset, Language } from "../dataset";
import { networkToCsv } from "../network-file/csv-network";
import { networkToJson } from "../network-file/json-network";

export const NETWORK_FORMATS = ["json", "csv", "geojson", "gexf", "graphml"] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** One file of an export: CSV writes two, the places and the links; the other formats one. */
export interface NetworkText {
  part?: "places" | "links";
  text: string;
}

/** `language` names the GEXF nodes' labels (the other formats carry every name). */
export async function networkTexts(
  dataset: Dataset,
  format: NetworkFormat,
  language: Language,
): Promise<NetworkText[]> {
  switch (format) {
    case "json":
      return [{ text: networkToJson(dataset) }];
    case "csv": {
      const { places, links } = networkToCsv(dataset);
      return [
        { part: "places", text: places },
        { part: "links", text: links },
      ];
    }
    case "geojson": {
      const { networkGeoJson } = await import("./network-geojson");
      return [{ text: `${JSON.stringify(networkGeoJson(dataset), null, 2)}\n` }];
    }
    case "gexf": {
      const { networkGexf } = await import("./network-gexf");
      return [{ text: networkGexf(dataset, language) }];
    }
    case "graphml": {
      const { networkGraphml } = await import("./network-graphml");
      return [{ text: networkGraphml(dataset) }];
    }
  }
}
