// Corridor comparison for one trip: the best route whose main line is each corridor, side by side.
import type { Corridor } from "../dataset";
import {
  type Criterion,
  findBestRoute,
  type Route,
  type RouteQuery,
  type RoutingIndex,
  WorkBudget,
} from "../routing";
import { resolveQuery } from "../routing/route-query";
import { workLimitFor } from "../routing/work-budget";
import { corridorShare, isMainLine } from "./corridor-share";
import { byCriterion } from "./route-order";

interface CorridorRow {
  corridor: string;
  /** Share (0–1) of the route's km on the corridor, its branches included. */
  share: number;
  route: Route;
  /** "planned" when the route needs a planned or under-construction link. */
  status: "operational" | "planned";
}

export interface CorridorComparison {
  from: string;
  to: string;
  by: Criterion;
  rows: CorridorRow[];
  /** The comparison's work bound was reached: rows it did not reach may be missing. */
  stoppedEarly: boolean;
}

/**
 * One row per corridor that can carry the trip. A corridor's route is the best route by the
 * query's criterion when every leg off the corridor counts three times its cost (so the route keeps
 * to the corridor wherever it runs and leaves it only to reach its ends); the row is kept when the
 * corridor is that route's main line (see isMainLine). The figures shown are the route's real ones.
 * Rows are sorted by the criterion. The query's other options (avoid, month, planned…) apply to all.
 */
export function compareCorridors(
  index: RoutingIndex,
  query: RouteQuery,
  budget = new WorkBudget(index.corridorIds.length * workLimitFor(index.arcHead.length)),
): CorridorComparison {
  const { from, to, by } = resolveQuery(index, query);
  const rows: CorridorRow[] = [];
  const corridors: readonly Corridor[] = index.corridors;
  for (const corridor of index.corridorIds) {
    const { route } = findBestRoute(index, { ...query, preferCorridor: corridor }, budget);
    if (budget.exhausted) break;
    if (!route || !isMainLine(corridors, route, corridor)) continue;
    const share = corridorShare(corridors, route, corridor);
    rows.push({
      corridor,
      share,
      route,
      status: route.usesUnbuiltLinks ? "planned" : "operational",
    });
  }
  const order = byCriterion(by);
  rows.sort((a, b) => order(a.route, b.route) || a.corridor.localeCompare(b.corridor));
  return { from, to, by, rows, stoppedEarly: budget.exhausted };
}
