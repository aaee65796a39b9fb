// route --engine pgrouting against our own engine, in a throwaway PostgreSQL: the same routes (two
// exact engines may order routes of equal cost differently, so ties are compared by cost), and
// pgr_KSP's k = 5 costs equal to ours on data/ and on a generated 10k-place network.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nearbyPairs, seededRandom } from "../../bench/geo-network";
import { runDbLoadCommand } from "../../src/cli/db-load-command";
import { runRouteCommandWithEngine } from "../../src/cli/route-command";
import type { RouteQuery, RoutingIndex } from "../../src/core/routing";
import { rankedPaths } from "../../src/core/routing/ranked-paths";
import { resolveQuery } from "../../src/core/routing/route-query";
import { kspPaths, readLoadedNetwork } from "../../src/db/pgrouting-routes";
import { generatedNetworkJson } from "../e2e/generated-network";
import { skipLine, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const skipped = skipLine("pgRouting comparison tests");
if (skipped) console.log(skipped);

const DATA_PAIRS = 200;
/** pgr_KSP takes one to four seconds a query at 10k places on a 2-core machine: fewer pairs there. */
const GENERATED_PAIRS = 10;
/** Each pair is asked once without constraints and once with one of these, in turn. */
const DATA_CONSTRAINTS: Partial<RouteQuery>[] = [
  { modes: ["rail", "road"] },
  { avoidCountries: ["AF"] },
  { includePlanned: true },
  { month: 1 },
  { avoidCountries: ["TM"] },
  { corridors: ["middle-corridor"] },
];

/** Costs agree to the last bits that a different order of the same sums can change. */
const sameCost = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

interface RouteLinks {
  km: number;
  links: string;
}

/** The routes of the route command's JSON: km and the links taken, in rank order. */
function routesOf(json: string): RouteLinks[] {
  const { routes } = JSON.parse(json) as { routes: { km: number; legs: { link: string }[] }[] };
  return routes.map(({ km, legs }) => ({ km, links: legs.map((leg) => leg.link).join(" ") }));
}

/**
 * The queries whose k = 5 costs differ between the two engines, described, and those where
 * pgr_KSP reached its bound on walks (then its routes must be our first ones, and say so).
 */
async function disagreements(client: pg.Client, index: RoutingIndex, queries: RouteQuery[]) {
  const differing: string[] = [];
  const cutShort: string[] = [];
  for (const query of queries) {
    const resolved = resolveQuery(index, query);
    const ours = rankedPaths(index, resolved).paths.map((path) => path.cost);
    const found = await kspPaths(client, index, resolved);
    const theirs = found.paths.map((path) => path.cost);
    const prefix = theirs.every((cost, rank) => sameCost(cost, ours[rank] ?? Number.NaN));
    const described = `${JSON.stringify(query)}: ours ${ours}, pgr_KSP ${theirs}`;
    if (found.stoppedEarly && prefix && theirs.length < ours.length) cutShort.push(described);
    else if (!prefix || theirs.length !== ours.length) differing.push(described);
  }
  return { differing, cutShort };
}

/** Seeded pairs of distinct places, each asked without and with a constraint, by km and by hours. */
function comparisonQueries(
  pairs: [string, string][],
  constraints: Partial<RouteQuery>[],
): RouteQuery[] {
  return pairs.flatMap(([from, to], number) =>
    (["km", "hours"] as const).flatMap((by) => [
      { from, to, by, k: 5 },
      { from, to, by, k: 5, ...constraints[number % constraints.length] },
    ]),
  );
}

function randomPairs(ids: string[], count: number): [string, string][] {
  const random = seededRandom(15);
  return Array.from({ length: count }, () => {
    const from = Math.floor(random() * ids.length);
    const to = (from + 1 + Math.floor(random() * (ids.length - 1))) % ids.length;
    return [ids[from] as string, ids[to] as string];
  });
}

describe.skipIf(skipped)("pgRouting as a second engine", () => {
  let server: ThrowawayPostgres;
  let client: pg.Client;

  beforeAll(async () => {
    server = startThrowawayPostgres();
    client = new pg.Client(server.url);
    await client.connect();
    expect((await runDbLoadCommand(["--db", server.url])).status).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    server?.stop();
  });

  const route = (...args: string[]) =>
    runRouteCommandWithEngine(["--from", "Almaty", "--to", "Karachi", "--k", "3", ...args]);
  const inDatabase = () => ["--engine", "pgrouting", "--db", server.url];

  it("prints Moscow → Tehran --k 3, whose routes differ in km, as the built-in engine does, in every format", async () => {
    const moscowTehran = (...args: string[]) =>
      runRouteCommandWithEngine(["--from", "Moscow", "--to", "Tehran", "--k", "3", ...args]);
    const km = routesOf((await moscowTehran("--format", "json")).stdout).map((r) => r.km);
    expect(new Set(km).size).toBe(3); // no tie that either engine may order its own way
    for (const format of ["table", "json", "csv", "geojson"]) {
      const builtin = await moscowTehran("--format", format);
      const pgrouting = await moscowTehran("--format", format, ...inDatabase());
      expect(pgrouting.status).toBe(0);
      expect(pgrouting.stdout).toBe(builtin.stdout);
    }
  });

  // Road and rail variants of the route through Uzbekistan tie by km, with planned links or not.
  it.each([[], ["--include-planned"]])(
    "ranks Almaty → Karachi --k 3 %j at the built-in engine's km, routes of equal km in either order",
    async (...planned: string[]) => {
      const builtin = routesOf((await route("--format", "json", ...planned)).stdout);
      const pgrouting = routesOf(
        (await route("--format", "json", ...planned, ...inDatabase())).stdout,
      );
      expect(builtin.length).toBe(3);
      expect(pgrouting.length).toBe(3);
      pgrouting.forEach((found, rank) => {
        const ours = builtin[rank]?.km ?? Number.NaN;
        expect(sameCost(found.km, ours), `route ${rank + 1}: ${found.km} km, ours ${ours}`).toBe(
          true,
        );
      });
      // Only a route tied with the last one kept may be another of the same km: the cheaper
      // ones are the same routes in both, whichever order their own ties come in.
      const last = builtin[builtin.length - 1]?.km ?? Number.NaN;
      const cheaper = (routes: RouteLinks[]) =>
        routes
          .filter((r) => !sameCost(r.km, last))
          .map((r) => r.links)
          .sort();
      expect(cheaper(pgrouting)).toEqual(cheaper(builtin));
    },
  );

  it("says what pgr_KSP cannot do, with exit status 2", async () => {
    const via = await route("--via", "Tashkent", "--engine", "pgrouting", "--db", server.url);
    expect(via.status).toBe(2);
    expect(via.stderr).toMatch(/--via needs the built-in engine/);
    const unknown = await route("--avoid", "Atlantis", "--engine", "pgrouting", "--db", server.url);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Atlantis/);
  });

  it("ranks data/'s routes at the costs our engine gives, 200 pairs with and without constraints", async () => {
    const { index } = await readLoadedNetwork(client);
    const pairs = randomPairs(index.placeIds, DATA_PAIRS);
    const queries = comparisonQueries(pairs, DATA_CONSTRAINTS);
    expect(queries.length).toBe(4 * DATA_PAIRS);
    const { differing, cutShort } = await disagreements(client, index, queries);
    expect(differing).toEqual([]);
    // A few queries reach MAX_WALKS before k loopless routes (Akyayla → Sarakhs by hours, Atamyrat
    // → Quetta by km without Afghanistan): their routes are still our first ones, in order. The
    // pairs are drawn from the place list, so a new place changes which of them are sampled.
    expect(cutShort.length).toBeLessThanOrEqual(queries.length / 100);
  }, 300_000);

  it("ranks a generated 10k-place network's routes at the costs our engine gives", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pgr-10k-")), "generated.json");
    writeFileSync(file, generatedNetworkJson(10_000));
    expect((await runDbLoadCommand(["--db", server.url, "--network", file])).status).toBe(0);
    const { index } = await readLoadedNetwork(client);
    const pairs = nearbyPairs(index, GENERATED_PAIRS, 15);
    const queries = comparisonQueries(pairs, [{ modes: ["rail", "road"] }]);
    const { differing, cutShort } = await disagreements(client, index, queries);
    expect(differing).toEqual([]);
    // By hours, a 12-hour mode change beside links of minutes leaves cheap cycles: some queries
    // find only the first of their routes within MAX_WALKS. By km, none.
    expect(cutShort.filter((query) => query.includes('"by":"km"'))).toEqual([]);
    expect(cutShort.length).toBeLessThan(queries.length / 4);
  }, 600_000);
});
