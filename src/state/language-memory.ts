// Remembers the reader's language between visits (in the given storage), falling back to the browser's.
import { LANGUAGES, type Language } from "../core/dataset";

const KEY = "corridor-explorer.language";

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export function rememberedLanguage(
  storage: KeyValueStorage | null,
  browserLanguages: readonly string[],
): Language {
  const saved = safely(() => storage?.getItem(KEY));
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  const preferred = browserLanguages.find((tag) => /^(en|fr)\b/i.test(tag));
  return preferred?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function rememberLanguage(storage: KeyValueStorage | null, language: Language): void {
  safely(() => storage?.setItem(KEY, language));
}

/** Private windows and blocked storage throw; the language is then simply not remembered. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
