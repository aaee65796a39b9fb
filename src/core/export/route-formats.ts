// One entry to the route writers: a route result as CSV, JSON or GeoJSON text, for the CLI and the page.
import type { RouteResult } from "../routing";
import { type RouteCsvOptions, routeResultCsv } from "./route-csv";
import { routeResultGeoJson } from "./route-geojson";
import { routeResultJson } from "./route-json";

export const ROUTE_FORMATS = ["csv", "json", "geojson"] as const;
export type RouteFormat = (typeof ROUTE_FORMATS)[number];
export type { RouteCsvOptions };

export function routeResultText(
  result: RouteResult,
  format: RouteFormat,
  options: RouteCsvOptions,
): string {
  switch (format) {
    case "csv":
      return routeResultCsv(result, options);
    case "json":
      return routeResultJson(result, options.words);
    case "geojson":
      return `${JSON.stringify(routeResultGeoJson(result, options), null, 2)}\n`;
  }
}
