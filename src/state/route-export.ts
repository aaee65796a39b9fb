// The route list shown, as downloadable files: the writers' text with a file name and a media type.
import {
  type RouteCsvOptions,
  type RouteFormat,
  routeResultText,
} from "../core/export/route-formats";
import type { RouteResult } from "../core/routing";
import type { RouteOutcome } from "./route-outcome";

export { ROUTE_FORMATS, type RouteFormat } from "../core/export/route-formats";

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

const TYPES: Record<RouteFormat, string> = {
  csv: "text/csv;charset=utf-8",
  json: "application/json",
  geojson: "application/geo+json",
};

/** The route result behind an outcome, or null when no routes are shown. */
export function shownRoutes(outcome: RouteOutcome): RouteResult | null {
  return outcome.kind === "routes" ? { query: outcome.query, routes: outcome.routes } : null;
}

/** "routes-almaty-karachi.csv": the trip's place ids, safe for any file system. */
export function exportFileName(result: RouteResult, extension: RouteFormat | "png"): string {
  const slug = [result.query.from, result.query.to]
    .map((id) =>
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
    )
    .join("-");
  return `routes-${slug}.${extension}`;
}

/** The page's files: names in its language, the selected route marked, a byte-order mark for Excel. */
export function routeExportFile(
  result: RouteResult,
  format: RouteFormat,
  options: Omit<RouteCsvOptions, "byteOrderMark">,
): ExportFile {
  const text = routeResultText(result, format, { ...options, byteOrderMark: true });
  return { name: exportFileName(result, format), type: TYPES[format], text };
}
