// The whole network written for other tools and read back by their readers: GeoJSON checked by a
// GeoJSON checker, GEXF by graphology-gexf's parser, GraphML by graphology-graphml's.
import { check } from "@placemarkio/check-geojson";
import type { Feature, LineString, Point } from "geojson";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { readDataDir } from "../../../src/cli/read-dataset";
import type { Dataset, Language, Link, Place } from "../../../src/core/dataset";
import { type NetworkFormat, networkTexts } from "../../../src/core/export/network-formats";
import { LINK_COLUMNS, PLACE_COLUMNS } from "../../../src/core/network-file/csv-columns";
import { tinyNetwork } from "../../fixtures/tiny-network";

const shipped = readDataDir();

const written = async (dataset: Dataset, format: NetworkFormat, language: Language = "en") => {
  const [file] = await networkTexts(dataset, format, language);
  return file?.text ?? "";
};

/** What a reader should find under a dotted column: the field's value, a list joined by ";". */
function valueAt(record: object, column: string): unknown {
  let value: unknown = record;
  for (const key of column.split(".")) value = (value as Record<string, unknown>)?.[key];
  return Array.isArray(value) ? value.join(";") : value;
}

/** Every field of the record under its column, as read back (`id`, `from`, `to` are the graph's own). */
function expectEveryField(read: Record<string, unknown>, record: Place | Link, columns: string[]) {
  for (const column of columns.filter((c) => !["id", "from", "to"].includes(c))) {
    expect({ [column]: read[column] }).toEqual({ [column]: valueAt(record, column) });
  }
}

describe.each([
  ["gexf", parseGexf],
  ["graphml", parseGraphml],
] as const)("the network as %s, read back by graphology's parser", (format, parse) => {
  it("has every place and every link, with its two ends and every field", async () => {
    const graph = parse(MultiGraph, await written(shipped, format));
    expect(graph.type).toBe("undirected");
    expect(graph.nodes().sort()).toEqual(shipped.places.map((p) => p.id).sort());
    expect(graph.size).toBe(shipped.links.length);
    for (const place of shipped.places) {
      expectEveryField(graph.getNodeAttributes(place.id), place, PLACE_COLUMNS);
    }
    for (const link of shipped.links) {
      expect(graph.hasEdge(link.id)).toBe(true);
      expect(graph.extremities(link.id)).toEqual([link.from, link.to]);
      expectEveryField(graph.getEdgeAttributes(link.id), link, LINK_COLUMNS);
    }
  });

  it("keeps each link's km (a number) and mode and each place's countries", async () => {
    const graph = parse(MultiGraph, await written(shipped, format));
    for (const { id, km, mode } of shipped.links) {
      expect(graph.getEdgeAttributes(id)).toMatchObject({ km, mode });
    }
    for (const { id, countries } of shipped.places) {
      expect(graph.getNodeAttribute(id, "countries")).toBe(countries.join(";"));
    }
    expect(shipped.places.some((place) => place.countries.length === 2)).toBe(true);
  });

  it("reads back text with XML's special characters, and replaces what XML cannot hold", async () => {
    const network = tinyNetwork();
    const [first] = network.places as [Place];
    first.position = { ...first.position, note: `a <b> & "c" 'd'\ttab\nline` };
    first.name = { ...first.name, en: "Al\u0007maty" };
    const graph = parse(MultiGraph, await written(network, format));
    const read = graph.getNodeAttributes(first.id);
    expect(read["position.note"]).toBe(`a <b> & "c" 'd'\ttab\nline`);
    expect(read["name.en"]).toBe("Al\uFFFDmaty");
  });
});

describe("the network as GEXF", () => {
  it("labels each node with its name in the language asked for and places it at its position", async () => {
    const graph = parseGexf(MultiGraph, await written(shipped, "gexf", "fr"));
    for (const { id, name, lon, lat } of shipped.places) {
      expect(graph.getNodeAttributes(id)).toMatchObject({ label: name.fr, x: lon, y: lat });
    }
  });
});

describe("the network as GeoJSON", () => {
  const read = async (dataset: Dataset) => {
    const collection = check(await written(dataset, "geojson"));
    expect(collection.type).toBe("FeatureCollection");
    return collection as { features: Feature[] };
  };

  it("is valid GeoJSON with a Point per place and a LineString per link", async () => {
    const { features } = await read(shipped);
    expect(features).toHaveLength(shipped.places.length + shipped.links.length);
    const points = features.filter((f) => f.geometry?.type === "Point");
    const lines = features.filter((f) => f.geometry?.type === "LineString");
    expect(points.map((f) => f.id)).toEqual(shipped.places.map((p) => p.id));
    expect(lines.map((f) => f.id)).toEqual(shipped.links.map((l) => l.id));
  });

  it("puts each place at its longitude and latitude, with every field", async () => {
    const { features } = await read(shipped);
    for (const place of shipped.places) {
      const feature = features.find((f) => f.id === place.id) as Feature<Point>;
      expect(feature.geometry.coordinates).toEqual([place.lon, place.lat]);
      expectEveryField(feature.properties ?? {}, place, PLACE_COLUMNS);
      expect(feature.properties?.id).toBe(place.id);
    }
  });

  it("draws each link along its line from its from place to its to place, with every field", async () => {
    const { features } = await read(shipped);
    const lines = new Map(shipped.geometry.map((g) => [g.link, g]));
    for (const link of shipped.links) {
      const feature = features.find((f) => f.id === link.id) as Feature<LineString>;
      const line = lines.get(link.id);
      expect(feature.geometry.coordinates).toEqual(line?.coordinates);
      expect(feature.properties).toMatchObject({
        id: link.id,
        from: link.from,
        to: link.to,
        alignment: line?.alignment,
      });
      expectEveryField(feature.properties ?? {}, link, LINK_COLUMNS);
    }
  });

  it("draws a link without a line as a straight segment between its ends", async () => {
    const network = { ...tinyNetwork(), geometry: [] };
    const { features } = await read(network);
    const at = (id: string) => network.places.find((place) => place.id === id) as Place;
    for (const link of network.links) {
      const feature = features.find((f) => f.id === link.id) as Feature<LineString>;
      const [from, to] = [at(link.from), at(link.to)];
      expect(feature.geometry.coordinates).toEqual([
        [from.lon, from.lat],
        [to.lon, to.lat],
      ]);
      expect(feature.properties).toMatchObject({ alignment: "straight", mode: link.mode });
    }
  });
});
