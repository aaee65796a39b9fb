// The network as the JSON text the route and analysis workers read it from, made once per network:
// at 100k places writing it holds the page's main thread most of a second, and several workers read it.
// Places and links go as lists of JSON slices, so that an import's, written by its worker, go as they came.
import type { Dataset } from "./dataset";

/** What the workers need to build the graph and compile the routing index. */
export type RoutingNetwork = Pick<Dataset, "places" | "links" | "corridors" | "timeModel">;

/** The places and the links, each as JSON lists one after the other; corridors and time model as one object. */
export interface RoutingNetworkJson {
  places: readonly string[];
  links: readonly string[];
  rest: string;
}

const texts = new WeakMap<RoutingNetwork, RoutingNetworkJson>();

export function routingNetworkJson(network: RoutingNetwork): RoutingNetworkJson {
  let json = texts.get(network);
  if (json === undefined) {
    const { places, links } = network;
    json = routingJsonOf([JSON.stringify(places)], [JSON.stringify(links)], network);
    texts.set(network, json);
  }
  return json;
}

/** The JSON of a network whose places and links are already written, in slices (an import's). */
export function routingJsonOf(
  places: readonly string[],
  links: readonly string[],
  { corridors, timeModel }: Pick<RoutingNetwork, "corridors" | "timeModel">,
): RoutingNetworkJson {
  return { places, links, rest: JSON.stringify({ corridors, timeModel }) };
}

/** Keeps the JSON written elsewhere (the import worker's slices) for `network`. */
export function rememberRoutingNetworkJson(
  network: RoutingNetwork,
  json: RoutingNetworkJson,
): void {
  texts.set(network, json);
}

/** The network read back in a worker. */
export function readRoutingNetwork(json: RoutingNetworkJson): RoutingNetwork {
  const { corridors, timeModel } = JSON.parse(json.rest);
  const read = (slices: readonly string[]) => slices.flatMap((slice) => JSON.parse(slice));
  return { places: read(json.places), links: read(json.links), corridors, timeModel };
}
