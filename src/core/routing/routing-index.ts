// The routing index: the network compiled once into compact typed arrays (CSR adjacency) for fast search.
import type { Corridor } from "../dataset";
import type { CorridorGraph, LinkAttributes, PlaceAttributes } from "../network-graph";

/**
 * Places and links are numbered 0..n-1 and 0..m-1. Each place's arcs (one per link end) lie in
 * arcHead/arcLink between firstArc[place] and firstArc[place + 1]: parallel links stay apart,
 * so a search picks the cheapest link of each leg by itself.
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
  /** The network's corridors, when known: a corridor then includes its branches' links. */
  corridors: Corridor[];
  /** Every country code and corridor id the network knows, sorted, to check queries against. */
  countryCodes: string[];
  corridorIds: string[];
}

/** Compiles the graph once per network; `corridors` tells which corridors are branches of which. */
export function compileRoutingIndex(
  graph: CorridorGraph,
  corridors: Corridor[] = [],
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
  return {
    placeIds,
    placeNumbers,
    places,
    linkIds,
    links,
    linkFrom,
    linkTo,
    ...compileAdjacency(placeIds.length, linkFrom, linkTo),
    corridors,
    countryCodes: sortedUnique(places.flatMap((place) => place.countries)),
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
  for (let link = 0; link < linkFrom.length; link++) {
    const from = linkFrom[link] as number;
    const to = linkTo[link] as number;
    const out = next[from] as number;
    next[from] = out + 1;
    arcHead[out] = to;
    arcLink[out] = link;
    const back = next[to] as number;
    next[to] = back + 1;
    arcHead[back] = from;
    arcLink[back] = link;
  }
  return { firstArc, arcHead, arcLink };
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();
