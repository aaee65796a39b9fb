// One entry to the route writers: a route result as CSV, JSON or GeoJSON text, for the CLI and the page.
import type { LatLon } from "../geo";
import type { RouteResult } from "../routing";
import { routeResultCsv } from "./route-csv";
import { routeResultGeoJson } from "./route-geojson";
import { routeResultJson } from "./route-json";

export const ROUTE_FORMATS = ["csv", "json", "geojson"] as const;
export type RouteFormat = (typeof ROUTE_FORMATS)[number];

export function routeResultText(
  result: RouteResult,
  format: RouteFormat,
  placeAt: (id: string) => LatLon | undefined,
): string {
  switch (format) {
    case "csv":
      return routeResultCsv(result);
    case "json":
      return routeResultJson(result);
    case "geojson":
      return `${JSON.stringify(routeResultGeoJson(result, placeAt), null, 2)}\n`;
  }
}
