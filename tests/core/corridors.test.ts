import { describe, expect, it } from "vitest";
import { corridorFamily } from "../../src/core/corridors";
import type { Corridor } from "../../src/core/dataset";

const corridor = (id: string, parent?: string) =>
  ({ id, ...(parent ? { parent } : {}) }) as Corridor;

describe("corridorFamily", () => {
  const corridors = [
    corridor("axis-east", "instc"),
    corridor("instc"),
    corridor("spur", "axis-east"),
    corridor("cpec"),
  ];

  it("gathers branches at any depth, whatever the order of the list", () => {
    expect([...corridorFamily(corridors, "instc")].sort()).toEqual(["axis-east", "instc", "spur"]);
  });

  it("is the corridor alone when it has no branch", () => {
    expect([...corridorFamily(corridors, "cpec")]).toEqual(["cpec"]);
  });
});
