// A throwaway PostgreSQL cluster with pgRouting for the tests and the benchmark: initdb in a
// temporary folder, reached by a Unix socket in that folder (no TCP port), stopped and removed after.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ThrowawayPostgres {
  /** A connection URL for `pg` and the CLI's --db. */
  url: string;
  stop(): void;
}

/** Where PostgreSQL's server programs are, or why they cannot be used here. */
function postgresServer(): { bindir: string } | { missing: string } {
  const bindir = [pgConfigBindir(), ...debianBindirs()].find(
    (dir) => dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")),
  );
  if (!bindir) return { missing: "no PostgreSQL server (initdb, pg_ctl) is installed" };
  const sharedir = spawnSync(join(bindir, "pg_config"), ["--sharedir"], { encoding: "utf8" });
  const extensions = join(sharedir.stdout?.trim() || join(bindir, "../share"), "extension");
  if (!existsSync(join(extensions, "pgrouting.control")))
    return { missing: `PostgreSQL in ${bindir} has no pgRouting extension` };
  if (process.getuid?.() === 0 && !runsAsPostgres())
    return { missing: "running as root, and there is no 'postgres' user to run the server as" };
  return { bindir };
}

/** The one line a test file or the benchmark prints when it skips the database. */
export function skipLine(what: string): string | undefined {
  const server = postgresServer();
  return "missing" in server
    ? `${what} skipped: ${server.missing} (Debian: apt-get install postgresql postgresql-15-pgrouting)`
    : undefined;
}

function pgConfigBindir(): string | undefined {
  const result = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Debian installs each major version's server in its own folder, off the PATH; newest first. */
function debianBindirs(): string[] {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, "bin"));
}

function runsAsPostgres(): boolean {
  return spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).status === 0;
}

/** initdb refuses root: as root, the server runs as the 'postgres' user, in a folder it owns. */
function serverCommand(bindir: string, program: string, args: string[]): [string, string[]] {
  const path = join(bindir, program);
  return process.getuid?.() === 0
    ? ["runuser", ["-u", "postgres", "--", path, ...args]]
    : [path, args];
}

function run(bindir: string, program: string, args: string[], cwd: string): void {
  const [command, commandArgs] = serverCommand(bindir, program, args);
  execFileSync(command, commandArgs, { cwd, stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Starts a cluster with pgRouting installed in its `postgres` database. Settings trade durability
 * for speed (no fsync): the cluster lives for one test file or one benchmark run.
 */
export function startThrowawayPostgres(): ThrowawayPostgres {
  const server = postgresServer();
  if ("missing" in server) throw new Error(server.missing);
  const { bindir } = server;
  const folder = mkdtempSync(join(tmpdir(), "corridor-pg-"));
  const data = join(folder, "data");
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(folder, uid, gid);
    chmodSync(folder, 0o700);
  }
  const options = [
    `-c listen_addresses=''`,
    `-c unix_socket_directories='${folder}'`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
  ].join(" ");
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run(bindir, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], folder);
      } catch {
        // Already stopped (the process was killed): the folder goes all the same.
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    run(bindir, "initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"], folder);
    run(
      bindir,
      "pg_ctl",
      ["-D", data, "-o", options, "-l", join(folder, "log"), "-w", "start"],
      folder,
    );
    started = true;
    const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(folder)}`;
    execFileSync(join(bindir, "psql"), [url, "-qc", "CREATE EXTENSION pgrouting CASCADE"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    process.once("exit", stop);
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
