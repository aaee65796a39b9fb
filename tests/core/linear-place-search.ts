// The linear place lookup and search as they were before the name index (commit 4a4d00c): the
// reference that the indexed ones must agree with on random names.
import type { NamedPlace } from "../../src/core/place-lookup";

export function linearNormalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

const names = (place: NamedPlace) => [place.name.en, place.name.fr, ...(place.aliases ?? [])];

function lookupKeys(place: NamedPlace): Set<string> {
  const bare = names(place).map((name) => name.replace(/\(.*?\)/g, ""));
  return new Set([place.id, ...names(place), ...bare].map(linearNormalizeName).filter(Boolean));
}

/** The id found, or why not and the places suggested. */
export type LookupAnswer = string | { reason: string; suggested: string[] };

export function linearLookup(places: readonly NamedPlace[], text: string): LookupAnswer {
  const byId = places.find((place) => place.id === text);
  if (byId) return byId.id;
  const wanted = linearNormalizeName(text);
  const matches = places.filter((place) => lookupKeys(place).has(wanted));
  if (matches.length === 1) return (matches[0] as NamedPlace).id;
  if (matches.length > 1) return { reason: "ambiguous place", suggested: matches.map((p) => p.id) };
  const scored = places.map((place) => {
    const distances = [...lookupKeys(place)].map((key) =>
      wanted && key.includes(wanted) ? 0.5 : editDistance(wanted, key),
    );
    return { place, distance: Math.min(...distances) };
  });
  const tolerance = Math.max(2, Math.ceil(wanted.length / 2));
  const closest = scored
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3);
  return { reason: "unknown place", suggested: closest.map(({ place }) => place.id) };
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

/** The place ids and matched names the search listed, best first. */
export function linearSearch(places: readonly NamedPlace[], text: string, count = 8): string[] {
  const wanted = linearNormalizeName(text);
  if (wanted === "") return [];
  const best = new Map<NamedPlace, { rank: number; name: string }>();
  for (const place of places) {
    for (const name of names(place)) {
      const rank = matchRank(linearNormalizeName(name), wanted);
      const known = best.get(place);
      if (rank < Number.POSITIVE_INFINITY && (!known || rank < known.rank))
        best.set(place, { rank, name });
    }
  }
  return [...best]
    .sort(([a, x], [b, y]) => x.rank - y.rank || a.name.en.localeCompare(b.name.en))
    .slice(0, count)
    .map(([place, { name }]) => `${place.id}:${name}`);
}

function matchRank(key: string, wanted: string): number {
  if (key.startsWith(wanted)) return 0;
  if (key.includes(` ${wanted}`)) return 1;
  return key.includes(wanted) ? 2 : Number.POSITIVE_INFINITY;
}
