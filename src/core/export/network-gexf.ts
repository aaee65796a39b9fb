// The whole network as GEXF for Gephi, by graphology-gexf's writer: a node per place (its name as label,
// its position as viz x = longitude, y = latitude), an undirected edge per link, every field as an attribute.
import { write } from "graphology-gexf";
import type { Dataset, Language } from "../dataset";
import { buildNetworkGraph } from "../network-graph";
import { linkFields, placeFields, xmlChars, xmlFields } from "./network-fields";

/**
 * graphology-gexf 0.13 names GEXF 1.2's viz namespace wrongly ("http:///…/1.1draft/viz"), so readers
 * that check it (networkx) miss the positions: the file gets the namespace GEXF 1.2 defines.
 */
const WRONG_VIZ = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

export function networkGexf(
  dataset: Pick<Dataset, "places" | "links">,
  language: Language,
): string {
  const gexf = write(buildNetworkGraph(dataset), {
    // GEXF 1.2 is what Gephi, networkx and igraph all read; lists are ";"-joined text anyway.
    version: "1.2",
    formatNode: (_id, place) => ({
      label: xmlChars(place.name[language]),
      viz: { x: place.lon, y: place.lat },
      attributes: xmlFields(placeFields(place)),
    }),
    // No weight: km would make Gephi's layouts pull long links tighter, not shorter ones.
    formatEdge: (_id, link) => ({ attributes: xmlFields(linkFields(link)) }),
  });
  return gexf.replace(WRONG_VIZ, VIZ);
}
