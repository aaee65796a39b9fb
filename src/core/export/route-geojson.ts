// Routes as GeoJSON (RFC 7946): one LineString per route and one per leg, in longitude/latitude order.
import type { LatLon } from "../geo";
import type { RouteResult } from "../routing";
import type { Route } from "../routing/route-result";

type Position = [longitude: number, latitude: number];

interface LineFeature {
  type: "Feature";
  geometry: { type: "LineString"; coordinates: Position[] };
  properties: Record<string, unknown>;
}

export interface RouteFeatureCollection {
  type: "FeatureCollection";
  /** The query that produced the routes (a foreign member, which RFC 7946 allows). */
  query: RouteResult["query"];
  features: LineFeature[];
}

export type ExportedRoute = Pick<
  Route,
  | "rank"
  | "km"
  | "hours"
  | "days"
  | "crossings"
  | "countries"
  | "places"
  | "legs"
  | "differsFromBest"
>;

/** Places are looked up by id; an unknown id is a programming error, so it throws and names the id. */
export function routeResultGeoJson(
  result: { query: RouteResult["query"]; routes: readonly ExportedRoute[] },
  placeAt: (id: string) => LatLon | undefined,
): RouteFeatureCollection {
  const position = (id: string): Position => {
    const place = placeAt(id);
    if (!place) throw new Error(`corridor/export: unknown place "${id}"`);
    return [place.lon, place.lat];
  };
  const line = (ids: string[], properties: Record<string, unknown>): LineFeature => ({
    type: "Feature",
    geometry: { type: "LineString", coordinates: ids.map(position) },
    properties,
  });
  const features = result.routes.flatMap((route) => [
    line(route.places, {
      kind: "route",
      rank: route.rank,
      km: route.km,
      hours: route.hours,
      days: route.days,
      crossings: route.crossings,
      countries: route.countries.join(" → "),
      places: route.places.join(" → "),
      differsFromBest: route.differsFromBest,
    }),
    ...route.legs.map((leg, order) =>
      line([leg.from, leg.to], {
        kind: "leg",
        rank: route.rank,
        leg: order + 1,
        from: leg.from,
        to: leg.to,
        mode: leg.mode,
        km: leg.km,
        hours: leg.hours,
        status: leg.status,
        corridors: leg.corridors.join(";"),
        sources: leg.sources.join(";"),
      }),
    ),
  ]);
  return { type: "FeatureCollection", query: result.query, features };
}
