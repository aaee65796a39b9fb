// npm run validate as a user runs it: on data/, and on a broken copy of it.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const validate = (...args: string[]) =>
  spawnSync("npx", ["tsx", "src/cli/validate.ts", ...args], { encoding: "utf8" });

const brokenCopy = mkdtempSync(join(tmpdir(), "corridor-data-"));
afterAll(() => rmSync(brokenCopy, { recursive: true, force: true }));

describe("npm run validate", () => {
  it("passes on the shipped data and says what it checked", () => {
    const output = execFileSync("npx", ["tsx", "src/cli/validate.ts"], { encoding: "utf8" });
    expect(output).toMatch(/^data\/ is valid: \d+ places, \d+ links, \d+ corridors/);
  });

  it("fails on a broken copy, listing each problem with file, record and field", () => {
    cpSync("data", brokenCopy, { recursive: true });
    const linksFile = join(brokenCopy, "links.json");
    const links = JSON.parse(readFileSync(linksFile, "utf8"));
    links[0].to = "nowhere";
    links[1].km = -3;
    writeFileSync(linksFile, JSON.stringify(links));
    const result = validate(brokenCopy);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("2 problems");
    expect(result.stderr).toContain(
      `links.json › id "${links[0].id}" (#1) › to: unknown place "nowhere"`,
    );
    expect(result.stderr).toContain(
      `links.json › id "${links[1].id}" (#2) › km: expected a positive length in km, found -3`,
    );
  });
});
