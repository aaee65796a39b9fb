// The whole network as GeoJSON (RFC 7946, longitude first): a Point per place and a LineString per
// link along its line (see linkLines), each with every field of the place or link, flat as in the CSV files.
import type { Dataset, Place, Position } from "../dataset";
import { lineOrSegment, linkLines } from "../link-geometry";
import { type FlatFields, linkFields, placeFields } from "./network-fields";

interface NetworkFeature {
  type: "Feature";
  /** The place's or the link's id, also in its properties. */
  id: string;
  geometry:
    | { type: "Point"; coordinates: Position }
    | { type: "LineString"; coordinates: Position[] };
  properties: FlatFields;
}

interface NetworkFeatureCollection {
  type: "FeatureCollection";
  features: NetworkFeature[];
}

export function networkGeoJson(
  dataset: Pick<Dataset, "places" | "links" | "geometry">,
): NetworkFeatureCollection {
  const at = new Map<string, Position>(dataset.places.map((p) => [p.id, [p.lon, p.lat]]));
  const position = (id: string) => at.get(id) as Position;
  const lineOf = linkLines(dataset);
  const places = dataset.places.map(
    (place: Place): NetworkFeature => ({
      type: "Feature",
      id: place.id,
      geometry: { type: "Point", coordinates: position(place.id) },
      properties: placeFields(place),
    }),
  );
  const links = dataset.links.map((link): NetworkFeature => {
    const { coordinates, alignment } = lineOrSegment(lineOf, link.id, link.from, [
      position(link.from),
      position(link.to),
    ]);
    return {
      type: "Feature",
      id: link.id,
      geometry: { type: "LineString", coordinates },
      properties: { ...linkFields(link), alignment },
    };
  });
  return { type: "FeatureCollection", features: [...places, ...links] };
}
