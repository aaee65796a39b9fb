// The db:load command's work, apart from the process: a network file (or data/) into PostgreSQL.
import { parseArgs } from "node:util";
import { DatasetError } from "../core/validation/problems";
import { DatabaseError, withDatabase } from "../db/database";
import { loadNetwork, SCHEMA } from "../db/load-network";
import type { CommandOutput } from "./command-output";
import { readDataDir, readNetworkFile } from "./read-dataset";
import { terminalText } from "./terminal-text";

const DB_LOAD_USAGE = "usage: npm run db:load -- --db postgresql://… [--network FILE]";

/** Exit status: 0 when loaded, 2 for a bad command, 1 for bad data or a database that failed. */
export async function runDbLoadCommand(args: string[]): Promise<CommandOutput> {
  let db: string | undefined;
  let network: string | undefined;
  try {
    ({ db, network } = parseArgs({
      args,
      options: { db: { type: "string" }, network: { type: "string" } },
      strict: true,
    }).values);
  } catch (error) {
    return usage((error as Error).message);
  }
  if (!db) return usage("--db is required");
  const url = db;
  try {
    const started = performance.now();
    const dataset = network ? readNetworkFile(network) : readDataDir();
    const loaded = await withDatabase(url, (client) => loadNetwork(client, dataset));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const stdout =
      `loaded ${network ?? "data/"} into schema ${SCHEMA}: ${loaded.places} places, ` +
      `${loaded.links} links, ${loaded.corridors} corridors, ${loaded.turns} turn edges in ${seconds} s\n`;
    return { status: 0, stdout: terminalText(stdout), stderr: "" };
  } catch (error) {
    if (!(error instanceof DatasetError || error instanceof DatabaseError)) throw error;
    const kept = "the database keeps the network it had";
    return { status: 1, stdout: "", stderr: terminalText(`db:load: ${error.message}; ${kept}\n`) };
  }
}

function usage(message: string): CommandOutput {
  return { status: 2, stdout: "", stderr: `db:load: ${message}\n${DB_LOAD_USAGE}\n` };
}
