// Places' names for summaries and labels: the name without its parenthesised detail.
import type { Language, Place } from "../core/dataset";

/** "Karachi (port)" → "Karachi". */
function withoutDetail(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, "").trim() || name;
}

/** Display name of a place for summaries and labels. */
export function shortPlaceName(place: Pick<Place, "name">, language: Language = "en"): string {
  return withoutDetail(place.name[language]);
}
