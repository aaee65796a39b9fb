import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonOutline, listLength, MAX_JSON_NESTING } from "../../src/core/json-outline";

const nested = (levels: number, inside = "1") =>
  `${"[".repeat(levels)}${inside}${"]".repeat(levels)}`;
const tooDeep = (text: string) => jsonOutline(text).tooDeep;

describe("how deep a JSON text nests", () => {
  it("counts the arrays and objects around a value, up to the limit and one over", () => {
    expect(tooDeep(nested(MAX_JSON_NESTING))).toBe(false);
    expect(tooDeep(nested(MAX_JSON_NESTING + 1))).toBe(true);
    expect(tooDeep(`{"a":${nested(MAX_JSON_NESTING)}}`)).toBe(true);
  });

  it("skips brackets inside strings, escaped quotes included", () => {
    const brackets = "[".repeat(MAX_JSON_NESTING + 1);
    expect(tooDeep(JSON.stringify({ name: brackets }))).toBe(false);
    expect(tooDeep(JSON.stringify({ name: `say "${brackets}"` }))).toBe(false);
    expect(tooDeep(JSON.stringify([`\\${brackets}\\`, brackets]))).toBe(false);
  });

  it("counts brackets after a string that ends in an escaped backslash", () => {
    expect(tooDeep(`["\\\\",${nested(MAX_JSON_NESTING)}]`)).toBe(true);
    expect(tooDeep(`["\\\\",${nested(MAX_JSON_NESTING - 1)}]`)).toBe(false);
  });
});

/** Each run of records the scan cuts, as [list name, slice text], in the order cut; and which ended a list. */
const cutRuns = (text: string, names: string[], perSlice: number) => {
  const runs: [string, string][] = [];
  const lastRuns: number[] = [];
  const outline = jsonOutline(text, names, {
    perSlice,
    cut: (name, run, last) => {
      if (last) lastRuns.push(runs.length);
      runs.push([name, run]);
    },
  });
  return { outline, runs, lastRuns };
};

/** The records of each named list, read back from the slices the outline cuts. */
const readBack = (text: string, names: string[], perSlice: number) => {
  const { outline, runs, lastRuns } = cutRuns(text, names, perSlice);
  if (!outline.lists) return null;
  // Each list's last run, and only it, says so.
  const lastOfEach = [...outline.lists.keys()].flatMap((name) => {
    const at = runs.map(([of]) => of).lastIndexOf(name);
    return at === -1 ? [] : [at];
  });
  expect(lastRuns).toEqual(lastOfEach.sort((a, b) => a - b));
  return Object.fromEntries(
    [...outline.lists].map(([name, offsets]) => {
      const slices = runs.filter(([of]) => of === name).map(([, run]) => JSON.parse(run));
      // Full runs, but the last.
      expect(slices.slice(0, -1).every((slice) => slice.length === perSlice)).toBe(true);
      expect(slices.every((slice) => slice.length >= 1 && slice.length <= perSlice)).toBe(true);
      expect(listLength(text, offsets)).toBe(slices.flat().length);
      return [name, slices.flat()];
    }),
  );
};

// Records whose texts hold what could mislead a scan: brackets, braces, commas and quotes in strings,
// escapes, nested lists and objects, unicode.
const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom("[", "]", "{", "}", ",", '"', "\\", ":", "a", " ", "é") }),
  fc.string(),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    tricky,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(tricky, tie("value"), { maxKeys: 3 }),
  ),
})).value;
const records = fc.array(fc.oneof(fc.dictionary(tricky, value, { maxKeys: 4 }), value), {
  maxLength: 12,
});

describe("the records of a JSON object's lists, found before it is parsed", () => {
  it("cut into slices, read back as the parse reads them, in any layout and slice size (or left to the parse for a key with escapes)", () => {
    fc.assert(
      fc.property(
        records,
        records,
        fc.dictionary(tricky, value, { maxKeys: 3 }),
        fc.constantFrom(0, 2, "\t", " ".repeat(10)),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (places, links, others, indent, perSlice, listsFirst) => {
          const network = listsFirst ? { places, links, ...others } : { ...others, places, links };
          const text = JSON.stringify(network, null, indent);
          const read = readBack(text, ["places", "links"], perSlice);
          if (read === null)
            expect(Object.keys(network).some((key) => JSON.stringify(key).includes("\\"))).toBe(
              true,
            );
          else {
            // The parse is the oracle: the text, not the values written, is what both read (-0 is written 0).
            const parsed = JSON.parse(text);
            expect(read).toEqual({ places: parsed.places, links: parsed.links });
          }
        },
      ),
    );
  });

  it("finds only the lists asked for, at the top level, and none of a list with no records", () => {
    const text = JSON.stringify({
      corridors: [{ places: [1, 2] }],
      places: [],
      links: [{ id: "a" }, { id: "b" }],
    });
    expect(readBack(text, ["places", "links"], 10)).toEqual({
      places: [],
      links: [{ id: "a" }, { id: "b" }],
    });
    expect(cutRuns(text, ["places"], 10).runs).toEqual([]);
    const spaced = '{ "name" : "x",\n  "places"\n\n   :  [ {"id": "a"} ,{"id":"b"}\n ] }';
    expect(readBack(spaced, ["places"], 1)).toEqual({ places: [{ id: "a" }, { id: "b" }] });
  });

  it("leaves to the parse a text it could misread: not an object, a key with escapes or given twice, a list not closed", () => {
    const unclear = [
      '["places", [1, 2]]',
      '{"pl\\u0061ces": [1, 2]}',
      '{"places": [1], "places": [2]}',
      '{"places": [1, 2',
    ];
    for (const text of unclear) expect(jsonOutline(text, ["places"]).lists).toBeNull();
  });

  it("cuts each run as soon as the scan has passed it, and none holding a value nested too deep", () => {
    const deep = nested(MAX_JSON_NESTING);
    const places = [{ id: 0 }, { id: 1 }, { id: 2 }, { id: 3, deep: JSON.parse(deep) }, { id: 4 }];
    const { outline, runs } = cutRuns(JSON.stringify({ places }), ["places"], 2);
    expect(outline.tooDeep).toBe(true);
    expect(runs).toEqual([["places", '[{"id":0},{"id":1}]']]);
    const cutShort = JSON.stringify({ places: places.slice(0, 3) }).slice(0, -3);
    expect(cutRuns(cutShort, ["places"], 2).runs).toEqual([["places", '[{"id":0},{"id":1}]']]);
  });
});
