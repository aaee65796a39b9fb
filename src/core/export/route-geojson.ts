// Routes as GeoJSON (RFC 7946): per route a LineString, one per leg and a Point per stop, longitude first.
// Legs follow their links' lines (see linkLines), and the route's line joins its legs' lines.
import { LINK_STATUSES, type Position } from "../dataset";
import { lineOrSegment, type TravelledLine } from "../link-geometry";
import type { RouteResult } from "../routing";
import type { Route, RouteLeg } from "../routing/route-types";
import {
  type ExportOptions,
  exportName,
  exportPlace,
  isSelected,
  type RouteExportOptions,
} from "./export-places";

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
  | "slowHours"
  | "slowDays"
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
    const legLines = route.legs.map((leg) => legLine(leg, options));
    const routeLine = lineFeature(joined(legLines.map((leg) => leg.coordinates)), {
      kind: "route",
      ...shared,
      ...routeProperties(route, options),
    });
    return [
      routeLine,
      ...legFeatures(route, legLines, options, shared),
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

/** The leg's link line run its way, or a straight segment where the link has none. */
const legLine = (leg: RouteLeg, options: ExportOptions): TravelledLine =>
  lineOrSegment(options.lineOf, leg.link, leg.from, [
    position(options, leg.from),
    position(options, leg.to),
  ]);

/** Consecutive lines as one, the point where one ends and the next starts given once. */
function joined(lines: readonly Position[][]): Position[] {
  const route: Position[] = [];
  for (const line of lines) {
    const last = route.at(-1);
    const first = line[0];
    const repeated = last && first && last[0] === first[0] && last[1] === first[1];
    route.push(...(repeated ? line.slice(1) : line));
  }
  return route;
}

function lineFeature(coordinates: Position[], properties: Feature["properties"]): Feature {
  return { type: "Feature", geometry: { type: "LineString", coordinates }, properties };
}

function legFeatures(
  route: ExportedRoute,
  lines: readonly TravelledLine[],
  options: ExportOptions,
  shared: Shared,
): Feature[] {
  const borders = (leg: number) =>
    route.transfers.filter((t) => t.kind === "border" && t.afterLeg === leg).length;
  return route.legs.map((leg, order) => {
    const { coordinates, alignment } = lines[order] as TravelledLine;
    return lineFeature(coordinates, {
      kind: "leg",
      ...shared,
      leg: order + 1,
      link: leg.link,
      alignment,
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
    });
  });
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
    slowHours: route.slowHours,
    days: route.days,
    slowDays: route.slowDays,
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
