// Places' names for summaries and labels: the name without its parenthesised detail.
import type { Language, Place } from "../core/dataset";

/** "Karachi (port)" → "Karachi". */
function withoutDetail(name: string): string {
  // Most names have no detail: the test spares a big network's 100k places the pattern.
  if (!name.includes("(")) return name.trim() || name;
  return name.replace(/\s*\([^)]*\)/g, "").trim() || name;
}

/** Display name of a place for summaries and labels. */
export function shortPlaceName(place: Pick<Place, "name">, language: Language = "en"): string {
  return withoutDetail(place.name[language]);
}
