// Turns a found path into the route a user reads: legs, stages, totals and the places in order.
import type { FoundPath } from "./route-search";
import { type RouteTransfer, routeTransfers } from "./route-transfers";
import type { Route, RouteClosure, RouteLeg, RouteStage } from "./route-types";
import type { RoutingIndex } from "./routing-index";

const round1 = (value: number) => Math.round(value * 10) / 10;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function describeRoute(index: RoutingIndex, path: FoundPath, rank: number): Route {
  const places = path.places.map((place) => index.placeIds[place] as string);
  const legs = path.links.map((link, position) =>
    describeLeg(index, link, places[position] as string, places[position + 1] as string),
  );
  const transfers = routeTransfers(index, path);
  const count = (kind: RouteTransfer["kind"]) => transfers.filter((t) => t.kind === kind).length;
  const moving = sum(legs.map((leg) => leg.hours));
  const hours = round1(moving + sum(transfers.map((t) => t.hours)));
  const slowHours = round1(moving + sum(transfers.map((t) => t.slowHours ?? t.hours)));
  return {
    rank,
    km: round1(sum(legs.map((leg) => leg.km))),
    hours,
    days: round1(hours / 24),
    slowHours,
    slowDays: round1(slowHours / 24),
    crossings: count("border"),
    countries: countriesInOrder(index, path),
    modeChanges: countChanges(legs, (a, b) => a.mode !== b.mode),
    gaugeChanges: count("gauge-change"),
    portCalls: count("port") + 2 * count("transshipment"),
    places,
    legs,
    transfers,
    closures: routeClosures(index, path),
    stages: groupStages(legs),
    usesUnbuiltLinks: legs.some((leg) => leg.status !== "operational"),
    difference: null,
  };
}

function describeLeg(index: RoutingIndex, link: number, from: string, to: string): RouteLeg {
  const { mode, km, hours, status, corridors, sources, gauge } = index.links[link] ?? {};
  const leg = { link: index.linkIds[link], from, to, mode, km, hours, status, corridors, sources };
  return (gauge === undefined ? leg : { ...leg, gauge }) as RouteLeg;
}

function countChanges(legs: RouteLeg[], changes: (a: RouteLeg, b: RouteLeg) => boolean): number {
  return legs.slice(1).filter((leg, position) => changes(legs[position] as RouteLeg, leg)).length;
}

const routeClosures = (index: RoutingIndex, path: FoundPath) =>
  closuresOf(index, path.places, path.links);

/** The seasonal closures of the given places and links (by number), those `keep` accepts. */
export function closuresOf(
  index: RoutingIndex,
  places: Iterable<number>,
  links: Iterable<number>,
  keep: (months: number[]) => boolean = () => true,
): RouteClosure[] {
  const closures = (kind: RouteClosure["kind"], numbers: Iterable<number>) =>
    [...numbers].flatMap((number): RouteClosure[] => {
      const record = kind === "place" ? index.places[number] : index.links[number];
      const months = record?.closed?.months;
      const ids = kind === "place" ? index.placeIds : index.linkIds;
      return months && keep(months) ? [{ kind, id: ids[number] as string, months }] : [];
    });
  return [...closures("place", places), ...closures("link", links)];
}

/** The countries in travel order: the side each leg runs in at each end, without repeats. */
function countriesInOrder(index: RoutingIndex, path: FoundPath): string[] {
  const countries: string[] = [];
  for (const state of path.states) {
    const arc = state % index.arcHead.length;
    for (const side of [index.arcTailSide[arc], index.arcHeadSide[arc]]) {
      const code = index.countryCodes[side as number] ?? "";
      if (countries[countries.length - 1] !== code) countries.push(code);
    }
  }
  return countries;
}

function groupStages(legs: RouteLeg[]): RouteStage[] {
  const stages: RouteStage[] = [];
  for (const leg of legs) {
    const stage = stages[stages.length - 1];
    if (stage && stage.mode === leg.mode && sameCorridors(stage.corridors, leg.corridors)) {
      stage.to = leg.to;
      stage.km = round1(stage.km + leg.km);
      stage.hours = round1(stage.hours + leg.hours);
      stage.legCount++;
    } else {
      const { mode, corridors, from, to, km, hours } = leg;
      stages.push({ mode, corridors, from, to, km, hours, legCount: 1 });
    }
  }
  return stages;
}

function sameCorridors(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
