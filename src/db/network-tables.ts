// The rows a network becomes in PostgreSQL: places, links, corridors and the turn graph that
// pgRouting searches, with the costs our own engine charges (computed by the same core code).
import { CRITERIA, type Criterion, criterionCosts } from "../core/routing/criteria";
import type { RoutingIndex } from "../core/routing/routing-index";

/**
 * Vertex numbers of the turn graph. Our engine charges borders, gauge changes, port calls and
 * mode changes between two consecutive links, so its graph is edge-based: pgRouting's vertices
 * are arcs (a link taken one way), and each turn edge (arc a → arc b at a place) costs b's link
 * plus the transfer from a to b. Each place also has a departure vertex (edges to every arc
 * leaving it, with the start cost) and an arrival vertex (edges from every arc reaching it,
 * with the end cost), so that a route between two places is a path between two vertices.
 */
export interface TurnVertices {
  arcCount: number;
  placeCount: number;
}

const arcVertex = (arc: number) => arc + 1;
export const vertexArc = (vertex: number) => vertex - 1;
/** Place numbers in the database (places.node) start at 1, as pgRouting's vertex ids usually do. */
export const placeNode = (place: number) => place + 1;
export const departureVertex = ({ arcCount }: TurnVertices, place: number) =>
  arcCount + placeNode(place);
export const arrivalVertex = ({ arcCount, placeCount }: TurnVertices, place: number) =>
  arcCount + placeCount + placeNode(place);
const linkRowId = (link: number) => link + 1;

/** Turn edges as columns: pgRouting's id, source, target, one cost per criterion, and what filters need. */
export interface TurnColumns {
  id: number[];
  source: number[];
  target: number[];
  cost: Record<Criterion, number[]>;
  /** Row id of the link the edge enters (null for an arrival edge). */
  link: (number | null)[];
  /** Node of the place where the turn happens, and of the place the entered link reaches. */
  at: number[];
  reach: (number | null)[];
}

/**
 * Every turn edge of the network. Costs are summed exactly as RouteSearch.step does (link cost,
 * then the transfer), so that pgRouting's sums along a path equal ours. U-turns (leaving by the
 * link one arrived by) are left out, as our engine never takes them.
 */
export function turnColumns(index: RoutingIndex): TurnColumns {
  const costs = CRITERIA.map((criterion) => criterionCosts(index, criterion));
  const vertices = { arcCount: index.arcHead.length, placeCount: index.placeIds.length };
  const { firstArc, arcHead, arcLink, arcReverse } = index;
  const columns: TurnColumns = {
    id: [],
    source: [],
    target: [],
    cost: { km: [], hours: [], crossings: [] },
    link: [],
    at: [],
    reach: [],
  };
  const add = (source: number, target: number, place: number, arc: number, price: number[]) => {
    columns.id.push(columns.id.length + 1);
    columns.source.push(source);
    columns.target.push(target);
    CRITERIA.forEach((criterion, number) => {
      columns.cost[criterion].push(price[number] as number);
    });
    columns.at.push(placeNode(place));
    columns.link.push(arc < 0 ? null : linkRowId(arcLink[arc] as number));
    columns.reach.push(arc < 0 ? null : placeNode(arcHead[arc] as number));
  };
  for (let place = 0; place < index.placeIds.length; place++) {
    const end = firstArc[place + 1] as number;
    for (let out = firstArc[place] as number; out < end; out++) {
      const into = arcReverse[out] as number;
      const leave = costs.map((c) => {
        const link = c.linkCost[arcLink[out] as number] as number;
        return c.free ? link : link + c.start(out);
      });
      add(departureVertex(vertices, place), arcVertex(out), place, out, leave);
      add(
        arcVertex(into),
        arrivalVertex(vertices, place),
        place,
        -1,
        costs.map((c) => c.end(into)),
      );
      for (let next = firstArc[place] as number; next < end; next++) {
        if (arcLink[next] === arcLink[into]) continue;
        const turn = costs.map((c) => {
          const link = c.linkCost[arcLink[next] as number] as number;
          return c.free ? link : link + c.between(into, next);
        });
        add(arcVertex(into), arcVertex(next), place, next, turn);
      }
    }
  }
  return columns;
}

/** A link's own costs, for pgRouting's classic one-row-per-link table (transfers left out). */
export function linkRows(index: RoutingIndex) {
  const { linkCrosses, linkBorderHours } = index.transfers;
  return index.links.map((link, number) => ({
    id: linkRowId(number),
    link_id: index.linkIds[number] as string,
    source: placeNode(index.linkFrom[number] as number),
    target: placeNode(index.linkTo[number] as number),
    km: link.km,
    hours: link.hours + (linkBorderHours[number] as number),
    crossings: linkCrosses[number] as number,
    mode: link.mode,
    status: link.status,
    gauge: link.gauge ?? null,
    corridors: link.corridors,
    closed_months: link.closed?.months ?? [],
    year: link.year ?? null,
  }));
}

export function placeRows(index: RoutingIndex) {
  const vertices = { arcCount: index.arcHead.length, placeCount: index.placeIds.length };
  return index.places.map((place, number) => ({
    node: placeNode(number),
    id: index.placeIds[number] as string,
    name_en: place.name.en,
    name_fr: place.name.fr,
    countries: place.countries,
    kind: place.kind,
    lat: place.lat,
    lon: place.lon,
    closed_months: place.closed?.months ?? [],
    departure: departureVertex(vertices, number),
    arrival: arrivalVertex(vertices, number),
  }));
}
