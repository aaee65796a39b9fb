// The places a partly typed name may mean, best first: names that start with it, then words, then anywhere.
import { type NamedPlace, normalizeName, placeNames } from "./place-lookup";

export interface PlaceSuggestion<P extends NamedPlace = NamedPlace> {
  place: P;
  /** The name or other name that matched, as written in the data ("Nur-Sultan"). */
  matched: string;
}

/** A place search over one list of places: each name normalised once (at the first search), not per keystroke. */
export type PlaceSearch<P extends NamedPlace> = (
  text: string,
  count?: number,
) => PlaceSuggestion<P>[];

/** Every name of every place, normalised, grouped by place in list order. */
interface SearchIndex {
  names: { place: number; name: string; key: string }[];
  /** Each place's position in the list sorted by English name (ties in list order). */
  alphabetical: Int32Array;
}

interface Candidate {
  place: number;
  rank: number;
  name: string;
}

/** Built once per list of places (once per network), at its first search. */
const searchIndexes = new WeakMap<readonly NamedPlace[], SearchIndex>();

function searchIndex(places: readonly NamedPlace[]): SearchIndex {
  let index = searchIndexes.get(places);
  if (index) return index;
  const names = places.flatMap((place, number) =>
    placeNames(place).map((name) => ({ place: number, name, key: normalizeName(name) })),
  );
  const collator = new Intl.Collator();
  const sorted = places.map((_, number) => number);
  sorted.sort((a, b) => collator.compare(englishName(places, a), englishName(places, b)));
  const alphabetical = new Int32Array(places.length);
  sorted.forEach((place, position) => {
    alphabetical[place] = position;
  });
  index = { names, alphabetical };
  searchIndexes.set(places, index);
  return index;
}

const englishName = (places: readonly NamedPlace[], number: number) =>
  (places[number] as NamedPlace).name.en;

export function placeSearch<P extends NamedPlace>(places: readonly P[]): PlaceSearch<P> {
  return (text, count = 8) => {
    const wanted = normalizeName(text);
    if (wanted === "") return [];
    const { names, alphabetical } = searchIndex(places);
    const before = (a: Candidate, b: Candidate) =>
      a.rank - b.rank || (alphabetical[a.place] as number) - (alphabetical[b.place] as number);
    // The best `count` so far, best first: one pass, no sorting of every match.
    const best: Candidate[] = [];
    const offer = (candidate: Candidate | undefined) => {
      if (!candidate || candidate.rank === Number.POSITIVE_INFINITY) return;
      if (best.length === count && !before(candidate, best[count - 1] as Candidate)) return;
      const at = best.findIndex((entry) => before(candidate, entry) < 0);
      best.splice(at === -1 ? best.length : at, 0, candidate);
      if (best.length > count) best.pop();
    };
    let current: Candidate | undefined;
    for (const { place, name, key } of names) {
      if (current?.place !== place) {
        offer(current);
        current = { place, rank: Number.POSITIVE_INFINITY, name };
      }
      const rank = matchRank(key, wanted);
      if (rank < current.rank) current = { place, rank, name };
    }
    offer(current);
    return best.map(({ place, name }) => ({ place: places[place] as P, matched: name }));
  };
}

/** 0: the name starts with the text; 1: one of its words does; 2: it holds the text; else no match. */
function matchRank(key: string, wanted: string): number {
  if (key.startsWith(wanted)) return 0;
  if (key.includes(` ${wanted}`)) return 1;
  return key.includes(wanted) ? 2 : Number.POSITIVE_INFINITY;
}
