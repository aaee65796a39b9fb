import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "@placemarkio/check-geojson";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { runNetworkCommand } from "../../src/cli/network-command";
import { readNetworkFiles } from "../../src/core/network-file/read-network-files";
import { tinyNetwork } from "../fixtures/tiny-network";

const folder = mkdtempSync(join(tmpdir(), "network-cli-"));
const networkFile = join(folder, "tiny.json");
const tiny = tinyNetwork();
writeFileSync(networkFile, JSON.stringify(tiny));
const run = (...args: string[]) => runNetworkCommand(["--network", networkFile, ...args]);
const placeIds = tiny.places.map((place) => place.id).sort();
const linkIds = tiny.links.map((link) => link.id).sort();

describe("npm run network", () => {
  it.each([
    ["gexf", parseGexf],
    ["graphml", parseGraphml],
  ] as const)("prints the network as %s, every place and link in it", async (format, parse) => {
    const { status, stdout, stderr } = await run("--format", format);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const graph = parse(MultiGraph, stdout);
    expect(graph.nodes().sort()).toEqual(placeIds);
    expect(graph.edges().sort()).toEqual(linkIds);
  });

  it("prints GeoJSON with a feature per place and per link", async () => {
    const { stdout } = await run("--format", "geojson");
    expect((check(stdout) as { features: unknown[] }).features).toHaveLength(
      tiny.places.length + tiny.links.length,
    );
  });

  it("writes --out FILE and says so, printing nothing else", async () => {
    const out = join(folder, "tiny.graphml");
    const { status, stdout, stderr } = await run("--format", "graphml", "--out", out);
    expect({ status, stdout }).toEqual({ status: 0, stdout: "" });
    expect(stderr).toContain(out);
    expect(parseGraphml(MultiGraph, readFileSync(out, "utf8")).order).toBe(tiny.places.length);
  });

  it("writes CSV as two files, places and links, that the import reads back", async () => {
    const { status } = await run("--format", "csv", "--out", join(folder, "net.csv"));
    expect(status).toBe(0);
    const files = ["net-places.csv", "net-links.csv"].map((name) => ({
      name,
      text: readFileSync(join(folder, name), "utf8"),
    }));
    const read = readNetworkFiles(files, tiny);
    expect(read.links.map((link) => link.id).sort()).toEqual(linkIds);
  });

  it("writes the JSON network file that --network reads", async () => {
    const out = join(folder, "again.json");
    await run("--format", "json", "--out", out);
    const again = await runNetworkCommand(["--network", out, "--format", "graphml"]);
    expect(parseGraphml(MultiGraph, again.stdout).size).toBe(tiny.links.length);
  });

  it("exports the shipped network without --network", async () => {
    const { status, stdout } = await runNetworkCommand(["--format", "geojson"]);
    expect(status).toBe(0);
    expect((check(stdout) as { features: unknown[] }).features.length).toBeGreaterThan(0);
  });

  it.each([
    [[], "--format is required"],
    [["--format", "shp"], 'unknown format "shp" (json, csv, geojson, gexf, graphml)'],
    [["--format", "csv"], "csv writes two files (places and links): give --out"],
    [["--format", "gexf", "--format", "json"], "--format is given more than once"],
    [["--format", "gexf", "--colour", "red"], "Unknown option '--colour'"],
    [["--format", "gexf", "--lang", "de"], 'unknown language "de"'],
  ])("refuses %j with exit status 2 and the usage", async (args, message) => {
    const { status, stdout, stderr } = await run(...args);
    expect({ status, stdout }).toEqual({ status: 2, stdout: "" });
    expect(stderr).toContain(message);
    expect(stderr).toContain("usage: npm run --silent network -- --format");
  });

  it("refuses a broken network file with exit status 2, naming the file", async () => {
    const broken = join(folder, "broken.json");
    writeFileSync(broken, "{");
    const { status, stderr } = await runNetworkCommand(["--network", broken, "--format", "gexf"]);
    expect(status).toBe(2);
    expect(stderr).toContain("broken.json");
  });

  it("fails with exit status 1 when --out cannot be written", async () => {
    const out = join(folder, "no-such-folder", "net.gexf");
    const { status, stderr } = await run("--format", "gexf", "--out", out);
    expect(status).toBe(1);
    expect(stderr).toContain("cannot write");
    expect(existsSync(out)).toBe(false);
  });
});
