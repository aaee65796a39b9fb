// The package's manifest: runtime dependencies are the ones the app imports, and the licence is declared.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** A module name's package: "@scope/name" or "name". */
const packageOf = (name: string) =>
  name
    .split("/")
    .slice(0, name.startsWith("@") ? 2 : 1)
    .join("/");

/** Every package that a folder's TypeScript imports statically or dynamically (types included). */
function importedBy(folder: string): Set<string> {
  const names = new Set<string>();
  const files = readdirSync(join(root, folder), { recursive: true, encoding: "utf8" });
  for (const file of files.filter((name) => name.endsWith(".ts"))) {
    const text = readFileSync(join(root, folder, file), "utf8");
    // node: is Node's own; virtual: modules are made by the build (src/build), not installed.
    for (const [, name] of text.matchAll(/(?:from |import\()"([^".][^"]*)"/g))
      if (!/^(node|virtual):/.test(name as string)) names.add(packageOf(name as string));
  }
  return names;
}

describe("package.json", () => {
  it("lists as runtime dependencies only packages the app imports", () => {
    const imported = importedBy("src");
    const unused = Object.keys(manifest.dependencies).filter((name) => !imported.has(name));
    expect(unused).toEqual([]);
  });

  it("lists every package that the app, tests and bench import, or its @types package", () => {
    const listed = new Set([
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies),
    ]);
    const imported = new Set(
      ["src", "tests", "bench"].flatMap((folder) => [...importedBy(folder)]),
    );
    const unlisted = [...imported].filter(
      (name) => !listed.has(name) && !listed.has(`@types/${name}`),
    );
    expect(unlisted).toEqual([]);
  });

  it("keeps graphology-shortest-path as the tests' and the bench's declared reference", () => {
    expect(manifest.devDependencies["graphology-shortest-path"]).toBeDefined();
  });

  it("declares the MIT licence, with the licence text beside it", () => {
    expect(manifest.license).toBe("MIT");
    const text = readFileSync(join(root, "LICENSE"), "utf8");
    expect(text).toMatch(/^MIT License/);
    expect(text).toContain("Copyright (c) 2026 Corridor Explorer contributors");
  });
});
