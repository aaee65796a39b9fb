// The messages between the page and the route worker, and the worker's side: one network, then queries by id.
import { buildNetworkGraph } from "../core/network-graph";
import { compileRoutingIndex, type RoutingIndex } from "../core/routing";
import {
  type RoutingNetwork,
  type RoutingNetworkJson,
  readRoutingNetwork,
  routingNetworkJson,
} from "../core/routing-network-text";
import { answerQuery, type PageQuery, type RouteAnswer } from "./route-outcome";

/**
 * The network goes as its JSON text: the page's main thread spends a third of the time a structured
 * clone of its many small objects takes (100k places: 0.3 s against 1 s).
 */
export type RouteRequest =
  | { kind: "network"; json: RoutingNetworkJson }
  | { kind: "query"; id: number; query: PageQuery };

export function networkRequest(network: RoutingNetwork): RouteRequest {
  return { kind: "network", json: routingNetworkJson(network) };
}

export interface RouteReply {
  id: number;
  answer: RouteAnswer;
}

/** The worker's side: keeps the routing index of the network last sent, answers each query by its id. */
export function routeAnswerer(): (request: RouteRequest) => RouteReply | null {
  let index: RoutingIndex | null = null;
  return (request) => {
    if (request.kind === "network") {
      const network = readRoutingNetwork(request.json);
      index = compileRoutingIndex(buildNetworkGraph(network), network);
      return null;
    }
    return { id: request.id, answer: answerOrProblem(index, request.query) };
  };
}

function answerOrProblem(index: RoutingIndex | null, query: PageQuery): RouteAnswer {
  if (!index) return { kind: "problem", problems: ["corridor/routes: no network to search yet"] };
  try {
    return answerQuery(index, query);
  } catch (error) {
    return { kind: "problem", problems: [`corridor/routes: ${String(error)}`] };
  }
}
