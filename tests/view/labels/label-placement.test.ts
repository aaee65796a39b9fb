import { describe, expect, it } from "vitest";
import {
  chooseLabels,
  importanceOrder,
  labelBox,
  labelBoxes,
  overlaps,
} from "../../../src/view/labels/label-placement";

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
      { id: "junction", boxes: [box(100, 100)], priority: 3 },
      { id: "city", boxes: [box(110, 104)], priority: 8 },
      { id: "far", boxes: [box(400, 400)], priority: 1 },
    ]);
    expect([...chosen.keys()].sort()).toEqual(["city", "far"]);
  });

  it("moves a label to the next free side of its place", () => {
    const boxes = labelBoxes({ x: 110, y: 104, size: 5 }, 50, 12);
    const chosen = chooseLabels([
      { id: "city", boxes: [box(100, 100)], priority: 8 },
      { id: "neighbour", boxes, priority: 3 },
    ]);
    expect(chosen.get("neighbour")).toEqual(boxes.find((b) => !overlaps(b, box(100, 100))));
    expect(chosen.get("neighbour")?.right).toBeLessThanOrEqual(boxes[0]?.left ?? 0);
  });

  it("keeps labels clear of what covers the map, such as its buttons", () => {
    const buttons = { left: 150, top: 90, right: 190, bottom: 200 };
    const boxes = labelBoxes({ x: 140, y: 100, size: 5 }, 40, 12);
    const chosen = chooseLabels([{ id: "city", boxes, priority: 1 }], [buttons]);
    expect(chosen.get("city")).toEqual(boxes[1]);
  });

  it("never leaves out a required label, even where every side is taken", () => {
    const crowd = [0, 1, 2, 3].map((n) => ({
      id: `city-${n}`,
      boxes: [box(70 + 40 * (n % 2), 80 + 40 * Math.floor(n / 2), 200)],
      priority: 9,
    }));
    const stop = { id: "stop", boxes: labelBoxes({ x: 110, y: 104, size: 5 }, 50, 12) };
    const chosen = chooseLabels([...crowd, { ...stop, priority: 1, required: true }]);
    expect(chosen.has("stop")).toBe(true);
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
