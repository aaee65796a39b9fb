// The routing index: the network compiled once into compact typed arrays (CSR adjacency) for fast search.
import type { Corridor, TimeModel } from "../dataset";
import type { CorridorGraph, LinkAttributes, PlaceAttributes } from "../network-graph";
import { compileTransfers, type TransferIndex } from "./transfers";

/**
 * Places and links are numbered 0..n-1 and 0..m-1. Each place's arcs (a link taken in one
 * direction) lie in arcHead/arcLink between firstArc[place] and firstArc[place + 1]: parallel
 * links stay apart, so a search picks the cheapest link of each leg by itself. Searches run on
 * arcs (the leg a route arrived by), so that what a transfer costs can depend on both legs.
 */
export interface RoutingIndex {
  placeIds: string[];
  placeNumbers: Map<string, number>;
  places: PlaceAttributes[];
  linkIds: string[];
  links: LinkAttributes[];
  linkFrom: Int32Array;
  linkTo: Int32Array;
  firstArc: Int32Array;
  arcHead: Int32Array;
  arcLink: Int32Array;
  /** The place an arc leaves from, and the same link taken the other way. */
  arcTail: Int32Array;
  arcReverse: Int32Array;
  /** Country number (in countryCodes) of the side an arc leaves from and arrives on. */
  arcTailSide: Int32Array;
  arcHeadSide: Int32Array;
  transfers: TransferIndex;
  /** The network's corridors, when known: a corridor then includes its branches' links. */
  corridors: Corridor[];
  /** Every country code and corridor id the network knows, sorted, to check queries against. */
  countryCodes: string[];
  corridorIds: string[];
}

export interface NetworkRules {
  /** Which corridors are branches of which. */
  corridors?: Corridor[];
  /** What transfers cost (border, gauge, port, mode change). */
  timeModel: TimeModel;
}

/** Compiles the graph once per network, with the rules that price its transfers. */
export function compileRoutingIndex(
  graph: CorridorGraph,
  { corridors = [], timeModel }: NetworkRules,
): RoutingIndex {
  const placeIds = graph.nodes();
  const placeNumbers = new Map(placeIds.map((id, number) => [id, number]));
  const linkIds = graph.edges();
  const linkFrom = new Int32Array(linkIds.length);
  const linkTo = new Int32Array(linkIds.length);
  const places = placeIds.map((id) => graph.getNodeAttributes(id));
  const links = linkIds.map((id, number) => {
    linkFrom[number] = placeNumbers.get(graph.source(id)) ?? -1;
    linkTo[number] = placeNumbers.get(graph.target(id)) ?? -1;
    return graph.getEdgeAttributes(id);
  });
  const countryCodes = sortedUnique(places.flatMap((place) => place.countries));
  const transfers = compileTransfers(
    placeIds,
    places,
    links,
    linkFrom,
    linkTo,
    countryCodes,
    timeModel,
  );
  const adjacency = compileAdjacency(placeIds.length, linkFrom, linkTo);
  return {
    placeIds,
    placeNumbers,
    places,
    linkIds,
    links,
    linkFrom,
    linkTo,
    ...adjacency,
    ...arcSides(adjacency, linkFrom, transfers),
    transfers,
    corridors,
    countryCodes,
    corridorIds: sortedUnique([
      ...corridors.map((c) => c.id),
      ...links.flatMap((l) => l.corridors),
    ]),
  };
}

function compileAdjacency(placeCount: number, linkFrom: Int32Array, linkTo: Int32Array) {
  const arcCount = new Int32Array(placeCount);
  for (const place of [...linkFrom, ...linkTo]) arcCount[place] = (arcCount[place] ?? 0) + 1;
  const firstArc = new Int32Array(placeCount + 1);
  for (let place = 0; place < placeCount; place++) {
    firstArc[place + 1] = (firstArc[place] as number) + (arcCount[place] as number);
  }
  const next = firstArc.slice(0, placeCount);
  const arcHead = new Int32Array(2 * linkFrom.length);
  const arcLink = new Int32Array(2 * linkFrom.length);
  const arcTail = new Int32Array(2 * linkFrom.length);
  const arcReverse = new Int32Array(2 * linkFrom.length);
  for (let link = 0; link < linkFrom.length; link++) {
    const from = linkFrom[link] as number;
    const to = linkTo[link] as number;
    const out = next[from] as number;
    next[from] = out + 1;
    const back = next[to] as number;
    next[to] = back + 1;
    arcHead[out] = to;
    arcTail[out] = from;
    arcLink[out] = link;
    arcReverse[out] = back;
    arcHead[back] = from;
    arcTail[back] = to;
    arcLink[back] = link;
    arcReverse[back] = out;
  }
  return { firstArc, arcHead, arcLink, arcTail, arcReverse };
}

function arcSides(
  { arcTail, arcLink }: { arcTail: Int32Array; arcLink: Int32Array },
  linkFrom: Int32Array,
  { sideFrom, sideTo }: TransferIndex,
) {
  const arcTailSide = new Int32Array(arcTail.length);
  const arcHeadSide = new Int32Array(arcTail.length);
  for (let arc = 0; arc < arcTail.length; arc++) {
    const link = arcLink[arc] as number;
    const forward = linkFrom[link] === arcTail[arc];
    arcTailSide[arc] = (forward ? sideFrom[link] : sideTo[link]) as number;
    arcHeadSide[arc] = (forward ? sideTo[link] : sideFrom[link]) as number;
  }
  return { arcTailSide, arcHeadSide };
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();
