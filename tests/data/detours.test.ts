// Detours between capitals, ports and crossings: every one must be in tests/data/known-detours.json
// with its reason (data/README.md, "Detours"); a new one means a hole in the network or a new reason.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detourReason, findDetours } from "../../src/cli/detour-audit";
import { readDataDir } from "../../src/cli/read-dataset";

interface Known {
  from: string;
  to: string;
  kind: string;
  reason: string;
}

const known: Known[] = JSON.parse(
  readFileSync(new URL("./known-detours.json", import.meta.url), "utf8"),
);
const key = (d: { from: string; to: string; kind: string }) => `${d.kind} ${d.from} → ${d.to}`;
const detours = findDetours(readDataDir());

describe("detours on the shipped network", () => {
  it("finds no detour that is not listed with its reason", () => {
    const listed = new Set(known.map(key));
    const unexplained = detours.filter((d) => !listed.has(key(d)));
    expect(
      unexplained.map((d) => `${key(d)}: ${d.km} km, great-circle ${d.greatCircleKm} km`),
    ).toEqual([]);
  });

  it("gives each listed detour the reason its rule gives today", () => {
    const byKey = new Map(detours.map((d) => [key(d), detourReason(d)]));
    const changed = known.filter((k) => byKey.has(key(k)) && byKey.get(key(k)) !== k.reason);
    expect(changed.map(key)).toEqual([]);
  });

  it("has no route that leaves the one country its two ends share, except the listed ones", () => {
    expect(detours.filter((d) => d.kind === "abroad").map(key)).toEqual(
      known.filter((k) => k.kind === "abroad").map(key),
    );
  });

  it("finds the holes of issue 11 closed (Chabahar–Zaranj, Kabul–Kandahar, Herat–Mazar, Tashkent–Andijan)", () => {
    const pairs = [
      ["chabahar", "zaranj"],
      ["kabul", "chaman_spinboldak"],
      ["islam_qala", "hairatan"],
      ["tashkent", "dostuk_dustlik"],
    ];
    const hit = detours.filter((d) => pairs.some((p) => p.includes(d.from) && p.includes(d.to)));
    expect(hit.map(key)).toEqual([]);
  });
});
