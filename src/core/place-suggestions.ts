// The places a partly typed name may mean, best first: names that start with it, then words, then anywhere.
import { type NamedPlace, normalizeName, placeNames } from "./place-lookup";

export interface PlaceSuggestion<P extends NamedPlace = NamedPlace> {
  place: P;
  /** The name or other name that matched, as written in the data ("Nur-Sultan"). */
  matched: string;
}

interface SearchName<P> {
  place: P;
  name: string;
  key: string;
}

/** A place search over one list of places: each name normalised once (at the first search), not per keystroke. */
export type PlaceSearch<P extends NamedPlace> = (
  text: string,
  count?: number,
) => PlaceSuggestion<P>[];

export function placeSearch<P extends NamedPlace>(places: readonly P[]): PlaceSearch<P> {
  let names: SearchName<P>[] | undefined;
  return (text, count = 8) => {
    const wanted = normalizeName(text);
    if (wanted === "") return [];
    names ??= places.flatMap((place) =>
      placeNames(place).map((name) => ({ place, name, key: normalizeName(name) })),
    );
    const best = new Map<P, { rank: number; name: string }>();
    for (const { place, name, key } of names) {
      const rank = matchRank(key, wanted);
      const known = best.get(place);
      if (rank < Number.POSITIVE_INFINITY && (!known || rank < known.rank))
        best.set(place, { rank, name });
    }
    return [...best]
      .sort(([a, x], [b, y]) => x.rank - y.rank || a.name.en.localeCompare(b.name.en))
      .slice(0, count)
      .map(([place, { name }]) => ({ place, matched: name }));
  };
}

/** 0: the name starts with the text; 1: one of its words does; 2: it holds the text; else no match. */
function matchRank(key: string, wanted: string): number {
  if (key.startsWith(wanted)) return 0;
  if (key.includes(` ${wanted}`)) return 1;
  return key.includes(wanted) ? 2 : Number.POSITIVE_INFINITY;
}
