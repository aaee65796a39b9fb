import { describe, expect, it } from "vitest";
import { MAX_JSON_NESTING, nestsTooDeeply } from "../../src/core/json-nesting";

const nested = (levels: number, inside = "1") =>
  `${"[".repeat(levels)}${inside}${"]".repeat(levels)}`;

describe("nestsTooDeeply", () => {
  it("counts the arrays and objects around a value, up to the limit and one over", () => {
    expect(nestsTooDeeply(nested(MAX_JSON_NESTING))).toBe(false);
    expect(nestsTooDeeply(nested(MAX_JSON_NESTING + 1))).toBe(true);
    expect(nestsTooDeeply(`{"a":${nested(MAX_JSON_NESTING)}}`)).toBe(true);
  });

  it("skips brackets inside strings, escaped quotes included", () => {
    const brackets = "[".repeat(MAX_JSON_NESTING + 1);
    expect(nestsTooDeeply(JSON.stringify({ name: brackets }))).toBe(false);
    expect(nestsTooDeeply(JSON.stringify({ name: `say "${brackets}"` }))).toBe(false);
    expect(nestsTooDeeply(JSON.stringify([`\\${brackets}\\`, brackets]))).toBe(false);
  });

  it("counts brackets after a string that ends in an escaped backslash", () => {
    expect(nestsTooDeeply(`["\\\\",${nested(MAX_JSON_NESTING)}]`)).toBe(true);
    expect(nestsTooDeeply(`["\\\\",${nested(MAX_JSON_NESTING - 1)}]`)).toBe(false);
  });
});
