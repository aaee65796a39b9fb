// Writes a route result as the JSON document the command line prints and a user can download.
import type { RouteResult } from "../routing";
import type { RouteWords } from "./export-places";

/** `{ query, routes: [{ rank, km, hours, crossings, countries, places, legs, differsFromBest, … }], reason? }` */
export function routeResultJson(result: RouteResult, words: RouteWords): string {
  const document = {
    query: result.query,
    routes: result.routes.map((route) => ({
      rank: route.rank,
      km: route.km,
      hours: route.hours,
      days: route.days,
      slowHours: route.slowHours,
      slowDays: route.slowDays,
      crossings: route.crossings,
      countries: route.countries,
      modeChanges: route.modeChanges,
      gaugeChanges: route.gaugeChanges,
      portCalls: route.portCalls,
      usesUnbuiltLinks: route.usesUnbuiltLinks,
      places: route.places,
      legs: route.legs,
      stages: route.stages,
      transfers: route.transfers,
      closures: route.closures,
      differsFromBest: words.differsFromBest(route),
      difference: route.difference,
    })),
    ...(words.noRoute !== undefined && { reason: words.noRoute }),
    ...(result.cause !== undefined && { cause: result.cause, cutBy: result.cutBy }),
    ...(result.stoppedEarly && { stoppedEarly: true }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
