// The package's manifest: runtime dependencies are the ones the app imports, and the licence is declared.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** Every module name that src/ imports statically or dynamically. */
function importedBySource(): Set<string> {
  const names = new Set<string>();
  const files = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" });
  for (const file of files.filter((name) => name.endsWith(".ts"))) {
    const text = readFileSync(join(root, "src", file), "utf8");
    for (const [, name] of text.matchAll(/(?:from |import\()"([^".][^"]*)"/g))
      names.add((name as string).split("/")[0] as string);
  }
  return names;
}

describe("package.json", () => {
  it("lists as runtime dependencies only packages the app imports", () => {
    const imported = importedBySource();
    const unused = Object.keys(manifest.dependencies).filter((name) => !imported.has(name));
    expect(unused).toEqual([]);
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
