// The route worker's side of the protocol: a network, then queries answered by id as plain data.
import { describe, expect, it } from "vitest";
import { networkRequest, routeAnswerer } from "../../src/state/route-requests";
import { tinyNetwork } from "../fixtures/tiny-network";

const toBaku = { from: "almaty", to: "baku", includePlanned: true };

describe("the route worker's answers", () => {
  it("answer each query by its id, with the routes as plain (cloneable) data", () => {
    const answer = routeAnswerer();
    expect(answer(networkRequest(tinyNetwork()))).toBeNull();
    const reply = answer({ kind: "query", id: 7, query: toBaku });
    expect(reply?.id).toBe(7);
    if (reply?.answer.kind !== "routes") throw new Error("no routes");
    expect(reply.answer.routes[0]?.places).toEqual(["almaty", "aktau", "baku"]);
    expect(structuredClone(reply)).toEqual(reply);
  });

  it("say why there is no route, and list a query's problems", () => {
    const answer = routeAnswerer();
    answer(networkRequest(tinyNetwork()));
    const cut = answer({ kind: "query", id: 1, query: { ...toBaku, modes: ["road"] } });
    expect(cut?.answer).toMatchObject({ kind: "no-route", cutBy: ["modes"] });
    const unknown = answer({ kind: "query", id: 2, query: { from: "atlantis", to: "baku" } });
    expect(unknown?.answer.kind).toBe("problem");
  });

  it("search the network last sent, and say so when none was", () => {
    const answer = routeAnswerer();
    expect(answer({ kind: "query", id: 1, query: toBaku })?.answer).toEqual({
      kind: "problem",
      problems: ["corridor/routes: no network to search yet"],
    });
    const withoutBaku = tinyNetwork();
    withoutBaku.places = withoutBaku.places.filter((place) => place.id !== "baku");
    withoutBaku.links = withoutBaku.links.filter((link) => link.to !== "baku");
    answer(networkRequest(tinyNetwork()));
    answer(networkRequest(withoutBaku));
    expect(answer({ kind: "query", id: 2, query: toBaku })?.answer.kind).toBe("problem");
  });
});
