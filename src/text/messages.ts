// The interface texts for a language, and numbers written the reader's way.
import type { Language } from "../core/dataset";
import { EN, type Messages } from "./messages-en";
import { FR } from "./messages-fr";

const MESSAGES: Record<Language, Messages> = { en: EN, fr: FR };

export function messages(language: Language): Messages {
  return MESSAGES[language];
}

const formats = new Map<string, Intl.NumberFormat>();

/** 4820 → "4,820" in English, "4 820" in French; `digits` decimals at most. */
export function formatNumber(value: number, language: Language, digits = 0): string {
  const key = `${language}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

/** "Label: value" in English, "Label : value" in French, which spaces its colon. */
export function labelled(label: string, value: string, language: Language): string {
  return `${label}${language === "fr" ? " :" : ":"} ${value}`;
}
