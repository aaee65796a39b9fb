// Checks of the corridors as a tree: parents without cycles, and links somewhere in each corridor's branches.
import { asArray, type RecordChecker } from "./record-checker";

type CorridorsById = ReadonlyMap<unknown, RecordChecker>;

/** The corridors' parents must form a tree; each corridor needs a link of its own or of a branch at any depth. */
export function checkCorridorTree(corridors: RecordChecker[], links: RecordChecker[]) {
  const byId = new Map<unknown, RecordChecker>();
  for (const corridor of corridors) {
    if (!byId.has(corridor.get("id"))) byId.set(corridor.get("id"), corridor);
  }
  checkNoCycles(corridors, byId);
  // Walking up from each link's corridors, stopping where an earlier walk passed: linear in all.
  const covered = new Set<unknown>();
  for (const link of links) {
    for (const id of asArray(link.get("corridors")) ?? []) {
      for (let at = id; at !== undefined && !covered.has(at); at = parentOf(byId, at)) {
        covered.add(at);
      }
    }
  }
  for (const corridor of corridors) {
    if (!covered.has(corridor.get("id"))) corridor.fail("id", "no link belongs to this corridor");
  }
}

const parentOf = (byId: CorridorsById, id: unknown) => byId.get(id)?.get("parent");

/** Names each cycle of parents once, on the corridor where a walk up the parents entered it. */
function checkNoCycles(corridors: RecordChecker[], byId: CorridorsById) {
  const settled = new Set<unknown>();
  for (const corridor of corridors) {
    const path = new Map<unknown, number>();
    for (
      let at = corridor.get("id");
      at !== undefined && !settled.has(at);
      at = parentOf(byId, at)
    ) {
      const seen = path.get(at);
      if (seen !== undefined) {
        const cycle = [...[...path.keys()].slice(seen), at].map(String).join(" → ");
        byId.get(at)?.fail("parent", `corridor parents form a cycle: ${cycle}`);
        break;
      }
      path.set(at, path.size);
    }
    for (const id of path.keys()) settled.add(id);
  }
}
