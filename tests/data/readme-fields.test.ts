// data/README.md describes the fields the validator reads: its field tables are the declarations' own.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unmarkedTables, withFieldTables } from "../../src/cli/readme-fields";

const readme = readFileSync(new URL("../../data/README.md", import.meta.url), "utf8");

describe("data/README.md's field tables", () => {
  it("has one for each table of a network", () => {
    expect(unmarkedTables(readme)).toEqual([]);
  });

  it("match the tables' declarations (npm run data:readme writes them)", () => {
    expect(readme, "run npm run data:readme").toBe(withFieldTables(readme));
  });

  it("list each field of places, among them the CSV's nested ones by their parent", () => {
    const places = readme.slice(
      readme.indexOf("### places.json"),
      readme.indexOf("### links.json"),
    );
    for (const field of ["id", "name", "countries", "position", "closed"])
      expect(places).toContain(`| \`${field}\` |`);
  });
});
