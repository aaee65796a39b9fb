// A disruption scenario: what it closes, turned into the constraints of a routing query.
import { corridorFamily } from "../corridors";
import { MODES, type Mode } from "../dataset";
import { type RouteQuery, RouteQueryError, type RoutingIndex } from "../routing";

/** What a scenario closes; everything optional, all combined. Places and links by id. */
export interface Scenario {
  /** ISO alpha-2 codes of countries closed to transit (and as ends of a trip). */
  countries?: string[];
  /** Places closed: border crossings, ports. */
  places?: string[];
  links?: string[];
  modes?: Mode[];
  /** Corridors whose links (their branches' included) are all closed. */
  corridors?: string[];
  /** Month of travel (1–12): what the data says is closed that month. */
  month?: number;
}

export type ScenarioConstraints = Pick<
  RouteQuery,
  "avoidCountries" | "avoidPlaces" | "avoidLinks" | "modes" | "month"
>;

const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];

/** Two scenarios at once: everything either closes (the second's month wins). */
export function combineScenarios(a: Scenario, b: Scenario): Scenario {
  const month = b.month ?? a.month;
  return {
    countries: union(a.countries, b.countries),
    places: union(a.places, b.places),
    links: union(a.links, b.links),
    modes: union(a.modes, b.modes) as Mode[],
    corridors: union(a.corridors, b.corridors),
    ...(month !== undefined && { month }),
  };
}

/** The query constraints that close what the scenario closes; unknown corridors are refused here, the rest by the query. */
export function scenarioConstraints(index: RoutingIndex, scenario: Scenario): ScenarioConstraints {
  const unknown = (scenario.corridors ?? []).filter((id) => !index.corridorIds.includes(id));
  if (unknown.length > 0) {
    const known = index.corridorIds.join(", ");
    throw new RouteQueryError(unknown.map((id) => `unknown corridor "${id}" (known: ${known})`));
  }
  const closedCorridors = new Set(
    (scenario.corridors ?? []).flatMap((id) => [...corridorFamily(index.corridors, id)]),
  );
  const corridorLinks = index.linkIds.filter((_, number) =>
    index.links[number]?.corridors.some((id) => closedCorridors.has(id)),
  );
  const links = union(scenario.links, corridorLinks);
  const closedModes = scenario.modes ?? [];
  return {
    ...(scenario.countries?.length && { avoidCountries: scenario.countries }),
    ...(scenario.places?.length && { avoidPlaces: scenario.places }),
    ...(links.length > 0 && { avoidLinks: links }),
    ...(closedModes.length > 0 && { modes: MODES.filter((mode) => !closedModes.includes(mode)) }),
    ...(scenario.month !== undefined && { month: scenario.month }),
  };
}

/** A query with a scenario's closures added to its own constraints (a month of its own wins). */
export function withConstraints(query: RouteQuery, closed: ScenarioConstraints): RouteQuery {
  const { avoidCountries, avoidPlaces, avoidLinks, modes, month } = closed;
  return {
    ...query,
    ...(avoidCountries && { avoidCountries: union(query.avoidCountries, avoidCountries) }),
    ...(avoidPlaces && { avoidPlaces: union(query.avoidPlaces, avoidPlaces) }),
    ...(avoidLinks && { avoidLinks: union(query.avoidLinks, avoidLinks) }),
    ...(modes && { modes: (query.modes ?? MODES).filter((mode) => modes.includes(mode)) }),
    ...(query.month === undefined && month !== undefined && { month }),
  };
}

/** What the constraints close, by id, for a map to draw: the places and the links no route may use. */
export function closedElements(
  index: RoutingIndex,
  closed: ScenarioConstraints,
): { places: string[]; links: string[] } {
  const countries = new Set(closed.avoidCountries);
  const closedPlaces = new Set(closed.avoidPlaces);
  const placeClosed = index.places.map(
    (place, number) =>
      closedPlaces.has(index.placeIds[number] as string) ||
      place.countries.some((code) => countries.has(code)),
  );
  const closedLinks = new Set(closed.avoidLinks);
  const links = index.linkIds.filter((id, number) => {
    const mode = index.links[number]?.mode;
    const ends = [index.linkFrom[number], index.linkTo[number]] as number[];
    return (
      closedLinks.has(id) ||
      (closed.modes !== undefined && mode !== undefined && !closed.modes.includes(mode)) ||
      ends.some((end) => placeClosed[end])
    );
  });
  return { places: index.placeIds.filter((_, number) => placeClosed[number]), links };
}
