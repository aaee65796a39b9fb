// Corridor membership: a corridor owns its own links and those of its branches (e.g. the INSTC axes).
import type { Corridor } from "./dataset";

/** The corridor's id and the ids of all its branches, at any depth. */
export function corridorFamily(corridors: readonly Corridor[], id: string): Set<string> {
  const family = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const corridor of corridors) {
      if (corridor.parent && family.has(corridor.parent) && !family.has(corridor.id)) {
        family.add(corridor.id);
        grew = true;
      }
    }
  }
  return family;
}
