// Corridor membership: a corridor owns its own links and those of its branches (e.g. the INSTC axes).
import type { Corridor, Dataset, LinkStatus } from "./dataset";

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
  /** Links owned by it or a branch, in data order. */
  links: string[];
}

/** What a corridor's card states of it, from the network's own records: lengths, countries, crossings. */
export function corridorOutline(
  dataset: Pick<Dataset, "corridors" | "links" | "places">,
  id: string,
): CorridorOutline {
  const family = corridorFamily(dataset.corridors, id);
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const km: Record<LinkStatus, number> = { operational: 0, "under-construction": 0, planned: 0 };
  const countries = new Set<string>();
  const crossings = new Set<string>();
  const links: string[] = [];
  for (const link of dataset.links) {
    if (!link.corridors.some((corridor) => family.has(corridor))) continue;
    links.push(link.id);
    km[link.status] += link.km;
    for (const end of [link.from, link.to]) {
      const place = places.get(end);
      if (!place) continue;
      for (const country of place.countries) countries.add(country);
      if (place.kind === "border-crossing") crossings.add(place.id);
    }
  }
  return { km, countries: [...countries], crossings: [...crossings], links };
}
