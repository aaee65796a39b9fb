import { describe, expect, it } from "vitest";
import { corridorOutlines } from "../../../src/core/corridors";
import {
  answerImport,
  type ImportReply,
  receivedNetwork,
} from "../../../src/core/network-file/network-import";
import { readRoutingNetwork, routingNetworkJson } from "../../../src/core/routing-network-text";
import { PROBLEMS_KEPT } from "../../../src/core/validation/problems";
import { generatedNetworkJson } from "../../e2e/generated-network";
import { tinyNetwork } from "../../fixtures/tiny-network";

/** The network the page puts back together from the replies; the test fails if it puts none. */
const networkOf = (sent: ImportReply[]) => {
  const received = receivedNetwork();
  const network = sent.map(received.take).find((dataset) => dataset !== null);
  if (!network) throw new Error("the replies make no network");
  return network;
};

const replies = (files: { name: string; text: string }[]) => {
  const received: ImportReply[] = [];
  answerImport({ files, base: tinyNetwork() }, (reply) => received.push(reply));
  return received;
};

describe("the import worker's answer", () => {
  it("says it is checking, then sends the validated network, which the page puts back together", () => {
    const sent = replies([{ name: "n.json", text: JSON.stringify(tinyNetwork()) }]);
    expect(sent[0]).toEqual({ kind: "checking" });
    const received = receivedNetwork();
    const [network] = sent.map(received.take).filter((dataset) => dataset !== null);
    expect(network).toEqual(tinyNetwork());
  });

  it("sends a valid network's corridor outlines after its verdict, as the page would outline them", () => {
    const sent = replies([{ name: "n.json", text: JSON.stringify(tinyNetwork()) }]);
    expect(sent.map((reply) => reply.kind).slice(-2)).toEqual(["valid", "outlines"]);
    const last = sent.at(-1);
    expect(last?.kind === "outlines" && last.outlines).toEqual(corridorOutlines(tinyNetwork()));
    expect(corridorOutlines(tinyNetwork()).size).toBeGreaterThan(0);
  });

  it("keeps the slices sent as the network the route and analysis workers read, so that the page need not write it", () => {
    const sent = replies([{ name: "n.json", text: JSON.stringify(tinyNetwork()) }]);
    const network = networkOf(sent);
    const slices = (kind: string) =>
      sent.flatMap((reply) => (reply.kind === kind && "json" in reply ? [reply.json] : []));
    expect(routingNetworkJson(network)).toMatchObject({
      places: slices("places"),
      links: slices("links"),
    });
    const { places, links, corridors, timeModel } = tinyNetwork();
    expect(readRoutingNetwork(routingNetworkJson(network))).toEqual({
      places,
      links,
      corridors,
      timeModel,
    });
  });

  it("sends a big network's places and links in slices, each a message the page reads on its own", () => {
    const big = generatedNetworkJson(250);
    const sent: ImportReply[] = [];
    answerImport(
      { files: [{ name: "big.json", text: big }], base: tinyNetwork() },
      (reply) => sent.push(reply),
      100,
    );
    const placeSlices = sent.flatMap((reply) =>
      reply.kind === "places" ? [JSON.parse(reply.json)] : [],
    );
    expect(placeSlices.map((slice) => slice.length)).toEqual([100, 100, 50]);
    const network = networkOf(sent);
    const { places, links } = JSON.parse(big);
    expect(network.places.map((p) => p.id)).toEqual(places.map((p: { id: string }) => p.id));
    expect(network.links.map((l) => l.id)).toEqual(links.map((l: { id: string }) => l.id));
  });

  it("gives the route workers a big network's slices, read back as the network written afresh", () => {
    const sent: ImportReply[] = [];
    answerImport(
      { files: [{ name: "big.json", text: generatedNetworkJson(250) }], base: tinyNetwork() },
      (reply) => sent.push(reply),
      100,
    );
    const network = networkOf(sent);
    expect(routingNetworkJson(network).links).toHaveLength(Math.ceil(network.links.length / 100));
    const afresh = routingNetworkJson(structuredClone(network));
    expect(readRoutingNetwork(routingNetworkJson(network))).toEqual(readRoutingNetwork(afresh));
  });

  it("sends the places and links, then says they are all sent, then the corridors and lines, before checking them; a broken network's are never put together", () => {
    const broken = tinyNetwork();
    Object.assign(broken.links[0] as object, { to: "atlantis" });
    const sent = replies([{ name: "n.json", text: JSON.stringify(broken) }]);
    expect(sent.map((reply) => reply.kind)).toEqual([
      "checking",
      "places",
      "links",
      "parsed",
      "drawing",
      "invalid",
    ]);
    const seen: string[] = [];
    const received = receivedNetwork({
      places: (places) => seen.push(...places.map((place) => place.id)),
      links: (links) => seen.push(...links.map((link) => link.id)),
      parsed: () => seen.push("(all sent)"),
      drawing: (tables) => seen.push(...tables.corridors.map((corridor) => corridor.id)),
      unsliced: () => seen.push("(void)"),
    });
    expect(sent.map(received.take).filter((dataset) => dataset !== null)).toEqual([]);
    expect(seen).toEqual([
      ...[...broken.places, ...broken.links].map((record) => record.id),
      "(all sent)",
      ...broken.corridors.map((corridor) => corridor.id),
    ]);
  });

  it("cuts a JSON file's places and links from its text, as written there, and sends them before parsing it", () => {
    const text = JSON.stringify(tinyNetwork(), null, 2);
    const sent = replies([{ name: "n.json", text }]);
    const slices = sent.flatMap((reply) =>
      reply.kind === "places" || reply.kind === "links" ? [reply.json] : [],
    );
    // Each slice is a piece of the file with its own line breaks, between the list's brackets.
    for (const slice of slices) expect(text).toContain(slice.slice(1, -1));
    expect(slices.every((slice) => slice.includes("\n"))).toBe(true);
    const network = networkOf(sent);
    expect(network).toEqual(tinyNetwork());
    expect(readRoutingNetwork(routingNetworkJson(network))).toEqual(
      readRoutingNetwork(routingNetworkJson(tinyNetwork())),
    );
  });

  it("says a file is not JSON, cut short or with a broken record; the page puts no network together and skips the slice that is not JSON", () => {
    const text = JSON.stringify(tinyNetwork());
    const cutShort = text.slice(0, text.indexOf('"links"') + 30);
    const brokenRecord = text.replace('"id":"almaty"', '"id":');
    const placeIds = tinyNetwork().places.map((place) => place.id);
    const linkIds = tinyNetwork().links.map((link) => link.id);
    // The places of a file cut short in its links are sent before the scan finds it so, then voided.
    for (const [broken, read] of [
      [cutShort, [...placeIds, "(void)"]],
      [brokenRecord, linkIds],
    ] as const) {
      const sent = replies([{ name: "n.json", text: broken }]);
      const last = sent.at(-1);
      expect(last?.kind === "invalid" && last.problems[0]?.message).toMatch(/not valid JSON/);
      const seen: string[] = [];
      const received = receivedNetwork({
        places: (places) => seen.push(...places.map((place) => place.id)),
        links: (links) => seen.push(...links.map((link) => link.id)),
        parsed: () => {},
        drawing: () => {},
        unsliced: () => seen.push("(void)"),
      });
      expect(sent.map(received.take).filter((dataset) => dataset !== null)).toEqual([]);
      expect(seen).toEqual(read);
    }
  });

  it("sends a file's places before its links when the links come first in it (keys written sorted)", () => {
    const network = tinyNetwork();
    const sorted = JSON.stringify(Object.fromEntries(Object.entries(network).sort()));
    expect(sorted.indexOf('"links"')).toBeLessThan(sorted.indexOf('"places"'));
    const sent: ImportReply[] = [];
    answerImport(
      { files: [{ name: "n.json", text: sorted }], base: network },
      (reply) => sent.push(reply),
      2,
    );
    const kinds = sent
      .map((reply) => reply.kind)
      .filter((kind) => kind === "places" || kind === "links");
    expect(kinds).toEqual([...Array(3).fill("places"), ...Array(3).fill("links")]);
    expect(networkOf(sent)).toEqual(network);
  });

  it("voids the slices sent when the scan finds that only the parse can tell the lists, and sends those parsed instead", () => {
    // JSON.parse keeps the last of two keys: here the escaped one, which the scan cannot read.
    const { places, ...rest } = tinyNetwork();
    const text = `{"places":[{"id":"decoy"}],${JSON.stringify(rest).slice(1, -1)},"pl\\u0061ces":${JSON.stringify(places)}}`;
    expect(JSON.parse(text).places).toEqual(places);
    const sent = replies([{ name: "n.json", text }]);
    const kinds = sent.map((reply) => reply.kind);
    expect(kinds.slice(0, 4)).toEqual(["checking", "places", "links", "unsliced"]);
    expect(kinds.slice(4, 6)).toEqual(["places", "links"]);
    const seen: string[] = [];
    const received = receivedNetwork({
      places: (slice) => seen.push(...slice.map((place) => place.id)),
      links: () => {},
      parsed: () => seen.push("(all sent)"),
      drawing: () => {},
      unsliced: () => seen.push("(void)"),
    });
    const [network] = sent.map(received.take).filter((dataset) => dataset !== null);
    expect(network).toEqual(tinyNetwork());
    expect(seen).toEqual(["decoy", "(void)", ...places.map((place) => place.id), "(all sent)"]);
  });

  it("never puts together a network short of a slice it could not read", () => {
    const sent = replies([{ name: "n.json", text: JSON.stringify(tinyNetwork()) }]);
    const received = receivedNetwork();
    const [, firstPlaces] = sent;
    expect(firstPlaces?.kind).toBe("places");
    if (firstPlaces?.kind === "places") received.take({ ...firstPlaces, json: "[{" });
    const rest = sent.filter((reply) => reply !== firstPlaces);
    expect(() => rest.map(received.take)).toThrow(/1 slices of the network could not be read/);
  });

  it("sends every problem of a broken network, by file, record and field", () => {
    const broken = tinyNetwork();
    Object.assign(broken.links[0] as object, { to: "atlantis", km: -1 });
    const last = replies([{ name: "n.json", text: JSON.stringify(broken) }]).at(-1);
    expect(last?.kind).toBe("invalid");
    const problems = last?.kind === "invalid" ? last.problems : [];
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual(
      expect.arrayContaining([
        ["n.json › links", 'id "almaty--aktau--rail" (#1)', "to"],
        ["n.json › links", 'id "almaty--aktau--rail" (#1)', "km"],
      ]),
    );
  });

  it("counts the problems beyond those it keeps, so the page can say the true total", () => {
    const broken = tinyNetwork();
    const template = broken.links[0] as object;
    broken.links = Array.from({ length: PROBLEMS_KEPT + 500 }, (_, number) => ({
      ...(template as (typeof broken.links)[number]),
      id: `bad-${number}`,
      to: "atlantis",
    }));
    const last = replies([{ name: "n.json", text: JSON.stringify(broken) }]).at(-1);
    expect(last?.kind === "invalid" && last.problems.length).toBe(PROBLEMS_KEPT);
    expect(last?.kind === "invalid" && last.uncounted).toBeGreaterThanOrEqual(500);
  });

  it("refuses files that are not a network, saying what it expected", () => {
    const syntax = replies([{ name: "n.json", text: "{ nope" }]).at(-1);
    expect(syntax?.kind === "invalid" && syntax.problems[0]?.message).toMatch(/not valid JSON/);
    const [, wrong] = replies([{ name: "n.txt", text: "" }]);
    expect(wrong?.kind === "invalid" && wrong.problems[0]?.message).toMatch(/expected one \.json/);
  });
});
