// What the map emphasises for one state (pure): routes and their colours, marked places, shown corridors.
import type { Route } from "../../core/routing/route-types";
import type { AppState } from "../../state/app-state";
import { type RouteBadge, routeBadges } from "./route-badges";

type PlaceMark = "origin" | "destination" | "via" | "avoided";

export interface MapHighlight {
  /** Link id → rank index (0-based) of the route drawn over it; the selected route wins. */
  routeOfLink: Map<string, number>;
  routeOfPlace: Map<string, number>;
  /** The selected route's places: every one is labelled. */
  selectedPlaces: Set<string>;
  selected: number;
  /** Where each route's number is drawn. */
  badges: RouteBadge[];
  hasRoutes: boolean;
  marks: Map<string, PlaceMark>;
  /** Corridors shown; null shows them all. */
  shownCorridors: Set<string> | null;
}

export function mapHighlight(state: AppState, routes: readonly Route[]): MapHighlight {
  const selected = Math.min(state.selectedRoute, Math.max(0, routes.length - 1));
  const routeOfLink = new Map<string, number>();
  const routeOfPlace = new Map<string, number>();
  const others = routes.map((_, index) => index).filter((index) => index !== selected);
  const order = routes.length > 0 ? [selected, ...others] : [];
  for (const index of order) {
    const route = routes[index] as Route;
    for (const leg of route.legs) if (!routeOfLink.has(leg.link)) routeOfLink.set(leg.link, index);
    for (const place of route.places) if (!routeOfPlace.has(place)) routeOfPlace.set(place, index);
  }
  return {
    routeOfLink,
    routeOfPlace,
    selectedPlaces: new Set(routes[selected]?.places),
    selected,
    badges: routeBadges(routes, routeOfLink),
    hasRoutes: routes.length > 0,
    marks: placeMarks(state),
    shownCorridors: state.visibleCorridors ? new Set(state.visibleCorridors) : null,
  };
}

function placeMarks(state: AppState): Map<string, PlaceMark> {
  const marks = new Map<string, PlaceMark>();
  for (const id of state.avoidPlaces) marks.set(id, "avoided");
  for (const id of state.via) marks.set(id, "via");
  if (state.destination) marks.set(state.destination, "destination");
  if (state.origin) marks.set(state.origin, "origin");
  return marks;
}

/**
 * The places and links whose look differs from one highlight to the next: those of the routes and
 * marks before and after. Null when every one's may (routes appear or go: the rest fade or come
 * back; the corridors shown change).
 */
export function highlightChange(
  before: MapHighlight,
  after: MapHighlight,
): { nodes: string[]; edges: string[] } | null {
  if (before.hasRoutes !== after.hasRoutes) return null;
  if (!sameCorridors(before.shownCorridors, after.shownCorridors)) return null;
  const nodes = new Set([
    ...before.routeOfPlace.keys(),
    ...after.routeOfPlace.keys(),
    ...before.marks.keys(),
    ...after.marks.keys(),
  ]);
  const edges = new Set([...before.routeOfLink.keys(), ...after.routeOfLink.keys()]);
  return { nodes: [...nodes], edges: [...edges] };
}

function sameCorridors(a: Set<string> | null, b: Set<string> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && [...a].every((corridor) => b.has(corridor));
}
