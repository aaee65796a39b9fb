import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runRouteCommand } from "../../src/cli/route-command";
import { tinyNetwork } from "../fixtures/tiny-network";

const networkFile = join(mkdtempSync(join(tmpdir(), "route-cli-")), "tiny.json");
writeFileSync(networkFile, JSON.stringify(tinyNetwork()));
const tiny = (...args: string[]) => runRouteCommand(["--network", networkFile, ...args]);

describe("npm run route", () => {
  it("prints the JSON document the issue describes", () => {
    const { status, stdout } = tiny(
      "--from",
      "Bishkek",
      "--to",
      "Baku",
      "--format",
      "json",
      "--k",
      "2",
    );
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.query).toMatchObject({ from: "bishkek", to: "baku", k: 2 });
    const [best] = document.routes;
    expect(best).toMatchObject({
      rank: 1,
      countries: ["KG", "KZ", "AZ"],
      crossings: 2,
      differsFromBest: null,
    });
    expect(best.places).toEqual(["bishkek", "korday", "almaty", "aktau", "baku"]);
    expect(Object.keys(best.legs[0])).toEqual(
      expect.arrayContaining([
        "from",
        "to",
        "mode",
        "km",
        "hours",
        "status",
        "corridors",
        "sources",
      ]),
    );
  });

  it("admits the planned Korday–Aktau line only with --include-planned", () => {
    const direct = (args: string[]) =>
      JSON.parse(
        tiny("--from", "bishkek", "--to", "aktau", "--k", "1", "--format", "json", ...args).stdout,
      );
    expect(direct([]).routes[0].legs.map((leg: { status: string }) => leg.status)).not.toContain(
      "planned",
    );
    const planned = direct(["--include-planned"]).routes[0].legs;
    expect(planned.map((leg: { status: string }) => leg.status)).toContain("planned");
  });

  it("answers no route with an empty list, a reason and exit status 0", () => {
    const { status, stdout } = tiny(
      "--from",
      "almaty",
      "--to",
      "baku",
      "--modes",
      "rail,road",
      "--format",
      "json",
    );
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.routes).toEqual([]);
    expect(document.reason).toMatch(/using rail, road only/);
    expect(document).toMatchObject({ cause: "one-constraint", cutBy: ["modes"] });
  });

  it("says it in French with --lang fr: the reason, the table's words and the names", () => {
    const noRoute = tiny(
      "--from",
      "almaty",
      "--to",
      "baku",
      "--modes",
      "rail,road",
      "--lang",
      "fr",
    );
    expect(noRoute.status).toBe(0);
    expect(noRoute.stdout).toMatch(
      /Aucun itinéraire entre Almaty et Bakou : n’utiliser que rail, route/,
    );
    const table = tiny("--from", "Bishkek", "--to", "Baku", "--lang", "fr").stdout;
    expect(table).toMatch(/^Itinéraire 1 : /m);
    expect(table).toMatch(/Pays : Kirghizstan \(KG\)/);
    expect(table).toMatch(/Tronçons :/);
    expect(table).not.toMatch(/Route 1:|Countries:|Legs:/);
  });

  it("writes one CSV row per leg with the route's rank, totals and English names", () => {
    const { status, stdout } = tiny(
      "--from",
      "bishkek",
      "--to",
      "baku",
      "--format",
      "csv",
      "--k",
      "1",
    );
    expect(status).toBe(0);
    const all = Papa.parse<Record<string, string>>(stdout.trim(), { header: true }).data;
    const rows = all.filter((row) => row.kind === "leg");
    expect(stdout.startsWith("selected,")).toBe(true);
    expect(rows[0]).toMatchObject({
      selected: "yes",
      from_name: "Bishkek",
      to_name: "Korday – Ak-Zhol",
    });
    expect(rows.map((row) => [row.rank, row.from, row.to])).toEqual([
      ["1", "bishkek", "korday"],
      ["1", "korday", "almaty"],
      ["1", "almaty", "aktau"],
      ["1", "aktau", "baku"],
    ]);
    expect(new Set(rows.map((row) => row.route_crossings))).toEqual(new Set(["2"]));
  });

  it("writes GeoJSON with the query, a line per route and per leg, longitude first", () => {
    const { status, stdout } = tiny(
      "--from",
      "bishkek",
      "--to",
      "baku",
      "--format",
      "geojson",
      "--k",
      "2",
      "--include-planned",
    );
    expect(status).toBe(0);
    const collection = JSON.parse(stdout);
    expect(collection.query).toMatchObject({ from: "bishkek", to: "baku", k: 2 });
    const routes = collection.features.filter(
      (f: { properties: { kind: string } }) => f.properties.kind === "route",
    );
    expect(routes.map((f: { properties: { rank: number } }) => f.properties.rank)).toEqual([1, 2]);
    const baku = tinyNetwork().places.find((place) => place.id === "baku");
    expect(routes[0].geometry.coordinates.at(-1)).toEqual([baku?.lon, baku?.lat]);
  });

  it("prints a table with each route's legs", () => {
    const { status, stdout } = tiny("--from", "Bishkek", "--to", "Baku");
    expect(status).toBe(0);
    expect(stdout).toMatch(/Route 1:/);
    expect(stdout).toMatch(/Legs:/);
  });

  it("exits 2 with the message on stderr for unknown places, naming them and close names", () => {
    const { status, stdout, stderr } = tiny("--from", "Almatty", "--to", "Bakou2");
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/unknown place "Almatty".*Almaty/);
    expect(stderr).toMatch(/unknown place "Bakou2"/);
  });

  it("prints its usage with --help and exits 0", () => {
    const { status, stdout } = runRouteCommand(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: npm run --silent route -- --from <place> --to <place>/);
  });

  it("refuses a language it does not speak", () => {
    const { status, stderr } = tiny("--from", "almaty", "--to", "baku", "--lang", "de");
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown language "de" \(en or fr\)/);
  });

  it("exits 2 for bad arguments", () => {
    for (const args of [
      ["--from", "almaty"],
      ["--from", "almaty", "--to", "baku", "--k", "11"],
      ["--from", "almaty", "--to", "baku", "--k", "two"],
      ["--from", "almaty", "--to", "baku", "--by", "cost"],
      ["--from", "almaty", "--to", "baku", "--modes", "air"],
      ["--from", "almaty", "--to", "baku", "--format", "xml"],
      ["--from", "almaty", "--to", "baku", "--corridor", "nowhere"],
      ["--from", "almaty", "--to", "baku", "--colour", "red"],
    ]) {
      const { status, stderr } = tiny(...args);
      expect(status, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/route: /);
    }
  });

  it("exits 2 naming the problems of a broken network file", () => {
    const broken = join(mkdtempSync(join(tmpdir(), "route-cli-")), "broken.json");
    writeFileSync(broken, JSON.stringify({ places: [] }));
    const { status, stderr } = runRouteCommand(["--network", broken, "--from", "a", "--to", "b"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/broken\.json/);
  });

  it("exits 2 for a network that is a device, without reading it", () => {
    const { status, stderr } = runRouteCommand([
      "--network",
      "/dev/zero",
      "--from",
      "a",
      "--to",
      "b",
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain("zero: is not a regular file");
  });

  it.each([
    [
      ["--via", "aktau", "--via", "korday"],
      "--via is given more than once: give it once, with values separated by commas",
    ],
    [["--k", "2", "--k", "3"], "--k is given more than once"],
    [["--max-shared", "0x1"], '--max-shared takes a decimal number from 0 to 1, not "0x1"'],
    [["--max-shared", "1e-1"], '--max-shared takes a decimal number from 0 to 1, not "1e-1"'],
    [["--modes", ","], 'no modes given in --modes ","'],
    [["--via", " , "], 'no places given in --via " , "'],
  ])("refuses %j, saying why", (args, message) => {
    const { status, stderr } = tiny("--from", "almaty", "--to", "baku", ...args);
    expect(status).toBe(2);
    expect(stderr).toContain(`route: ${message}`);
  });

  it("shows control codes from a network's names as visible escapes, in tables and in errors", () => {
    const hostile = tinyNetwork();
    const almaty = hostile.places.find((place) => place.id === "almaty");
    if (almaty) almaty.name.en = "\u001b[2J\u001b[31mAlmaty\u009b\u202e";
    const file = join(mkdtempSync(join(tmpdir(), "route-cli-")), "hostile.json");
    writeFileSync(file, JSON.stringify(hostile));
    const table = runRouteCommand(["--network", file, "--from", "almaty", "--to", "baku"]);
    const error = runRouteCommand(["--network", file, "--from", "almatyy", "--to", "baku"]);
    for (const text of [table.stdout, error.stderr]) {
      for (const code of ["\u001b", "\u009b", "\u202e"]) expect(text).not.toContain(code);
      expect(text).toContain("\\x1B[2J\\x1B[31mAlmaty\\x9B\\u202E");
    }
  });
});

describe("npm run route with a link closed for part of the year", () => {
  const network = tinyNetwork();
  const ferry = network.links.find((l) => l.id === "aktau--baku--ferry");
  if (!ferry) throw new Error("the tiny network has no Aktau–Baku ferry");
  ferry.closed = { months: [1, 2], sources: ferry.sources };
  const file = join(mkdtempSync(join(tmpdir(), "route-cli-closed-")), "closed.json");
  writeFileSync(file, JSON.stringify(network));
  const run = (...args: string[]) =>
    runRouteCommand(["--network", file, "--from", "Bishkek", "--to", "Baku", ...args]);

  it("names the closed link by its ends and mode, not by its id", () => {
    expect(run("--month", "1").stdout).toContain("Closed in January: Aktau ↔ Baku (ferry)");
    expect(run().stdout).toContain("seasonal: Aktau ↔ Baku (ferry) is closed in Jan, Feb");
  });
});
