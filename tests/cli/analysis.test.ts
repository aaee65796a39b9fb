import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  runChokepointsCommand,
  runCompareCommand,
  runScenarioCommand,
} from "../../src/cli/analysis-command";
import { tinyNetwork } from "../fixtures/tiny-network";

const folder = mkdtempSync(join(tmpdir(), "analysis-cli-"));
const networkFile = join(folder, "tiny.json");
writeFileSync(networkFile, JSON.stringify(tinyNetwork()));
const tripsFile = join(folder, "trips.csv");
writeFileSync(tripsFile, "origin,destination,weight\nBishkek,Baku,1000000000\nAlmaty,Aktau,\n");

describe("npm run compare", () => {
  it("lists Almaty → Istanbul by at least three corridors, shortest first, with their shares", () => {
    const { status, stdout } = runCompareCommand([
      "--from",
      "Almaty",
      "--to",
      "Istanbul",
      "--format",
      "json",
    ]);
    expect(status).toBe(0);
    const { rows } = JSON.parse(stdout);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const km = rows.map((row: { route: { km: number } }) => row.route.km);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    for (const row of rows) expect(row.share).toBeGreaterThan(0);
  });

  it("writes one CSV row per corridor with the route list's writer, and a table for people", () => {
    const csv = runCompareCommand([
      "--from",
      "Almaty",
      "--to",
      "Istanbul",
      "--format",
      "csv",
    ]).stdout;
    const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    const json = runCompareCommand(["--from", "Almaty", "--to", "Istanbul", "--format", "json"]);
    type JsonRow = {
      corridor: string;
      route: { km: number; crossings: number; countries: string[] };
    };
    // The same corridors with the same figures in both; ties in km may come in either order.
    const facts = (corridor: string, km: number, crossings: number, countries: string) =>
      `${corridor}: ${km} km, ${crossings} crossings, ${countries}`;
    const fromJson = JSON.parse(json.stdout).rows.map(({ corridor, route }: JsonRow) =>
      facts(corridor, route.km, route.crossings, route.countries.join(" ")),
    );
    const fromCsv = data.map((row) =>
      facts(row.corridor ?? "", Number(row.km), Number(row.crossings), row.countries ?? ""),
    );
    expect(fromCsv.sort()).toEqual([...fromJson].sort());
    expect(data.map((row) => Number(row.rank))).toEqual(data.map((_, at) => at + 1));
    // The Middle Corridor crosses the Caspian from Aktau to Baku, all on its own lines.
    const middle = data.find((row) => row.corridor === "middle-corridor");
    expect(middle).toMatchObject({ countries: "KZ AZ GE TR", share: "1" });
    expect(middle?.places).toMatch(/\baktau baku\b/);
    const table = runCompareCommand(["--from", "Almaty", "--to", "Istanbul"]).stdout;
    const french = runCompareCommand(["--from", "Almaty", "--to", "Istanbul", "--lang", "fr"]);
    expect(french.stdout).toMatch(/^Almaty → Istanbul — corridors par distance, \d+ corridors/);
    expect(french.stdout).toMatch(/en service/);
    expect(french.stdout).toMatch(/\d\s\d{3}\s/); // thousands as the French write them: "4 123"
    expect(table).toMatch(/^Almaty → Istanbul — corridors by distance/);
    expect(table).toContain("Middle Corridor");
  });

  it("refuses a repeated option, a missing end and an unknown place with exit status 2", () => {
    const repeated = runCompareCommand(["--from", "Almaty", "--from", "Astana", "--to", "Baku"]);
    expect(repeated).toMatchObject({ status: 2, stdout: "" });
    expect(repeated.stderr).toMatch(/--from is given more than once/);
    expect(runCompareCommand(["--from", "Almaty"]).stderr).toMatch(/both --from and --to/);
    expect(runCompareCommand(["--from", "Almaty", "--to", "Atlantis"]).stderr).toMatch(
      /unknown place "Atlantis"/,
    );
  });
});

describe("npm run scenario", () => {
  it("tries the user's trips on a network file: closing Kyrgyzstan cuts Bishkek off", () => {
    const args = ["--network", networkFile, "--trips", tripsFile, "--close-country", "KG"];
    const { status, stdout } = runScenarioCommand([...args, "--format", "json"]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.outcomes.map((o: { change: string }) => o.change)).toEqual(["cut", "same"]);
    expect(report.summary).toMatchObject({ cut: 1, cutUsd: 1e9 });
    const table = runScenarioCommand(args).stdout;
    expect(table).toContain("Trips that lose every route:");
    expect(table).toContain("row 2: Bishkek → Baku");
  });

  it("names the file, row and column of a bad trip, and asks for trips with a network file", () => {
    const bad = join(folder, "bad.csv");
    writeFileSync(bad, "origin,destination\nAlmaty,Atlantis\n");
    const { status, stderr } = runScenarioCommand(["--network", networkFile, "--trips", bad]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/bad\.csv › row 2 › destination: unknown place "Atlantis"/);
    expect(runScenarioCommand(["--network", networkFile]).stderr).toMatch(
      /give the trips to try with --trips/,
    );
  });

  it("runs a preset on the standard trips, with a trade summary and one CSV row per trip", () => {
    const { status, stdout } = runScenarioCommand(["--preset", "iran-closed", "--format", "csv"]);
    expect(status).toBe(0);
    const { data } = Papa.parse<Record<string, string>>(stdout.trim(), { header: true });
    expect(data.find((row) => row.trip === "termini-instc-east")?.change).toBe("cut");
    const table = runScenarioCommand(["--preset", "iran-closed"]).stdout;
    expect(table).toMatch(/of the lanes' trade moves to routes .* days longer on average/);
  });

  it("says it in French with --lang fr: closures, summary, changes and numbers", () => {
    const { status, stdout } = runScenarioCommand([
      "--preset",
      "russia-closed",
      "--close-country",
      "IR",
      "--month",
      "1",
      "--lang",
      "fr",
    ]);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^Scénario : préréglage russia-closed ; pays Iran ; mois janvier — meilleurs itinéraires par durée/,
    );
    expect(stdout).toMatch(
      /trajets sur \d+ déviés \([+-]?\d+(,\d)? jours? en moyenne\), \d+ coupés?/,
    );
    expect(stdout).toMatch(/Md USD du commerce des axes passent par des itinéraires plus longs/);
    expect(stdout).toContain("Trajets qui perdent tout itinéraire :");
    expect(stdout).toMatch(/\bcoupé\b/);
    expect(stdout).not.toMatch(/\b(rerouted|cut off|days)\b/);
    expect(runScenarioCommand(["--lang", "de"]).stderr).toMatch(
      /unknown language "de" \(en or fr\)/,
    );
  });

  it("refuses an unknown preset or mode", () => {
    expect(runScenarioCommand(["--preset", "mars-closed"])).toMatchObject({ status: 2 });
    expect(runScenarioCommand(["--close-mode", "air"]).stderr).toMatch(/unknown mode "air"/);
  });
});

describe("npm run chokepoints", () => {
  it("ranks the tiny network's crossing and links for the user's trips, the top N only", () => {
    const args = ["--network", networkFile, "--trips", tripsFile, "--top", "2", "--format", "json"];
    const { status, stdout } = runChokepointsCommand(args);
    expect(status).toBe(0);
    const { chokepoints } = JSON.parse(stdout);
    expect(chokepoints).toHaveLength(2);
    expect(chokepoints[0].cut.length).toBeGreaterThanOrEqual(chokepoints[1].cut.length);
  });

  it("ranks in French with --lang fr, crossings by their French names", () => {
    const args = ["--network", networkFile, "--trips", tripsFile, "--top", "3", "--lang", "fr"];
    const { status, stdout } = runChokepointsCommand(args);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Points d’étranglement — .* classés par trajets coupés/);
    expect(stdout).toMatch(/#\s+type\s+passage ou liaison\s+trajets\s+trajets coupés/);
  });

  it("names links by their ends and mode, not by their ids", () => {
    const args = ["--network", networkFile, "--trips", tripsFile];
    const { stdout } = runChokepointsCommand(args);
    expect(stdout).toMatch(/link\s+Aktau ↔ Baku \(ferry\)/);
    expect(stdout).not.toMatch(/--ferry/);
  });

  it("refuses an unknown ranking", () => {
    expect(runChokepointsCommand(["--by", "km"]).stderr).toMatch(/unknown ranking "km"/);
  });
});
