// A routing view: the index seen through one criterion and one set of constraints, compiled once.
import { corridorFamily } from "../corridors";
import type { Closure, LinkStatus, Mode } from "../dataset";
import type { LinkAttributes, PlaceAttributes } from "../network-graph";
import { type Criterion, type CriterionCosts, criterionCosts } from "./criteria";
import type { RoutingIndex } from "./routing-index";

/** Constraints on a route, with places given by id. All are optional and combine. */
export interface RouteConstraints {
  /** ISO alpha-2 codes of countries the route must not enter. */
  avoidCountries?: string[];
  /** Places the route must not pass through (a border crossing, a port). */
  avoidPlaces?: string[];
  /** Links (by id) the route must not take: a closed bridge, a stopped ferry line. */
  avoidLinks?: string[];
  /** Modes the route may use; all when absent. */
  modes?: Mode[];
  /** Admit planned and under-construction links (operational only by default). */
  includePlanned?: boolean;
  /** Corridors the route must stay inside (a corridor includes its branches). */
  corridors?: string[];
  /** Month of travel (1–12): places and links closed that month are not used. */
  month?: number;
  /**
   * A corridor the route keeps to where it can: every leg off it (and off its branches) costs
   * OFF_CORRIDOR_FACTOR times its cost, so the route leaves it only to reach its ends.
   */
  preferCorridor?: string;
}

/** What a leg off the preferred corridor costs, as a multiple of its cost. */
const OFF_CORRIDOR_FACTOR = 3;

export interface RoutingView {
  index: RoutingIndex;
  criterion: Criterion;
  /** Link and transfer costs; a link's cost is Infinity where the constraints close it. */
  costs: CriterionCosts;
  /** 1 where a route may pass through the place. */
  placeOpen: Uint8Array;
}

const OPERATIONAL_ONLY: LinkStatus[] = ["operational"];

export function compileRoutingView(
  index: RoutingIndex,
  criterion: Criterion,
  constraints: RouteConstraints = {},
): RoutingView {
  const isPlaceOpen = placeFilter(constraints);
  const placeOpen = Uint8Array.from(index.places, (place, number) =>
    isPlaceOpen(index.placeIds[number] as string, place) ? 1 : 0,
  );
  const isLinkOpen = linkFilter(index, constraints);
  const isPreferred = preferredLinks(index, constraints.preferCorridor);
  const costs = criterionCosts(index, criterion);
  index.links.forEach((link, number) => {
    if (!isLinkOpen(link, index.linkIds[number] as string)) {
      costs.linkCost[number] = Number.POSITIVE_INFINITY;
    } else if (!isPreferred(link)) {
      costs.linkCost[number] = (costs.linkCost[number] as number) * OFF_CORRIDOR_FACTOR;
    }
  });
  return { index, criterion, costs, placeOpen };
}

/** Whether a link belongs to the preferred corridor or its branches (every link, without one). */
function preferredLinks(index: RoutingIndex, corridor: string | undefined) {
  if (corridor === undefined) return () => true;
  const family = corridorFamily(index.corridors, corridor);
  return (link: LinkAttributes) => link.corridors.some((id) => family.has(id));
}

/** Whether a place or link with this closure is closed in the month (never without a month). */
const isClosedIn = (month: number | undefined, closure?: Closure) =>
  month !== undefined && !!closure?.months.includes(month);

function placeFilter({ avoidCountries = [], avoidPlaces = [], month }: RouteConstraints) {
  const avoidedPlaces = new Set(avoidPlaces);
  const avoidedCountries = new Set(avoidCountries);
  return (id: string, place: PlaceAttributes) =>
    !avoidedPlaces.has(id) &&
    !place.countries.some((country) => avoidedCountries.has(country)) &&
    !isClosedIn(month, place.closed);
}

function linkFilter(index: RoutingIndex, constraints: RouteConstraints) {
  const statuses: LinkStatus[] = constraints.includePlanned
    ? ["operational", "under-construction", "planned"]
    : OPERATIONAL_ONLY;
  const modes = constraints.modes ? new Set(constraints.modes) : undefined;
  const corridors = constraints.corridors
    ? new Set(constraints.corridors.flatMap((id) => [...corridorFamily(index.corridors, id)]))
    : undefined;
  const avoidedLinks = new Set(constraints.avoidLinks);
  return (link: LinkAttributes, id: string) =>
    !avoidedLinks.has(id) &&
    statuses.includes(link.status) &&
    (!modes || modes.has(link.mode)) &&
    (!corridors || link.corridors.some((id) => corridors.has(id))) &&
    !isClosedIn(constraints.month, link.closed);
}
