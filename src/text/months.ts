// Month names, from the platform's own tables: "January" in English, "janvier" in French.

/** The name of month 1–12 in a language (a BCP 47 tag), long ("January") or short ("Jan"). */
export function monthName(month: number, language: string, width: "long" | "short" = "long") {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString(language, {
    month: width,
    timeZone: "UTC",
  });
}
