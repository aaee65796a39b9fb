// One connection for one command: opened, used, closed; failures as messages a user can act on.
import pg from "pg";

/** The database could not be reached or used: the message says why, without the URL's password. */
export class DatabaseError extends Error {}

export async function withDatabase<T>(url: string, use: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseError(`cannot connect to the database (${(error as Error).message})`);
  }
  // A connection lost mid-command (the server stopped) comes back as the failed query's error.
  client.on("error", () => undefined);
  try {
    return await use(client);
  } catch (error) {
    if (error instanceof pg.DatabaseError) {
      throw new DatabaseError(`the database refused a query (${error.message})`);
    }
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
