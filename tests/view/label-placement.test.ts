import { describe, expect, it } from "vitest";
import { chooseLabels, importanceOrder, labelBox, overlaps } from "../../src/view/label-placement";

describe("label placement", () => {
  const box = (x: number, y: number, width = 50) => labelBox({ x, y, size: 5 }, width, 12);

  it("puts a label to the right of its place", () => {
    const b = box(100, 100);
    expect(b.left).toBeGreaterThan(105);
    expect(b.top).toBeLessThan(100);
    expect(b.bottom).toBeGreaterThan(100);
  });

  it("keeps the more important of two overlapping labels, and both when apart", () => {
    const chosen = chooseLabels([
      { id: "junction", box: box(100, 100), priority: 3 },
      { id: "city", box: box(110, 104), priority: 8 },
      { id: "far", box: box(400, 400), priority: 1 },
    ]);
    expect([...chosen].sort()).toEqual(["city", "far"]);
  });

  it("tells overlapping boxes from touching ones", () => {
    expect(overlaps(box(0, 0), box(10, 0))).toBe(true);
    expect(overlaps(box(0, 0), box(0, 100))).toBe(false);
  });
});

describe("importance order", () => {
  it("offers the biggest places first, ties by id", () => {
    const sizes = new Map([
      ["b", { size: 4 }],
      ["a", { size: 4 }],
      ["hub", { size: 8 }],
      ["junction", { size: 2 }],
    ]);
    expect(importanceOrder(sizes)).toEqual(["hub", "a", "b", "junction"]);
  });
});
