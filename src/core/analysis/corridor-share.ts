// How much of a route runs on each corridor, and which corridor is the route's main line.
import type { Corridor } from "../dataset";
import type { Route } from "../routing";

/** The corridor and every corridor it is a branch of, up the tree (a branch's links are its parents' too). */
function withAncestors(corridors: readonly Corridor[], id: string): string[] {
  const parentOf = new Map(corridors.map((corridor) => [corridor.id, corridor.parent]));
  const line: string[] = [];
  for (
    let at: string | undefined = id;
    at !== undefined && !line.includes(at);
    at = parentOf.get(at)
  )
    line.push(at);
  return line;
}

/** Km of the route on each corridor, a corridor's branches included; each leg counts once per corridor. */
function corridorKm(corridors: readonly Corridor[], route: Route): Map<string, number> {
  const km = new Map<string, number>();
  for (const leg of route.legs) {
    const on = new Set(leg.corridors.flatMap((id) => withAncestors(corridors, id)));
    for (const id of on) km.set(id, (km.get(id) ?? 0) + leg.km);
  }
  return km;
}

/** Share (0–1) of the route's km on the corridor, its branches included. */
export function corridorShare(corridors: readonly Corridor[], route: Route, id: string): number {
  return route.km > 0 ? (corridorKm(corridors, route).get(id) ?? 0) / route.km : 0;
}

/**
 * A corridor is the route's main line when it carries some of the route and no other corridor
 * carries more km, leaving out the corridors it is a branch of (they hold its km by definition).
 * Corridors that tie are all main lines of the route.
 */
export function isMainLine(corridors: readonly Corridor[], route: Route, id: string): boolean {
  const km = corridorKm(corridors, route);
  const own = km.get(id) ?? 0;
  if (own <= 0) return false;
  const ancestors = new Set(withAncestors(corridors, id));
  return [...km].every(([other, otherKm]) => ancestors.has(other) || otherKm <= own);
}
