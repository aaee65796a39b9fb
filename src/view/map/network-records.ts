// The network's places and links by id: what the map shows of one (its style, its card, a click on it).
// Their ends and neighbours are the drawn graph's (display-graph), so the page keeps one graph only.
import type { Dataset, Link, Place } from "../../core/dataset";
import type { DisplayGraph } from "./display-graph";

export interface NetworkRecords {
  places: ReadonlyMap<string, Place>;
  links: ReadonlyMap<string, Link>;
}

/** The network as the page holds it: the drawn graph, and the records of its places and links. */
export interface DrawnNetwork {
  records: NetworkRecords;
  display: DisplayGraph;
}

export function networkRecords({
  places,
  links,
}: Pick<Dataset, "places" | "links">): NetworkRecords {
  return {
    places: new Map(places.map((place) => [place.id, place])),
    links: new Map(links.map((link) => [link.id, link])),
  };
}
