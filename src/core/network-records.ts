// The network's places and links by id, built once per network and shared by what looks them up
// (the text layer's names, the map's styles, cards and clicks).
import type { Dataset, Link, Place } from "./dataset";

export interface NetworkRecords {
  places: ReadonlyMap<string, Place>;
  links: ReadonlyMap<string, Link>;
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
