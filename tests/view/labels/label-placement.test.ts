import { describe, expect, it } from "vitest";
import {
  type Box,
  chooseLabels,
  discBox,
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

  it("uses a corner of its place when labels left and right and dots above and below take its sides", () => {
    const anchor = { x: 200, y: 200, size: 5 };
    const boxes = labelBoxes(anchor, 50, 12);
    const dot = (y: number) => discBox({ x: 200, y, size: 5 });
    const sides = [...boxes.slice(0, 2), dot(180), dot(220)];
    const chosen = chooseLabels([{ id: "stop", boxes, priority: 1 }], sides);
    const box = chosen.get("stop");
    expect(box).toBeDefined();
    if (!box) return;
    expect(sides.some((side) => overlaps(side, box))).toBe(false);
    expect(overlaps(box, discBox(anchor))).toBe(false);
  });

  it("keeps a route stop's dot clear of other places' labels", () => {
    const stop = { x: 160, y: 104, size: 6 };
    const city = labelBoxes({ x: 110, y: 104, size: 5 }, 60, 12);
    expect(overlaps(city[0] as Box, discBox(stop))).toBe(true);
    const chosen = chooseLabels([
      { id: "city", boxes: city, priority: 9 },
      {
        id: "stop",
        boxes: labelBoxes(stop, 40, 12),
        priority: 1,
        required: true,
        disc: discBox(stop),
      },
    ]);
    const cityBox = chosen.get("city");
    expect(cityBox && overlaps(cityBox, discBox(stop))).toBe(false);
  });

  it("puts a required label where it covers least when no box is free", () => {
    const anchor = { x: 200, y: 200, size: 5 };
    const boxes = labelBoxes(anchor, 50, 12);
    // Every box is covered by a label of its own size but the last, which a narrow one covers in part.
    const last = boxes.at(-1) as Box;
    const covers = [...boxes.slice(0, -1), { ...last, right: last.left + 10 }];
    const chosen = chooseLabels([{ id: "stop", boxes, priority: 1, required: true }], covers);
    expect(chosen.get("stop")).toEqual(last);
  });

  it("lets a required label cover another stop's dot rather than any of a label", () => {
    const stop = { x: 200, y: 200, size: 5 };
    const boxes = labelBoxes(stop, 50, 12);
    // Labels cover a strip of every box but the first; the first lies under a neighbour stop's big dot.
    const strips = boxes.slice(1).map((box, index) => ({
      id: `label-${index}`,
      boxes: [{ ...box, right: box.left + 10 }],
      priority: 9,
    }));
    const first = boxes[0] as Box;
    const neighbour = discBox({ x: (first.left + first.right) / 2, y: 200, size: 40 });
    const chosen = chooseLabels([
      ...strips,
      { id: "neighbour", boxes: [], priority: 0, required: true, disc: neighbour },
      { id: "stop", boxes, priority: 1, required: true },
    ]);
    expect(chosen.get("stop")).toEqual(first);
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
