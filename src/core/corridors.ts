// Corridor membership: a corridor owns its own links and those of its branches (e.g. the INSTC axes).
import type { Corridor, Dataset, LinkStatus, Place } from "./dataset";
import { type Steps, stepsToEnd } from "./steps";

/** The corridor's id and the ids of all its branches, at any depth: one pass over the corridors. */
export function corridorFamily(corridors: readonly Corridor[], id: string): Set<string> {
  const branches = new Map<string, string[]>();
  for (const { id: branch, parent } of corridors) {
    if (!parent) continue;
    const siblings = branches.get(parent);
    if (siblings) siblings.push(branch);
    else branches.set(parent, [branch]);
  }
  const family = new Set([id]);
  for (const member of family) {
    for (const branch of branches.get(member) ?? []) family.add(branch);
  }
  return family;
}

export interface CorridorOutline {
  /** Km of the corridor's links and its branches', by status (a link counts once, whatever its mode). */
  km: Record<LinkStatus, number>;
  /** Countries its links touch, in the order its links first reach them. */
  countries: string[];
  /** Border-crossing places on its links, in the same order. */
  crossings: string[];
}

/** Each corridor's outline by its id. */
export type CorridorOutlines = Map<string, CorridorOutline>;

/**
 * What each corridor's card states of it, from the network's own records: lengths, countries,
 * crossings. One pass over the links for all corridors (a big network has 200k links).
 */
export function corridorOutlines(
  dataset: Pick<Dataset, "corridors" | "links" | "places">,
  places: ReadonlyMap<string, Place> = new Map(dataset.places.map((place) => [place.id, place])),
): CorridorOutlines {
  return stepsToEnd(corridorOutlineSteps(dataset, places));
}

/** Links tallied between two pauses of the outlines computed in steps. */
const LINKS_PER_STEP = 10_000;

/** The same outlines in steps: a pause after every LINKS_PER_STEP links. */
export function* corridorOutlineSteps(
  dataset: Pick<Dataset, "corridors" | "links">,
  places: ReadonlyMap<string, Place>,
): Steps<CorridorOutlines> {
  const tallies = new Map(dataset.corridors.map(({ id }) => [id, emptyTally()]));
  const owners = corridorOwners(dataset.corridors);
  let tallied = 0;
  for (const link of dataset.links) {
    if (++tallied % LINKS_PER_STEP === 0) yield;
    // A link of one corridor (nearly all) counts in its owners; one of several, once in each.
    const counted =
      link.corridors.length === 1
        ? (owners.get(link.corridors[0] as string) ?? [])
        : new Set(link.corridors.flatMap((corridor) => owners.get(corridor) ?? []));
    const ends = [places.get(link.from), places.get(link.to)];
    for (const id of counted) {
      const tally = tallies.get(id) as Tally;
      tally.km[link.status] += link.km;
      for (const place of ends) {
        if (!place) continue;
        for (const country of place.countries) tally.countries.add(country);
        if (place.kind === "border-crossing") tally.crossings.add(place.id);
      }
    }
  }
  return new Map(
    [...tallies].map(([id, { countries, crossings, ...tally }]) => [
      id,
      { ...tally, countries: [...countries], crossings: [...crossings] },
    ]),
  );
}

type Tally = Omit<CorridorOutline, "countries" | "crossings"> & {
  countries: Set<string>;
  crossings: Set<string>;
};

const emptyTally = (): Tally => ({
  km: { operational: 0, "under-construction": 0, planned: 0 },
  countries: new Set(),
  crossings: new Set(),
});

/** For each corridor, the corridors a link of it counts in: itself and its parents, up the tree. */
function corridorOwners(corridors: readonly Corridor[]): Map<string, string[]> {
  const parents = new Map(corridors.map(({ id, parent }) => [id, parent]));
  return new Map(
    corridors.map(({ id }) => {
      const chain: string[] = [];
      for (let at: string | undefined = id; at && !chain.includes(at); at = parents.get(at))
        chain.push(at);
      return [id, chain];
    }),
  );
}
