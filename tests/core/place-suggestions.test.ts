import { describe, expect, it } from "vitest";
import { placeSearch } from "../../src/core/place-suggestions";

const places = [
  { id: "almaty", name: { en: "Almaty", fr: "Almaty" }, aliases: ["Alma-Ata"] },
  { id: "astana", name: { en: "Astana", fr: "Astana" }, aliases: ["Nur-Sultan"] },
  { id: "altynkol", name: { en: "Altynkol – Khorgos", fr: "Altynkol – Khorgos" } },
  { id: "khorgos_cn", name: { en: "Khorgos", fr: "Khorgas" } },
  { id: "aktau", name: { en: "Aktau", fr: "Aktaou" } },
];
const search = placeSearch(places);
const ids = (text: string) => search(text).map((suggestion) => suggestion.place.id);

describe("place suggestions", () => {
  it("lists names that start with the text first, then names with a word that does", () => {
    expect(ids("al")).toEqual(["almaty", "altynkol"]);
    expect(ids("khor")).toEqual(["khorgos_cn", "altynkol"]);
  });

  it("finds a place by another name and says which name matched", () => {
    expect(search("nur-s")).toEqual([{ place: places[1], matched: "Nur-Sultan" }]);
    expect(search("Aktaou")[0]?.matched).toBe("Aktaou");
  });

  it("lists each place once, ignores case and accents, and nothing for an empty text", () => {
    expect(ids("ALMA")).toEqual(["almaty"]);
    expect(ids("  ")).toEqual([]);
    expect(search("a", 2)).toHaveLength(2);
  });
});
