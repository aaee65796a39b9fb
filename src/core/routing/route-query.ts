// What a user asks for, checked against the network: places resolved to ids, options validated.
import { MODES, type Mode } from "../dataset";
import { lookupPlace, type NamedPlace, PlaceLookupError } from "../place-lookup";
import { CRITERIA, type Criterion } from "./criteria";
import type { RoutingIndex } from "./routing-index";
import type { RouteConstraints } from "./routing-view";

export interface RouteQuery {
  /** Place id or English or French name, for these four. */
  from: string;
  to: string;
  via?: string[];
  avoidPlaces?: string[];
  /** Link ids the route must not take. */
  avoidLinks?: string[];
  /** Number of routes wanted, best first: 1 to 10 (default 3). */
  k?: number;
  /** What "best" means (default "km"). */
  by?: Criterion;
  avoidCountries?: string[];
  modes?: Mode[];
  includePlanned?: boolean;
  corridors?: string[];
  /** Reject an alternative that shares more than this share (0–1) of its km with a better route. */
  maxShared?: number;
  /** Month of travel, 1–12: what is closed that month is not used. */
  month?: number;
  /** A corridor the route keeps to where it can (see RouteConstraints). */
  preferCorridor?: string;
}

/** The query with every place as an id and every default filled in: serialisable, echoed in results. */
export interface ResolvedQuery extends RouteConstraints {
  from: string;
  to: string;
  via: string[];
  k: number;
  by: Criterion;
  maxShared?: number;
}

/** A query the network cannot answer as asked; the message lists every problem. */
export class RouteQueryError extends Error {
  constructor(readonly problems: string[]) {
    super(`corridor/routing: ${problems.join("; ")}`);
    this.name = "RouteQueryError";
  }
}

export const MAX_ROUTES = 10;

export function resolveQuery(index: RoutingIndex, query: RouteQuery): ResolvedQuery {
  const problems: string[] = [];
  const place = (text: string) => resolvePlace(index, text, problems);
  const resolved: ResolvedQuery = {
    from: place(query.from),
    to: place(query.to),
    via: (query.via ?? []).map(place),
    k: query.k ?? 3,
    by: query.by ?? "km",
    ...(query.avoidPlaces && { avoidPlaces: query.avoidPlaces.map(place) }),
    ...(query.avoidCountries && {
      avoidCountries: query.avoidCountries.map((c) => c.toUpperCase()),
    }),
    ...(query.avoidLinks && { avoidLinks: query.avoidLinks }),
    ...(query.modes && { modes: query.modes }),
    ...(query.includePlanned && { includePlanned: true }),
    ...(query.corridors && { corridors: query.corridors }),
    ...(query.maxShared !== undefined && { maxShared: query.maxShared }),
    ...(query.month !== undefined && { month: query.month }),
    ...(query.preferCorridor !== undefined && { preferCorridor: query.preferCorridor }),
  };
  problems.push(...optionProblems(index, resolved), ...waypointProblems(resolved));
  if (problems.length > 0) throw new RouteQueryError(problems);
  return resolved;
}

function resolvePlace(index: RoutingIndex, text: string, problems: string[]): string {
  try {
    return placeIdOf(index, text);
  } catch (error) {
    if (!(error instanceof PlaceLookupError)) throw error;
    problems.push(error.message);
    return text;
  }
}

/** The id of the place `text` names (an id, or a name in any language); throws PlaceLookupError. */
export function placeIdOf(index: RoutingIndex, text: string): string {
  if (index.placeNumbers.has(text)) return text;
  return lookupPlace(namedPlaces(index), text);
}

/** One list per network, so that its name index is built once (see lookupPlace). */
const namedPlaceLists = new WeakMap<RoutingIndex, NamedPlace[]>();

function namedPlaces(index: RoutingIndex): NamedPlace[] {
  let named = namedPlaceLists.get(index);
  if (!named) {
    named = index.placeIds.map((id, number) => ({
      id,
      name: index.places[number]?.name ?? { en: id, fr: id },
      aliases: index.places[number]?.aliases,
    }));
    namedPlaceLists.set(index, named);
  }
  return named;
}

function optionProblems(index: RoutingIndex, query: ResolvedQuery): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(query.k) || query.k < 1 || query.k > MAX_ROUTES) {
    problems.push(`k must be a whole number from 1 to ${MAX_ROUTES}, not ${query.k}`);
  }
  if (!CRITERIA.includes(query.by)) problems.push(unknown("criterion", query.by, CRITERIA));
  for (const mode of query.modes ?? []) {
    if (!MODES.includes(mode)) problems.push(unknown("mode", mode, MODES));
  }
  for (const country of query.avoidCountries ?? []) {
    if (!index.countryCodes.includes(country)) {
      problems.push(unknown("country", country, index.countryCodes));
    }
  }
  const links = new Set(index.linkIds);
  for (const link of query.avoidLinks ?? []) {
    if (!links.has(link)) problems.push(`unknown link "${link}"`);
  }
  const preferred = query.preferCorridor === undefined ? [] : [query.preferCorridor];
  for (const corridor of [...(query.corridors ?? []), ...preferred]) {
    if (!index.corridorIds.includes(corridor)) {
      problems.push(unknown("corridor", corridor, index.corridorIds));
    }
  }
  const { maxShared, month } = query;
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    problems.push(`the month must be a whole number from 1 to 12, not ${month}`);
  }
  if (maxShared !== undefined && !(maxShared >= 0 && maxShared <= 1)) {
    problems.push(`the largest shared share must be between 0 and 1, not ${maxShared}`);
  }
  return problems;
}

function unknown(what: string, value: string, known: readonly string[]): string {
  return `unknown ${what} "${value}" (known: ${known.join(", ")})`;
}

function waypointProblems({ from, to, via, avoidPlaces = [] }: ResolvedQuery): string[] {
  const problems: string[] = [];
  const waypoints = [from, ...via, to];
  if (from === to && via.length === 0)
    problems.push(`origin and destination are the same place "${from}"`);
  const repeated = waypoints.filter((id, position) => waypoints.indexOf(id) !== position);
  if (via.length > 0 && repeated.length > 0) {
    problems.push(
      `a route passes each place once, but ${[...new Set(repeated)].join(", ")} comes twice among origin, via places and destination`,
    );
  }
  const avoided = waypoints.filter((id) => avoidPlaces.includes(id));
  if (avoided.length > 0)
    problems.push(`${avoided.join(", ")} is both on the route and to be avoided`);
  return problems;
}
