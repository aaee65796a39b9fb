// Finds a place by id, English or French name or other name, ignoring case and accents ("Aktaou" → aktau).
import type { Place } from "./dataset";

export type NamedPlace = Pick<Place, "id" | "name" | "aliases">;

/** Unknown or ambiguous place: the message names it and suggests the closest known places. */
export class PlaceLookupError extends Error {
  constructor(
    readonly query: string,
    /** The places meant, perhaps: the closest names, or the places an ambiguous name fits. */
    readonly suggested: NamedPlace[],
    reason = "unknown place",
  ) {
    const names = suggested.map(describePlace).join(", ");
    const hint = suggested.length > 0 ? `; did you mean ${names}?` : "";
    super(`${reason} "${query}"${hint}`);
    this.name = "PlaceLookupError";
  }
}

/** Lowercase, without accents, punctuation or spacing differences: "Saint-Pétersbourg" → "saint petersbourg". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/** The names a place answers to, as written: English, French, then its other names. */
export function placeNames(place: NamedPlace): string[] {
  return [place.name.en, place.name.fr, ...(place.aliases ?? [])];
}

/** The forms a place answers to: id, names, and names without their parenthesised detail. */
function lookupKeys(place: NamedPlace): Set<string> {
  const names = placeNames(place);
  const bare = names.map((name) => name.replace(/\(.*?\)/g, ""));
  return new Set([place.id, ...names, ...bare].map(normalizeName).filter(Boolean));
}

/** The id of the place that `text` names; throws PlaceLookupError when none or several match. */
export function lookupPlace(places: readonly NamedPlace[], text: string): string {
  const byId = places.find((place) => place.id === text);
  if (byId) return byId.id;
  const wanted = normalizeName(text);
  const matches = places.filter((place) => lookupKeys(place).has(wanted));
  if (matches.length === 1) return (matches[0] as NamedPlace).id;
  if (matches.length > 1) {
    throw new PlaceLookupError(text, matches, "ambiguous place");
  }
  throw new PlaceLookupError(text, closestPlaces(places, text));
}

function describePlace(place: NamedPlace): string {
  return `${place.name.en} (${place.id})`;
}

/** The places whose id or names are fewest edits away from `text` (a substring counts as close). */
function closestPlaces(places: readonly NamedPlace[], text: string, count = 3): NamedPlace[] {
  const wanted = normalizeName(text);
  const scored = places.map((place) => {
    const distances = [...lookupKeys(place)].map((key) =>
      wanted && key.includes(wanted) ? 0.5 : editDistance(wanted, key),
    );
    return { place, distance: Math.min(...distances) };
  });
  const tolerance = Math.max(2, Math.ceil(wanted.length / 2));
  return scored
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ place }) => place);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row++) {
    const current = [row];
    for (let column = 1; column <= b.length; column++) {
      const substitution =
        (previous[column - 1] as number) + (a[row - 1] === b[column - 1] ? 0 : 1);
      current.push(
        Math.min(
          substitution,
          (previous[column] as number) + 1,
          (current[column - 1] as number) + 1,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
