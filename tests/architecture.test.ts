// The house's rules, checked on the sources: imports point one way (view → text → state → core; cli → text → core) and never in a circle.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const src = join(root, "src");

/** Every TypeScript file under a folder, as paths relative to the project. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g;

/** The project files a file imports (relative specifiers only), resolved to their paths. */
function importsOf(file: string, files: Set<string>): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const base = relative(root, resolve(root, dirname(file), match[1] ?? match[2] ?? ""));
    const target = [`${base}.ts`, `${base}/index.ts`, base].find((path) => files.has(path));
    if (target) found.push(target);
  }
  return found;
}

const files = sourceFiles(src);
const known = new Set(files);
const graph = new Map(files.map((file) => [file, importsOf(file, known)]));

/** Which layer a file belongs to: its first folder under src. */
function layerOf(file: string): string {
  return file.split("/")[1] ?? "";
}

/** What each layer may import, besides itself: text phrases core's data and state's, for view and cli. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  build: [],
  state: ["core"],
  text: ["core", "state"],
  db: ["core"],
  cli: ["core", "db", "text"],
  view: ["state", "core", "text"],
};

/** Import cycles, each as the files of one strongly connected group (Tarjan's algorithm). */
function importCycles(): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, order.size);
    low.set(file, order.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) visit(next);
      if (onStack.has(next)) low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
    }
    if (low.get(file) !== order.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const file of files) if (!order.has(file)) visit(file);
  return groups;
}

describe("the layers of src/", () => {
  it("finds the sources and their imports", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get("src/main.ts")?.length).toBeGreaterThan(3);
  });

  it("imports only from the layers below", () => {
    const wrong = files.flatMap((file) => {
      const allowed = ALLOWED[layerOf(file)];
      if (!allowed) return [];
      return (graph.get(file) ?? [])
        .filter((target) => layerOf(target) !== layerOf(file) && !allowed.includes(layerOf(target)))
        .map((target) => `${file} imports ${target}`);
    });
    expect(wrong).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(importCycles()).toEqual([]);
  });
});
