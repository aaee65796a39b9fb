import { describe, expect, it } from "vitest";
import { lookupPlace, normalizeName, PlaceLookupError } from "../../src/core/place-lookup";

const places = [
  { id: "almaty", name: { en: "Almaty", fr: "Almaty" }, aliases: ["Alma-Ata"] },
  { id: "astana", name: { en: "Astana", fr: "Astana" }, aliases: ["Nur-Sultan", "Akmola"] },
  { id: "aktau", name: { en: "Aktau", fr: "Aktaou" } },
  { id: "st_petersburg", name: { en: "Saint Petersburg", fr: "Saint-Pétersbourg" } },
  { id: "karachi", name: { en: "Karachi (port)", fr: "Karachi (port)" } },
  { id: "astara_ir", name: { en: "Astara (Iran)", fr: "Astara (Iran)" } },
  { id: "astara_az", name: { en: "Astara (Azerbaijan)", fr: "Astara (Azerbaïdjan)" } },
];

describe("place lookup", () => {
  it("finds a place by id, English or French name, whatever the case and accents", () => {
    for (const text of ["almaty", "Almaty", "ALMATY"])
      expect(lookupPlace(places, text)).toBe("almaty");
    expect(lookupPlace(places, "Aktaou")).toBe("aktau");
    expect(lookupPlace(places, "saint petersbourg")).toBe("st_petersburg");
    expect(lookupPlace(places, "Saint-Pétersbourg")).toBe("st_petersburg");
    expect(lookupPlace(places, "Karachi")).toBe("karachi");
  });

  it("finds a place by one of its other names, and suggests it from a misspelt one", () => {
    expect(lookupPlace(places, "Nur-Sultan")).toBe("astana");
    expect(lookupPlace(places, "nur sultan")).toBe("astana");
    expect(lookupPlace(places, "Alma Ata")).toBe("almaty");
    expect(() => lookupPlace(places, "Nursultan")).toThrow(/did you mean Astana \(astana\)/);
  });

  it("ignores accents and punctuation when comparing names", () => {
    expect(normalizeName("  Saint-Pétersbourg ")).toBe("saint petersbourg");
  });

  it("names an unknown place and suggests the closest names", () => {
    expect(() => lookupPlace(places, "Almatty")).toThrow(
      /unknown place "Almatty"; did you mean Almaty \(almaty\)/,
    );
  });

  it("refuses a name two places share, listing both", () => {
    let error: unknown;
    try {
      lookupPlace(places, "Astara");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlaceLookupError);
    expect((error as Error).message).toMatch(/ambiguous place "Astara".*astara_ir.*astara_az/);
  });
});
