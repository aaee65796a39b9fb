// Corridor membership: a corridor owns its own links and those of its branches (e.g. the INSTC axes).
import type { Corridor } from "./dataset";

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
