// npm run validate as a user runs it (in-process): on data/, on a broken copy of it, on broken network files.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runValidateCommand } from "../../src/cli/validate-command";
import { MAX_FILE_BYTES } from "../../src/core/network-file/file-limits";
import { PROBLEMS_SHOWN } from "../../src/core/validation/problems";

const folder = mkdtempSync(join(tmpdir(), "corridor-data-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run validate", () => {
  it("passes on the shipped data and says what it checked", () => {
    const { status, stdout } = runValidateCommand([]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^data\/ is valid: \d+ places, \d+ links, \d+ corridors/);
  });

  it("fails on a broken copy, listing each problem with file, record and field", () => {
    const brokenCopy = join(folder, "data");
    cpSync("data", brokenCopy, { recursive: true });
    const linksFile = join(brokenCopy, "links.json");
    const links = JSON.parse(readFileSync(linksFile, "utf8"));
    links[0].to = "nowhere";
    links[1].km = -3;
    writeFileSync(linksFile, JSON.stringify(links));
    const { status, stderr } = runValidateCommand([brokenCopy]);
    expect(status).toBe(1);
    expect(stderr).toContain("2 problems");
    expect(stderr).toContain(`links.json › id "${links[0].id}" (#1) › to: unknown place "nowhere"`);
    expect(stderr).toContain(
      `links.json › id "${links[1].id}" (#2) › km: expected a positive length in km, at most 40,075: the Earth's circumference, found -3`,
    );
  });

  it("refuses 50 MB of invalid records, listing the first problems and counting the rest", () => {
    const file = join(folder, "junk.json");
    const junk = `{"id":"bad","from":"nowhere","km":"far","note":"${"x".repeat(150)}"}`;
    const count = Math.ceil(50e6 / junk.length);
    writeFileSync(file, `{"links":[${Array(count).fill(junk).join(",")}]}`);
    const { status, stderr } = runValidateCommand([file]);
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines.length).toBe(PROBLEMS_SHOWN + 2);
    expect(lines[0]).toMatch(/^corridor\/dataset: [\d,]+ problems$/);
    expect(lines.at(-1)).toMatch(/^… and [\d,]+ more problems$/);
  }, 60_000);

  it("refuses a device and a named pipe without reading them", () => {
    const pipe = join(folder, "pipe.json");
    execFileSync("mkfifo", [pipe]);
    for (const [path, name] of [
      ["/dev/zero", "zero"],
      [pipe, "pipe.json"],
    ]) {
      const { status, stderr } = runValidateCommand([path as string]);
      expect(status).toBe(1);
      expect(stderr).toContain(`${name}: is not a regular file`);
    }
  });

  it("refuses a file over the size limit before reading it", () => {
    const big = join(folder, "big.json");
    writeFileSync(big, "");
    truncateSync(big, MAX_FILE_BYTES + 1);
    const { status, stderr } = runValidateCommand([big]);
    expect(status).toBe(1);
    expect(stderr).toContain(
      "big.json: is 256.0 MiB, over the limit of 256 MiB for a network file",
    );
  });

  it("refuses JSON nested 100,000 levels deep with a clear message", () => {
    const deep = join(folder, "deep.json");
    writeFileSync(deep, `{"places":${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    const { status, stderr } = runValidateCommand([deep]);
    expect(status).toBe(1);
    expect(stderr).toContain("deep.json: nested too deeply (over 64 levels of [ and {)");
  });

  it("shows control codes in a refused file's name and ids as visible escapes", () => {
    const file = join(folder, "\u001b[31mred.json");
    writeFileSync(file, JSON.stringify({ places: [{ id: "\u009b2J" }] }));
    const { stderr } = runValidateCommand([file]);
    for (const code of ["\u001b", "\u009b"]) expect(stderr).not.toContain(code);
    expect(stderr).toContain('\\x1B[31mred.json › places › id "\\x9B2J" (#1)');
  });

  it("quotes at most 80 characters of a huge id", () => {
    const file = join(folder, "long.json");
    writeFileSync(file, JSON.stringify({ places: [{ id: "x".repeat(10_000) }] }));
    const { stderr } = runValidateCommand([file]);
    expect(stderr).toContain(`long.json › places › id "${"x".repeat(79)}… (#1)`);
  });
});
