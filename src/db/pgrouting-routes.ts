// Routes found by pgRouting in the database (pgr_KSP on the turn graph), described as our own.
import type pg from "pg";
import { corridorFamily } from "../core/corridors";
import type { Dataset } from "../core/dataset";
import { loadDataset, networkFileTables } from "../core/load-dataset";
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex, type RouteQuery, type RouteResult } from "../core/routing";
import { routeResult } from "../core/routing/find-routes";
import { isDistinctEnough, queryBudget, type RankedPaths } from "../core/routing/ranked-paths";
import { type ResolvedQuery, resolveQuery } from "../core/routing/route-query";
import type { FoundPath } from "../core/routing/route-search";
import type { RoutingIndex } from "../core/routing/routing-index";
import { DatabaseError } from "./database";
import { SCHEMA } from "./load-network";
import {
  arrivalVertex,
  departureVertex,
  placeNode,
  type TurnVertices,
  vertexArc,
} from "./network-tables";

/** Walks asked of pgr_KSP at most for one query, those that pass a place twice included. */
const MAX_WALKS = 320;

/** A query option that pgr_KSP cannot express: the command says so rather than answer otherwise. */
export class UnsupportedByPgrouting extends Error {}

export interface LoadedNetwork {
  dataset: Dataset;
  index: RoutingIndex;
}

/**
 * The network the database holds, as loaded by db:load: its names, corridors and time model
 * describe the routes, and its numbering must be the one the turn graph was written with.
 */
export async function readLoadedNetwork(client: pg.ClientBase): Promise<LoadedNetwork> {
  const found = await client.query(`SELECT to_regclass('${SCHEMA}.network') AS network`);
  if (!found.rows[0]?.network) {
    throw new DatabaseError("the database holds no network: load one with npm run db:load");
  }
  const { rows } = await client.query(
    `SELECT place_count, arc_count, document FROM ${SCHEMA}.network`,
  );
  const stored = rows[0];
  const dataset = loadDataset(networkFileTables("the database's network", stored?.document));
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  if (stored.place_count !== index.placeIds.length || stored.arc_count !== index.arcHead.length) {
    throw new DatabaseError("the database's turn graph does not match its network: load it again");
  }
  return { dataset, index };
}

/** Best route and alternatives as findRoutes gives them, with pgr_KSP doing the search. */
export async function pgroutingRoutes(
  client: pg.ClientBase,
  index: RoutingIndex,
  query: RouteQuery,
): Promise<RouteResult> {
  const resolved = resolveQuery(index, query);
  return routeResult(index, resolved, await kspPaths(client, index, resolved), queryBudget(index));
}

/**
 * The k cheapest routes that pass no place twice, from pgr_KSP. Yen's algorithm on the turn graph
 * gives paths that never take the same arc twice, but may pass a place twice on two arcs: those
 * are dropped, and pgr_KSP asked for more (four times as many each time, up to MAX_WALKS)
 * until k remain or there are no more. The routes kept are the cheapest loopless ones, in order.
 */
export async function kspPaths(
  client: pg.ClientBase,
  index: RoutingIndex,
  query: ResolvedQuery,
): Promise<RankedPaths> {
  if (query.via.length > 0) {
    throw new UnsupportedByPgrouting(
      "pgr_KSP finds routes between two places only: --via needs the built-in engine",
    );
  }
  if (query.preferCorridor !== undefined) {
    throw new UnsupportedByPgrouting(
      "the turn graph's costs do not price a preferred corridor: that needs the built-in engine",
    );
  }
  const vertices = { arcCount: index.arcHead.length, placeCount: index.placeIds.length };
  const place = (id: string) => index.placeNumbers.get(id) ?? -1;
  const edges = edgesQuery(client, index, query);
  for (let asked = query.k; ; asked = Math.min(MAX_WALKS, 4 * asked)) {
    const walks = await kspWalks(
      client,
      edges,
      vertices,
      place(query.from),
      place(query.to),
      asked,
    );
    const paths: FoundPath[] = [];
    for (const walk of walks) {
      const path = foundPath(index, walk);
      if (paths.length < query.k && isLoopless(path)) {
        if (isDistinctEnough(index, path, paths, query.maxShared)) paths.push(path);
      }
    }
    if (paths.length >= query.k || walks.length < asked) return { paths, stoppedEarly: false };
    // Cheap cycles (a few short links) can make every walk asked for loop: the routes kept are
    // still the cheapest, in order, but more may lie beyond the bound.
    if (asked >= MAX_WALKS) return { paths, stoppedEarly: true };
  }
}

interface Walk {
  vertices: number[];
  arrival: number[];
}

async function kspWalks(
  client: pg.ClientBase,
  edges: string,
  vertices: TurnVertices,
  from: number,
  to: number,
  k: number,
): Promise<Walk[]> {
  const { rows } = await client.query<{ path_id: number; node: string; agg_cost: number }>(
    `SELECT path_id, node, agg_cost FROM pgr_KSP($1, $2::bigint, $3::bigint, $4, directed => true)
     ORDER BY path_id, path_seq`,
    [edges, departureVertex(vertices, from), arrivalVertex(vertices, to), k],
  );
  const walks = new Map<number, Walk>();
  for (const row of rows) {
    const walk = walks.get(row.path_id) ?? { vertices: [], arrival: [] };
    walks.set(row.path_id, walk);
    walk.vertices.push(Number(row.node));
    walk.arrival.push(row.agg_cost);
  }
  return [...walks.values()];
}

/**
 * A walk's vertices are departure, arcs, arrival; the cost on reaching a vertex is the cost on
 * arriving by that arc, and on reaching the arrival vertex the route's whole cost.
 */
function foundPath(index: RoutingIndex, walk: Walk): FoundPath {
  const states = walk.vertices.slice(1, -1).map(vertexArc);
  return {
    places: [
      index.arcTail[states[0] as number] as number,
      ...states.map((arc) => index.arcHead[arc] as number),
    ],
    links: states.map((arc) => index.arcLink[arc] as number),
    states,
    arrival: walk.arrival.slice(1, -1),
    cost: walk.arrival[walk.arrival.length - 1] as number,
  };
}

const isLoopless = (path: FoundPath) => new Set(path.places).size === path.places.length;

/**
 * The edges pgr_KSP reads: the turn graph with the criterion's cost, without the turns that the
 * query's constraints close (the link entered, or a place reached or passed). Values are quoted
 * by the client, since pgRouting takes the query as text.
 */
function edgesQuery(client: pg.ClientBase, index: RoutingIndex, query: ResolvedQuery) {
  const texts = (values: readonly string[]) =>
    `ARRAY[${values.map((value) => client.escapeLiteral(value)).join(", ")}]::text[]`;
  const statuses = query.includePlanned
    ? ["operational", "under-construction", "planned"]
    : ["operational"];
  const linkRules = [`status = ANY (${texts(statuses)})`];
  if (query.avoidLinks) linkRules.push(`NOT (link_id = ANY (${texts(query.avoidLinks)}))`);
  if (query.modes) linkRules.push(`mode = ANY (${texts(query.modes)})`);
  if (query.corridors) {
    const family = query.corridors.flatMap((id) => [...corridorFamily(index.corridors, id)]);
    linkRules.push(`corridors && ${texts(family)}`);
  }
  const placeRules = [
    `id = ANY (${texts(query.avoidPlaces ?? [])})`,
    `countries && ${texts(query.avoidCountries ?? [])}`,
  ];
  if (query.month !== undefined) {
    const month = Math.trunc(query.month);
    linkRules.push(`NOT (${month} = ANY (closed_months))`);
    placeRules.push(`${month} = ANY (closed_months)`);
  }
  // A loopless route never leaves its destination nor comes back to its origin: without those
  // turns, Yen's algorithm is not sent round the many walks that do.
  const node = (id: string) => placeNode(index.placeNumbers.get(id) ?? -1);
  const ends = `NOT (t.at = ${node(query.to)} AND t.link IS NOT NULL) AND t.reach IS DISTINCT FROM ${node(query.from)}`;
  return `WITH shut AS (SELECT node FROM ${SCHEMA}.places WHERE ${placeRules.join(" OR ")}),
    open_links AS (SELECT id FROM ${SCHEMA}.links WHERE ${linkRules.join(" AND ")})
  SELECT t.id, t.source, t.target, t.${query.by} AS cost FROM ${SCHEMA}.turns t
  WHERE ${ends} AND t.at NOT IN (SELECT node FROM shut)
    AND (t.link IS NULL
      OR (t.link IN (SELECT id FROM open_links) AND t.reach NOT IN (SELECT node FROM shut)))`;
}
