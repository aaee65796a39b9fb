// The network as the JSON text the route and analysis workers read it from, made once per network:
// at 100k places writing it holds the page's main thread most of a second, and several workers read it.
import type { Dataset } from "./dataset";

/** What the workers need to build the graph and compile the routing index. */
export type RoutingNetwork = Pick<Dataset, "places" | "links" | "corridors" | "timeModel">;

const texts = new WeakMap<RoutingNetwork, string>();

export function routingNetworkText(network: RoutingNetwork): string {
  let text = texts.get(network);
  if (text === undefined) {
    const { places, links, corridors, timeModel } = network;
    text = JSON.stringify({ places, links, corridors, timeModel });
    texts.set(network, text);
  }
  return text;
}

/**
 * The same text put together from the places and links already written as JSON lists, in slices
 * (the import worker's messages): writing them a second time would cost it most of a second.
 */
export function routingNetworkTextOf(
  placeSlices: readonly string[],
  linkSlices: readonly string[],
  { corridors, timeModel }: Pick<RoutingNetwork, "corridors" | "timeModel">,
): string {
  const list = (slices: readonly string[]) => `[${slices.map((s) => s.slice(1, -1)).join(",")}]`;
  const rest = JSON.stringify({ corridors, timeModel }).slice(1);
  return `{"places":${list(placeSlices)},"links":${list(linkSlices)},${rest}`;
}

/** Keeps the text written elsewhere (the import worker, off the main thread) for `network`. */
export function rememberRoutingNetworkText(network: RoutingNetwork, text: string): void {
  texts.set(network, text);
}
