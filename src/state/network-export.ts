// The network shown, as the page's downloadable files: the core writers' text with a file name and a media type.
import type { Dataset, Language } from "../core/dataset";
import { networkTexts } from "../core/export/network-formats";
import { type NetworkShown, networkFileName } from "./network-status";
import type { ExportFile } from "./route-export";

/** The page's formats: CSV's two files would be two downloads, so CSV stays with the command line. */
export const PAGE_NETWORK_FORMATS = ["json", "geojson", "gexf", "graphml"] as const;
export type PageNetworkFormat = (typeof PAGE_NETWORK_FORMATS)[number];

const TYPES: Record<PageNetworkFormat, string> = {
  json: "application/json",
  geojson: "application/geo+json",
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
};

export async function networkExportFile(
  dataset: Dataset,
  shown: NetworkShown,
  format: PageNetworkFormat,
  language: Language,
): Promise<ExportFile> {
  const [file] = await networkTexts(dataset, format, language);
  return { name: networkFileName(shown, format), type: TYPES[format], text: file?.text ?? "" };
}
