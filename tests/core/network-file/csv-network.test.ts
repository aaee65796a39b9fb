import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/core/load-dataset";
import { LINK_COLUMNS } from "../../../src/core/network-file/csv-columns";
import { csvNetworkTables, networkToCsv } from "../../../src/core/network-file/csv-network";
import { DatasetError, formatProblem } from "../../../src/core/validation/problems";
import { tinyNetwork } from "../../fixtures/tiny-network";

const base = tinyNetwork();
const csv = networkToCsv(base);
const load = (places: string, links: string) =>
  loadDataset(
    csvNetworkTables(
      { file: "places.csv", text: places },
      { file: "links.csv", text: links },
      base,
    ),
  );

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

/** Rewrites one cell of a CSV text, found by row id and column name. */
function withCell(text: string, id: string, column: string, value: string): string {
  const { data, meta } = Papa.parse<Record<string, string>>(text, { header: true });
  const row = data.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  row[column] = value;
  return Papa.unparse({
    fields: meta.fields ?? [],
    data: data.map((r) => (meta.fields ?? []).map((f) => r[f] ?? "")),
  });
}

/** Adds a column to a CSV text, with a value in its first record only. */
function withColumn(text: string, column: string, value: string): string {
  const [header, first, ...rest] = text.split("\r\n");
  return [`${header},${column}`, `${first},${value}`, ...rest.map((row) => `${row},`)].join("\r\n");
}

describe("CSV networks", () => {
  it("round-trips places and links through the two CSV files", () => {
    const loaded = load(csv.places, csv.links);
    expect(loaded.places).toEqual(base.places);
    expect(loaded.links).toEqual(base.links);
  });

  it("round-trips a seasonal closure (months and sources as lists)", () => {
    const closed = tinyNetwork();
    Object.assign(closed.places[0] as object, {
      closed: { months: [12, 1], sources: ["S1"], note: "Winter." },
    });
    const files = networkToCsv(closed);
    expect(load(files.places, files.links).places).toEqual(closed.places);
  });

  it("round-trips a place's other names as a ';' list", () => {
    const named = tinyNetwork();
    Object.assign(named.places[0] as object, { aliases: ["Alma-Ata", "Verny"] });
    const files = networkToCsv(named);
    expect(files.places).toContain("Alma-Ata;Verny");
    expect(load(files.places, files.links).places).toEqual(named.places);
  });

  it("reads the header's dotted names as nested fields and ';' as list separators", () => {
    expect(csv.places.split("\r\n")[0]).toContain("name.en,name.fr,aliases,countries");
    expect(load(csv.places, csv.links).places.find((p) => p.id === "korday")?.countries).toEqual([
      "KZ",
      "KG",
    ]);
  });

  it("names the file, the row and the field of a problem", () => {
    const links = withCell(csv.links, "korday--bishkek--road", "to", "bichkek");
    expect(problemsOf(() => load(csv.places, links))).toEqual([
      'links.csv › id "korday--bishkek--road" (row 4) › to: unknown place "bichkek"',
    ]);
  });

  it("leaves a cell that should be a number as text, so the problem shows what was written", () => {
    const places = withCell(csv.places, "aktau", "lat", "43,65");
    expect(problemsOf(() => load(places, csv.links))).toEqual([
      'places.csv › id "aktau" (row 3) › lat: expected a latitude from -90 to 90, found "43,65"',
    ]);
  });

  it("reports a malformed CSV row by file and row", () => {
    const broken = `${csv.links}\r\n"unclosed,quote`;
    const problems = problemsOf(() => load(csv.places, broken));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^links\.csv › row 7: /);
  });

  it.each(["__proto__.mode", "__proto__.polluted", "constructor.prototype.polluted", "id.x"])(
    "refuses the column %s by name, leaving every object as it was",
    (column) => {
      const problems = problemsOf(() => load(csv.places, withColumn(csv.links, column, "rail")));
      expect(problems).toEqual([
        expect.stringMatching(
          `^links\\.csv › header › ${column.replaceAll(".", "\\.")}: unknown column \\(expected id, from, to, mode,`,
        ),
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).mode).toBeUndefined();
    },
  );

  it("refuses a column given twice", () => {
    expect(problemsOf(() => load(csv.places, withColumn(csv.links, "mode", "rail")))).toEqual([
      "links.csv › header › mode: this column is given more than once",
    ]);
  });

  it("reports a row with one cell too many as that row's problem", () => {
    const lines = csv.links.split("\r\n");
    lines[2] = `${lines[2]},extra`;
    expect(problemsOf(() => load(csv.places, lines.join("\r\n")))).toEqual([
      `links.csv › row 3: Too many fields: expected ${LINK_COLUMNS.length} fields but parsed ${LINK_COLUMNS.length + 1}`,
    ]);
  });

  it("says a number too large for a float is not a finite number, and keeps 0x10 as text", () => {
    const links = withCell(csv.links, "aktau--baku--ferry", "km", "1e400");
    const places = withCell(csv.places, "aktau", "lat", "0x10");
    expect(problemsOf(() => load(places, links))).toEqual([
      'places.csv › id "aktau" (row 3) › lat: expected a latitude from -90 to 90, found "0x10"',
      'links.csv › id "aktau--baku--ferry" (row 5) › km: not a finite number (expected a positive length in km, at most 40,075: the Earth\'s circumference)',
    ]);
  });
});
