// Country names in the reader's language, from ISO alpha-2 codes (the browser's own Intl tables).
import type { Language } from "../core/dataset";

const namers = new Map<Language, Intl.DisplayNames>();

export function countryName(code: string, language: Language): string {
  let namer = namers.get(language);
  if (!namer) {
    namer = new Intl.DisplayNames([language], { type: "region", fallback: "code" });
    namers.set(language, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code;
  }
}
