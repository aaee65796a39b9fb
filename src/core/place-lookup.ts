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

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lowercase, without accents, punctuation or spacing differences: "Saint-Pétersbourg" → "saint petersbourg". */
export function normalizeName(text: string): string {
  // Plain ASCII (most names, every id) needs no Unicode normalisation; its only diacritics are ^ and `.
  if (PRINTABLE_ASCII.test(text)) {
    return text
      .replace(/[\^`]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
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
function lookupKeys(place: NamedPlace): string[] {
  const names = placeNames(place);
  const bare = names
    .filter((name) => name.includes("("))
    .map((name) => name.replace(/\(.*?\)/g, ""));
  return [...new Set([place.id, ...names, ...bare].map(normalizeName).filter(Boolean))];
}

/** One list of places, indexed by id and by every form of their names. */
interface NameIndex {
  byId: Map<string, NamedPlace>;
  /** The places each form names, in list order. */
  byKey: Map<string, NamedPlace[]>;
  /** Each place's forms, in list order: what an unknown name is compared with. */
  keys: { place: NamedPlace; keys: string[] }[];
}

/** Built once per list of places (once per network), at its first lookup. */
const nameIndexes = new WeakMap<readonly NamedPlace[], NameIndex>();

function nameIndex(places: readonly NamedPlace[]): NameIndex {
  let index = nameIndexes.get(places);
  if (index) return index;
  index = { byId: new Map(), byKey: new Map(), keys: [] };
  for (const place of places) {
    if (!index.byId.has(place.id)) index.byId.set(place.id, place);
    const keys = lookupKeys(place);
    index.keys.push({ place, keys });
    for (const key of keys) {
      const named = index.byKey.get(key);
      if (named) named.push(place);
      else index.byKey.set(key, [place]);
    }
  }
  nameIndexes.set(places, index);
  return index;
}

/**
 * The id of the place that `text` names; throws PlaceLookupError when none or several match.
 * Keep passing the same list: its index is built at the first call and reused.
 */
export function lookupPlace(places: readonly NamedPlace[], text: string): string {
  const index = nameIndex(places);
  const byId = index.byId.get(text);
  if (byId) return byId.id;
  const matches = index.byKey.get(normalizeName(text)) ?? [];
  if (matches.length === 1) return (matches[0] as NamedPlace).id;
  if (matches.length > 1) {
    throw new PlaceLookupError(text, matches, "ambiguous place");
  }
  throw new PlaceLookupError(text, closestPlaces(index, text));
}

function describePlace(place: NamedPlace): string {
  return `${place.name.en} (${place.id})`;
}

/**
 * The places whose id or names are fewest edits away from `text` (a substring counts as close),
 * ties in list order. Only a place closer than the best `count` so far is worth its edit distance,
 * so each comparison stops as soon as it cannot beat them.
 */
function closestPlaces(index: NameIndex, text: string, count = 3): NamedPlace[] {
  const wanted = normalizeName(text);
  const tolerance = Math.max(2, Math.ceil(wanted.length / 2));
  const best: { place: NamedPlace; distance: number }[] = [];
  for (const { place, keys } of index.keys) {
    // A later place must be strictly closer than the last of a full list to enter it.
    const full = best.length === count;
    const limit = full ? (best[count - 1] as { distance: number }).distance : tolerance;
    let distance = Number.POSITIVE_INFINITY;
    for (const key of keys) {
      const close = wanted && key.includes(wanted) ? 0.5 : boundedEditDistance(wanted, key, limit);
      distance = Math.min(distance, close);
    }
    if (full ? distance >= limit : distance > limit) continue;
    const at = best.findIndex((entry) => entry.distance > distance);
    best.splice(at === -1 ? best.length : at, 0, { place, distance });
    if (best.length > count) best.pop();
  }
  return best.map(({ place }) => place);
}

/** Two rows of the edit-distance table, grown as longer names come: no allocation per comparison. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance of a and b when it is at most `limit`; otherwise some number above it. */
function boundedEditDistance(a: string, b: string, limit: number): number {
  const beyond = Math.floor(limit) + 1;
  if (Math.abs(a.length - b.length) >= beyond) return beyond;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length * 2);
    currentRow = new Int32Array(b.length * 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let column = 0; column <= b.length; column++) previous[column] = column;
  for (let row = 1; row <= a.length; row++) {
    const letter = a.charCodeAt(row - 1);
    current[0] = row;
    let rowBest = row;
    for (let column = 1; column <= b.length; column++) {
      const substitution =
        (previous[column - 1] as number) + (letter === b.charCodeAt(column - 1) ? 0 : 1);
      const deletion = (previous[column] as number) + 1;
      const insertion = (current[column - 1] as number) + 1;
      const cell =
        substitution < deletion ? Math.min(substitution, insertion) : Math.min(deletion, insertion);
      current[column] = cell;
      if (cell < rowBest) rowBest = cell;
    }
    // Every later row's cells are at least this row's smallest.
    if (rowBest >= beyond) return beyond;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
