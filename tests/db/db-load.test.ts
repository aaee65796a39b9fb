// npm run db:load against a real, throwaway PostgreSQL with pgRouting: tables, replacement, failures.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDbLoadCommand } from "../../src/cli/db-load-command";
import { readDataDir } from "../../src/cli/read-dataset";
import { buildNetworkGraph } from "../../src/core/network-graph";
import { compileRoutingIndex, findRoutes } from "../../src/core/routing";
import { tinyNetwork } from "../fixtures/tiny-network";
import { skipLine, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const skipped = skipLine("db:load tests");
if (skipped) console.log(skipped);

const folder = mkdtempSync(join(tmpdir(), "db-load-"));
const tinyFile = join(folder, "tiny.json");
writeFileSync(tinyFile, JSON.stringify(tinyNetwork()));
const data = readDataDir();

describe.skipIf(skipped)("npm run db:load", () => {
  let server: ThrowawayPostgres;
  let client: pg.Client;
  const counts = async () => {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM corridor.places)::int AS places,
              (SELECT count(*) FROM corridor.links)::int AS links,
              (SELECT place_count FROM corridor.network) AS stored`,
    );
    return rows[0];
  };
  const dataCounts = { places: data.places.length, links: data.links.length };

  beforeAll(async () => {
    server = startThrowawayPostgres();
    client = new pg.Client(server.url);
    await client.connect();
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    server?.stop();
  });

  it("writes data/ into tables with pgRouting's columns, which pgr_dijkstra routes on", async () => {
    const { status, stdout } = await runDbLoadCommand(["--db", server.url]);
    expect(status).toBe(0);
    expect(stdout).toContain(`${data.places.length} places, ${data.links.length} links`);
    expect(await counts()).toMatchObject(dataCounts);
    const { rows } = await client.query(
      `SELECT sum(agg_cost) FILTER (WHERE edge = -1) AS km FROM pgr_dijkstra(
         'SELECT id, source, target, cost, reverse_cost FROM corridor.links WHERE status = ''operational''',
         (SELECT node FROM corridor.places WHERE id = 'almaty'),
         (SELECT node FROM corridor.places WHERE id = 'karachi'))`,
    );
    const index = compileRoutingIndex(buildNetworkGraph(data), data);
    const best = findRoutes(index, { from: "almaty", to: "karachi", k: 1 }).routes[0];
    expect(rows[0].km).toBeCloseTo(best?.km ?? Number.NaN, 1);
  });

  it("replaces the network on a second load, whole", async () => {
    expect((await runDbLoadCommand(["--db", server.url, "--network", tinyFile])).status).toBe(0);
    const tiny = tinyNetwork();
    expect(await counts()).toEqual({
      places: tiny.places.length,
      links: tiny.links.length,
      stored: tiny.places.length,
    });
    expect((await runDbLoadCommand(["--db", server.url])).status).toBe(0);
    expect(await counts()).toMatchObject(dataCounts);
  });

  it("refuses a file with a bad row, names it, and keeps the network it had", async () => {
    const broken = tinyNetwork();
    (broken.links[0] as { to: string }).to = "atlantis";
    const file = join(folder, "broken.json");
    writeFileSync(file, JSON.stringify(broken));
    const { status, stderr } = await runDbLoadCommand(["--db", server.url, "--network", file]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/broken\.json.*links.*atlantis/s);
    expect(stderr).toMatch(/keeps the network it had/);
    expect(await counts()).toMatchObject(dataCounts);
  });

  it("keeps the previous network whole when a load is killed before it commits", async () => {
    // A reader holds the network table: the load writes every row, then waits to swap schemas.
    const reader = new pg.Client(server.url);
    await reader.connect();
    await reader.query("BEGIN; SELECT count(*) FROM corridor.network");
    const load = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/db-load.ts", "--db", server.url, "--network", tinyFile],
      { stdio: "ignore" },
    );
    const exited = new Promise((resolve) => load.once("exit", resolve));
    const waiting = async () =>
      (
        await client.query(
          `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'DROP SCHEMA IF EXISTS corridor %'`,
        )
      ).rows;
    while ((await waiting()).length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const [loader] = await waiting();
    load.kill("SIGKILL");
    await exited;
    await reader.query("COMMIT");
    await reader.end();
    const gone = async () =>
      (await client.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [loader.pid])).rowCount;
    while ((await gone()) !== 0) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await counts()).toMatchObject(dataCounts);
    const staging = await client.query("SELECT to_regnamespace('corridor_load') AS schema");
    expect(staging.rows[0].schema).toBeNull();
  }, 60_000);

  it("says what is wrong with an unreachable database, without a stack trace", async () => {
    const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(folder)}`;
    const { status, stderr } = await runDbLoadCommand(["--db", url]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^db:load: cannot connect to the database/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
