import { describe, expect, it } from "vitest";
import { type Steps, stepsToEnd, untilStopped } from "../../src/core/steps";

/** Counts to `last`, a step per number, noting each number it reaches. */
function* counting(last: number, reached: number[]): Steps<string> {
  for (let n = 1; n <= last; n++) {
    reached.push(n);
    yield;
  }
  return "done";
}

describe("work in steps", () => {
  it("runs to its end and gives its value when nothing stops it", () => {
    const reached: number[] = [];
    expect(stepsToEnd(untilStopped(counting(4, reached), () => false))).toBe("done");
    expect(reached).toEqual([1, 2, 3, 4]);
  });

  it("does no step once stopped, and gives null", () => {
    const reached: number[] = [];
    const steps = untilStopped(counting(10, reached), () => reached.length >= 3);
    expect(stepsToEnd(steps)).toBeNull();
    expect(reached).toEqual([1, 2, 3]);
  });
});
