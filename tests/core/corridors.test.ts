import { describe, expect, it } from "vitest";
import { corridorFamily, corridorOutlines } from "../../src/core/corridors";
import type { Corridor, Link, Place } from "../../src/core/dataset";

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

describe("corridorOutlines", () => {
  const place = (id: string, countries: string[], kind: Place["kind"] = "city") =>
    ({ id, countries, kind }) as Place;
  const link = (
    id: string,
    from: string,
    to: string,
    km: number,
    status: Link["status"],
    corridors: string[],
  ) => ({ id, from, to, km, status, corridors }) as Link;
  const dataset = {
    corridors: [corridor("main"), corridor("branch", "main"), corridor("other")],
    places: [
      place("a", ["KZ"]),
      place("post", ["KZ", "UZ"], "border-crossing"),
      place("b", ["UZ"]),
      place("c", ["TM"]),
    ],
    links: [
      link("a--post", "a", "post", 100, "operational", ["main"]),
      link("post--b", "post", "b", 50, "operational", ["main", "other"]),
      link("b--c", "b", "c", 300, "planned", ["branch"]),
      link("a--c", "a", "c", 999, "under-construction", ["other"]),
    ],
  };

  it("sums its own and its branches' km by status, and lists countries and crossings in link order", () => {
    expect(corridorOutlines(dataset).get("main")).toEqual({
      km: { operational: 150, "under-construction": 0, planned: 300 },
      countries: ["KZ", "UZ", "TM"],
      crossings: ["post"],
    });
  });

  it("outlines every corridor, one with no link at nought", () => {
    const outlines = corridorOutlines({
      ...dataset,
      corridors: [...dataset.corridors, corridor("new")],
    });
    expect([...outlines.keys()]).toEqual(["main", "branch", "other", "new"]);
    expect(outlines.get("other")).toEqual({
      km: { operational: 50, "under-construction": 999, planned: 0 },
      countries: ["KZ", "UZ", "TM"],
      crossings: ["post"],
    });
    expect(outlines.get("new")).toEqual({
      km: { operational: 0, "under-construction": 0, planned: 0 },
      countries: [],
      crossings: [],
    });
  });

  it("leaves out a parent's links from a branch's outline", () => {
    expect(corridorOutlines(dataset).get("branch")?.km).toEqual({
      operational: 0,
      "under-construction": 0,
      planned: 300,
    });
  });
});
