// The name index answers as the linear lookup and search did, on random places and names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  lookupPlace,
  type NamedPlace,
  normalizeName,
  PlaceLookupError,
} from "../../src/core/place-lookup";
import { placeSearch } from "../../src/core/place-suggestions";
import {
  type LookupAnswer,
  linearLookup,
  linearNormalizeName,
  linearSearch,
} from "./linear-place-search";

// Few letters, so that names collide, nest and come within a few edits of each other.
const letter = fc.constantFrom("a", "b", "é", "B", " ", "-", "(", ")", "^", "1", "ï");
const word = fc.string({ unit: letter, minLength: 0, maxLength: 7 });
const placeList = fc
  .array(fc.record({ en: word, fr: word, aliases: fc.option(fc.array(word, { maxLength: 2 })) }), {
    minLength: 1,
    maxLength: 20,
  })
  .map((rows) =>
    rows.map(
      ({ en, fr, aliases }, number): NamedPlace => ({
        id: `p${number}`,
        name: { en, fr },
        ...(aliases && { aliases }),
      }),
    ),
  );
/** Either a random text or one of the places' names, ids or a piece of one. */
const queryFor = (places: NamedPlace[]) =>
  fc.oneof(
    word,
    fc.constantFrom(...places.flatMap((p) => [p.id, p.name.en, p.name.fr, ...(p.aliases ?? [])])),
    fc
      .tuple(fc.constantFrom(...places.map((p) => p.name.en)), fc.nat(), fc.nat())
      .map(([name, start, length]) => name.slice(start % 4, (start % 4) + (length % 6))),
  );

function indexedLookup(places: NamedPlace[], text: string): LookupAnswer {
  try {
    return lookupPlace(places, text);
  } catch (error) {
    if (!(error instanceof PlaceLookupError)) throw error;
    const reason = error.message.startsWith("ambiguous") ? "ambiguous place" : "unknown place";
    return { reason, suggested: error.suggested.map((place) => place.id) };
  }
}

const withQueries = placeList.chain((places) =>
  fc.tuple(fc.constant(places), fc.array(queryFor(places), { minLength: 1, maxLength: 8 })),
);

describe("place-name index", () => {
  it("finds, refuses and suggests the same places as the linear lookup", () => {
    fc.assert(
      fc.property(withQueries, ([places, queries]) => {
        for (const text of queries) {
          expect(indexedLookup(places, text)).toEqual(linearLookup(places, text));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("lists the same suggestions, in the same order, as the linear search", () => {
    fc.assert(
      fc.property(withQueries, fc.integer({ min: 1, max: 5 }), ([places, queries], count) => {
        const search = placeSearch(places);
        for (const text of queries) {
          const listed = search(text, count).map(({ place, matched }) => `${place.id}:${matched}`);
          expect(listed).toEqual(linearSearch(places, text, count));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("normalises plain ASCII names as the Unicode rules do", () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(normalizeName(text)).toBe(linearNormalizeName(text));
      }),
    );
  });

  it("gives a new list of places (a new network) its own index", () => {
    const places: NamedPlace[] = [{ id: "almaty", name: { en: "Almaty", fr: "Almaty" } }];
    expect(lookupPlace(places, "Almaty")).toBe("almaty");
    const next = [...places, { id: "aktau", name: { en: "Aktau", fr: "Aktaou" } }];
    expect(lookupPlace(next, "Aktaou")).toBe("aktau");
  });
});
