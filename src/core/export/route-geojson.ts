// Routes as GeoJSON (RFC 7946): per route a LineString, one per leg and a Point per stop, longitude first.
import { LINK_STATUSES } from "../dataset";
import type { RouteResult } from "../routing";
import type { Route } from "../routing/route-types";
import {
  type ExportOptions,
  exportName,
  exportPlace,
  isSelected,
  type RouteExportOptions,
} from "./export-places";

type Position = [longitude: number, latitude: number];
type Geometry =
  | { type: "LineString"; coordinates: Position[] }
  | { type: "Point"; coordinates: Position };

interface Feature {
  type: "Feature";
  geometry: Geometry;
  /** `kind` tells a route, a leg and a stop apart. */
  properties: Record<string, unknown> & { kind: "route" | "leg" | "stop" };
}

export interface RouteFeatureCollection {
  type: "FeatureCollection";
  /** The query that produced the routes (a foreign member, which RFC 7946 allows). */
  query: RouteResult["query"];
  features: Feature[];
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
  | "transfers"
  | "difference"
>;

const unique = (values: string[]) => [...new Set(values)];

export function routeResultGeoJson(
  result: { query: RouteResult["query"]; routes: readonly ExportedRoute[] },
  options: RouteExportOptions,
): RouteFeatureCollection {
  const features = result.routes.flatMap((route) => {
    const shared = { rank: route.rank, selected: isSelected(options, route.rank) };
    const routeLine = line(route.places, options, {
      kind: "route",
      ...shared,
      ...routeProperties(route, options),
    });
    return [
      routeLine,
      ...legFeatures(route, options, shared),
      ...stopFeatures(route, options, shared),
    ];
  });
  return { type: "FeatureCollection", query: result.query, features };
}

type Shared = { rank: number; selected: boolean };

const position = (options: ExportOptions, id: string): Position => {
  const place = exportPlace(options, id);
  return [place.lon, place.lat];
};

function line(ids: string[], options: ExportOptions, properties: Feature["properties"]): Feature {
  const coordinates = ids.map((id) => position(options, id));
  return { type: "Feature", geometry: { type: "LineString", coordinates }, properties };
}

function legFeatures(route: ExportedRoute, options: ExportOptions, shared: Shared): Feature[] {
  const borders = (leg: number) =>
    route.transfers.filter((t) => t.kind === "border" && t.afterLeg === leg).length;
  return route.legs.map((leg, order) =>
    line([leg.from, leg.to], options, {
      kind: "leg",
      ...shared,
      leg: order + 1,
      from: leg.from,
      fromName: exportName(options, leg.from),
      to: leg.to,
      toName: exportName(options, leg.to),
      mode: leg.mode,
      km: leg.km,
      hours: leg.hours,
      crossings: borders(order),
      status: leg.status,
      corridors: leg.corridors.join(";"),
      sources: leg.sources.join(";"),
    }),
  );
}

function stopFeatures(route: ExportedRoute, options: ExportOptions, shared: Shared): Feature[] {
  return route.places.map((id, order) => {
    const { kind, countries } = exportPlace(options, id);
    const properties = {
      kind: "stop" as const,
      ...shared,
      stop: order + 1,
      id,
      name: exportName(options, id),
      placeKind: kind,
      country: countries.join(";"),
    };
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates: position(options, id) },
      properties,
    };
  });
}

function routeProperties(
  route: ExportedRoute,
  options: RouteExportOptions,
): Record<string, unknown> {
  const least = Math.max(...route.legs.map((leg) => LINK_STATUSES.indexOf(leg.status)));
  return {
    from: route.places[0],
    fromName: exportName(options, route.places[0] as string),
    to: route.places.at(-1),
    toName: exportName(options, route.places.at(-1) as string),
    km: route.km,
    hours: route.hours,
    days: route.days,
    crossings: route.crossings,
    mode: unique(route.legs.map((leg) => leg.mode)).join(";"),
    status: LINK_STATUSES[least],
    countries: route.countries.join(" → "),
    places: route.places.join(" → "),
    names: route.places.map((id) => exportName(options, id)).join(" → "),
    corridors: unique(route.legs.flatMap((leg) => leg.corridors)).join(";"),
    sources: unique(route.legs.flatMap((leg) => leg.sources)).join(";"),
    differsFromBest: options.words.differsFromBest(route),
  };
}
