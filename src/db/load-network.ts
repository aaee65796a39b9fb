// Writes a network into PostgreSQL for pgRouting: in one transaction, so that a second load
// replaces the first whole, and a load that fails or is killed leaves the previous one intact.
import type pg from "pg";
import type { Dataset } from "../core/dataset";
import { networkToJson } from "../core/network-file/json-network";
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex } from "../core/routing";
import { CRITERIA } from "../core/routing/criteria";
import { linkRows, placeRows, turnColumns } from "./network-tables";

/** The schema queries read. A load builds the next network beside it, then swaps the two. */
export const SCHEMA = "corridor";
const STAGING = "corridor_load";
const ROWS_PER_INSERT = 5_000;
const TURNS_PER_INSERT = 100_000;

export interface LoadSummary {
  places: number;
  links: number;
  corridors: number;
  turns: number;
}

const tables = (schema: string) => `
CREATE TABLE ${schema}.network (
  loaded_at timestamptz NOT NULL DEFAULT now(),
  place_count integer NOT NULL,
  link_count integer NOT NULL,
  arc_count integer NOT NULL,
  turn_count integer NOT NULL,
  document jsonb NOT NULL
);
CREATE TABLE ${schema}.places (
  node integer PRIMARY KEY,
  id text NOT NULL UNIQUE,
  name_en text NOT NULL,
  name_fr text NOT NULL,
  countries text[] NOT NULL,
  kind text NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  closed_months integer[] NOT NULL,
  departure bigint NOT NULL UNIQUE,
  arrival bigint NOT NULL UNIQUE
);
CREATE TABLE ${schema}.corridors (
  id text PRIMARY KEY,
  parent text,
  name_en text NOT NULL,
  name_fr text NOT NULL,
  color text NOT NULL
);
CREATE TABLE ${schema}.links (
  id integer PRIMARY KEY,
  link_id text NOT NULL UNIQUE,
  source integer NOT NULL REFERENCES ${schema}.places (node),
  target integer NOT NULL REFERENCES ${schema}.places (node),
  cost double precision NOT NULL,
  reverse_cost double precision NOT NULL,
  km double precision NOT NULL,
  hours double precision NOT NULL,
  crossings integer NOT NULL,
  mode text NOT NULL,
  status text NOT NULL,
  gauge integer,
  year integer,
  corridors text[] NOT NULL,
  closed_months integer[] NOT NULL
);
CREATE TABLE ${schema}.turns (
  id bigint NOT NULL,
  source bigint NOT NULL,
  target bigint NOT NULL,
  km double precision NOT NULL,
  hours double precision NOT NULL,
  crossings double precision NOT NULL,
  link integer,
  at integer NOT NULL,
  reach integer
);`;

/** Indexes made after the rows are in, which is faster than keeping them up to date row by row. */
const indexes = (schema: string) => `
ALTER TABLE ${schema}.turns ADD PRIMARY KEY (id);
CREATE INDEX ON ${schema}.turns (source);
CREATE INDEX ON ${schema}.turns (target);
CREATE INDEX ON ${schema}.turns (link);
CREATE INDEX ON ${schema}.links (source);
CREATE INDEX ON ${schema}.links (target);
CREATE INDEX ON ${schema}.links (status, mode);
CREATE INDEX ON ${schema}.places USING gin (countries);`;

/** Loads the dataset as the database's network, replacing the one there (if any) in one commit. */
export async function loadNetwork(client: pg.ClientBase, dataset: Dataset): Promise<LoadSummary> {
  const index = compileRoutingIndex(buildNetworkGraph(dataset), dataset);
  const turns = turnColumns(index);
  await client.query("CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE");
  await client.query("BEGIN");
  try {
    // Two loads at once wait for each other rather than mixing their rows.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('corridor-explorer load'))");
    await client.query(`DROP SCHEMA IF EXISTS ${STAGING} CASCADE; CREATE SCHEMA ${STAGING}`);
    await client.query(tables(STAGING));
    await insertRecords(client, "places", placeRows(index), PLACE_COLUMNS);
    await insertRecords(client, "corridors", corridorRows(dataset), CORRIDOR_COLUMNS);
    await insertRecords(client, "links", linkRows(index), LINK_COLUMNS);
    await insertTurns(client, turns);
    await client.query(
      `INSERT INTO ${STAGING}.network (place_count, link_count, arc_count, turn_count, document)
       VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [
        index.placeIds.length,
        index.linkIds.length,
        index.arcHead.length,
        turns.id.length,
        networkToJson(dataset),
      ],
    );
    await client.query(indexes(STAGING));
    await client.query(
      `DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; ALTER SCHEMA ${STAGING} RENAME TO ${SCHEMA}`,
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  await client.query(`ANALYZE ${SCHEMA}.turns; ANALYZE ${SCHEMA}.links; ANALYZE ${SCHEMA}.places`);
  return {
    places: index.placeIds.length,
    links: index.linkIds.length,
    corridors: dataset.corridors.length,
    turns: turns.id.length,
  };
}

const PLACE_COLUMNS =
  "node integer, id text, name_en text, name_fr text, countries text[], kind text, " +
  "lat double precision, lon double precision, closed_months integer[], departure bigint, arrival bigint";
const CORRIDOR_COLUMNS = "id text, parent text, name_en text, name_fr text, color text";
const LINK_COLUMNS =
  "id integer, link_id text, source integer, target integer, km double precision, " +
  "hours double precision, crossings integer, mode text, status text, gauge integer, year integer, " +
  "corridors text[], closed_months integer[]";

function corridorRows(dataset: Dataset) {
  return dataset.corridors.map((corridor) => ({
    id: corridor.id,
    parent: corridor.parent ?? null,
    name_en: corridor.name.en,
    name_fr: corridor.name.fr,
    color: corridor.color,
  }));
}

/** Rows go in as JSON records, a batch per statement: one round trip for thousands of rows. */
async function insertRecords(
  client: pg.ClientBase,
  table: string,
  rows: object[],
  columns: string,
): Promise<void> {
  const names = columns.split(", ").map((column) => column.split(" ")[0]);
  // The links table also keeps pgRouting's usual cost columns: km, the same both ways.
  const extra = table === "links" ? ", cost, reverse_cost" : "";
  const extraValues = table === "links" ? ", km, km" : "";
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await client.query(
      `INSERT INTO ${STAGING}.${table} (${names.join(", ")}${extra})
       SELECT ${names.join(", ")}${extraValues} FROM jsonb_to_recordset($1::jsonb) AS row (${columns})`,
      [JSON.stringify(rows.slice(start, start + ROWS_PER_INSERT))],
    );
  }
}

/** Turn edges go in as arrays, a column per parameter: far fewer bytes than JSON for millions of rows. */
async function insertTurns(
  client: pg.ClientBase,
  turns: ReturnType<typeof turnColumns>,
): Promise<void> {
  const costs = CRITERIA.map((criterion) => turns.cost[criterion]);
  for (let start = 0; start < turns.id.length; start += TURNS_PER_INSERT) {
    const slice = <T>(column: T[]) => column.slice(start, start + TURNS_PER_INSERT);
    await client.query(
      `INSERT INTO ${STAGING}.turns (id, source, target, ${CRITERIA.join(", ")}, link, at, reach)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::float8[], $5::float8[],
         $6::float8[], $7::integer[], $8::integer[], $9::integer[])`,
      [
        slice(turns.id),
        slice(turns.source),
        slice(turns.target),
        ...costs.map(slice),
        slice(turns.link),
        slice(turns.at),
        slice(turns.reach),
      ],
    );
  }
}
