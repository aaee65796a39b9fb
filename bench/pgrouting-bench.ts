// `npm run bench`, pgRouting's part: load time, table sizes, pgr_dijkstra, pgr_KSP and the whole
// round trip from Node, beside our engine on the same pairs, at 10k and 100k places.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { readNetworkFile } from "../src/cli/read-dataset";
import { findRoutes } from "../src/core/routing";
import { loadNetwork } from "../src/db/load-network";
import { pgroutingRoutes, readLoadedNetwork } from "../src/db/pgrouting-routes";
import { skipLine, startThrowawayPostgres } from "../tests/db/throwaway-postgres";
import { generatedNetworkJson } from "../tests/e2e/generated-network";
import { nearbyPairs } from "./geo-network";

/** pgr_KSP takes seconds a query at 10k places and more at 100k: few pairs, a few links apart. */
const PAIRS: Record<number, number> = { 10000: 10, 100000: 3 };
/** A query that takes longer is stopped and reported, not waited for. */
const STATEMENT_TIMEOUT_S = 300;

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

async function median(pairs: [string, string][], run: (from: string, to: string) => unknown) {
  const samples: number[] = [];
  for (const [from, to] of pairs) {
    const start = performance.now();
    await run(from, to);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return ms(samples[Math.floor(samples.length / 2)] ?? 0);
}

async function benchSize(client: pg.Client, placeCount: number, folder: string) {
  const file = join(folder, `generated-${placeCount}.json`);
  writeFileSync(file, generatedNetworkJson(placeCount));
  const dataset = readNetworkFile(file);
  let start = performance.now();
  const loaded = await loadNetwork(client, dataset);
  const loadSeconds = ((performance.now() - start) / 1000).toFixed(1);
  const size = await client.query(
    `SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'corridor' AND c.relkind = 'r'`,
  );
  start = performance.now();
  const { index } = await readLoadedNetwork(client);
  const readSeconds = ((performance.now() - start) / 1000).toFixed(1);
  const pairs = nearbyPairs(index, PAIRS[placeCount] ?? 3, 42);
  const vertex = async (id: string, column: "departure" | "arrival") =>
    (await client.query(`SELECT ${column} FROM corridor.places WHERE id = $1`, [id])).rows[0][
      column
    ];
  const edges = "SELECT id, source, target, hours AS cost FROM corridor.turns";
  const pgr = (call: string) => async (from: string, to: string) =>
    client.query(
      `SELECT count(*) FROM ${call}($1, $2::bigint, $3::bigint${call === "pgr_KSP" ? ", 5" : ""})`,
      [edges, await vertex(from, "departure"), await vertex(to, "arrival")],
    );
  const label = placeCount.toLocaleString("en-GB");
  const rows = [
    [label, "db:load (one transaction), s", loadSeconds],
    [label, "rows: links / turn edges", `${loaded.links} / ${loaded.turns}`],
    [label, "tables and indexes on disk", size.rows[0].size],
    [label, "network read back into Node, s", readSeconds],
    [label, `pairs (8 links apart)`, String(pairs.length)],
  ];
  const timed: [string, (from: string, to: string) => unknown][] = [
    [
      "ours: 5 routes by hours, ms",
      (from, to) => findRoutes(index, { from, to, k: 5, by: "hours" }),
    ],
    ["pgr_dijkstra on the turn graph, ms", pgr("pgr_dijkstra")],
    ["pgr_KSP k = 5 on the turn graph, ms", pgr("pgr_KSP")],
    [
      "route --engine pgrouting, 5 routes (Node round trip), ms",
      (from, to) => pgroutingRoutes(client, index, { from, to, k: 5, by: "hours" }),
    ],
  ];
  for (const [measure, run] of timed) {
    try {
      rows.push([label, `${measure} (median)`, await median(pairs, run)]);
    } catch (error) {
      rows.push([label, measure, `stopped: ${(error as Error).message}`]);
    }
  }
  return rows;
}

function printRows(rows: string[][]): void {
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  for (const row of rows) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" │ "));
  }
}

const skipped = skipLine("pgRouting benchmark");
if (skipped) {
  console.log(skipped);
} else {
  const server = startThrowawayPostgres();
  const client = new pg.Client(server.url);
  try {
    await client.connect();
    await client.query(`SET statement_timeout = '${STATEMENT_TIMEOUT_S}s'`);
    const folder = mkdtempSync(join(tmpdir(), "pgrouting-bench-"));
    console.log("\npgRouting benchmark: throwaway PostgreSQL, generated networks (one country)");
    console.log("(loading 100k places takes about a minute: 2.4 million turn edges)\n");
    // Each size's rows as soon as they are measured: the 100k part takes minutes.
    for (const size of [10_000, 100_000]) printRows(await benchSize(client, size, folder));
  } finally {
    await client.end();
    server.stop();
  }
}
