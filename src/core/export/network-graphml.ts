// The whole network as GraphML for networkx, igraph or yEd: a node per place, an undirected edge per
// link, every field as a typed <data> (flat as in the CSV files). graphology-graphml only reads GraphML,
// so this writes it: one fixed shape, every text escaped (see xmlText).
import type { Dataset } from "../dataset";
import { buildNetworkGraph } from "../network-graph";
import { type FlatFields, linkFields, placeFields, xmlChars } from "./network-fields";

type KeyType = "string" | "long" | "double" | "boolean";

interface Key {
  id: string;
  name: string;
  type: KeyType;
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Text safe both between tags and in a quoted attribute (where tabs and line ends would be lost). */
function xmlText(value: string | number | boolean): string {
  return xmlChars(String(value)).replace(/[&<>"\t\n\r]/g, (char) => ENTITIES[char] as string);
}

function valueType(values: (string | number | boolean)[]): KeyType {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (!values.every((v) => typeof v === "number")) return "string";
  return values.every((v) => Number.isSafeInteger(v)) ? "long" : "double";
}

/** One key per field that some record has, in the records' field order; its type fits every value. */
function keysOf(records: FlatFields[], prefix: string): Key[] {
  const values = new Map<string, (string | number | boolean)[]>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  }
  return [...values].map(([name, list], i) => ({
    id: `${prefix}${i}`,
    name,
    type: valueType(list),
  }));
}

const attribute = (name: string, value: string) => `${name}="${xmlText(value)}"`;

function keyLines(keys: Key[], of: "node" | "edge"): string[] {
  return keys.map(
    (key) =>
      `  <key ${attribute("id", key.id)} for="${of}" ${attribute("attr.name", key.name)} attr.type="${key.type}"/>`,
  );
}

function element(tag: string, head: string, keys: Key[], fields: FlatFields): string[] {
  const data = keys
    .filter((key) => Object.hasOwn(fields, key.name))
    .map(
      (key) =>
        `      <data key="${key.id}">${xmlText(fields[key.name] as string | number | boolean)}</data>`,
    );
  return [`    <${tag} ${head}>`, ...data, `    </${tag}>`];
}

export function networkGraphml(dataset: Pick<Dataset, "places" | "links">): string {
  const graph = buildNetworkGraph(dataset);
  const places = graph.mapNodes((id, place) => ({ id, fields: placeFields(place) }));
  const links = graph.mapEdges((id, link, from, to) => ({
    id,
    from,
    to,
    fields: linkFields(link),
  }));
  const nodeKeys = keysOf(
    places.map((p) => p.fields),
    "p",
  );
  const edgeKeys = keysOf(
    links.map((l) => l.fields),
    "l",
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines(nodeKeys, "node"),
    ...keyLines(edgeKeys, "edge"),
    '  <graph id="corridor-network" edgedefault="undirected">',
    ...places.flatMap((p) => element("node", attribute("id", p.id), nodeKeys, p.fields)),
    ...links.flatMap((l) =>
      element(
        "edge",
        [attribute("id", l.id), attribute("source", l.from), attribute("target", l.to)].join(" "),
        edgeKeys,
        l.fields,
      ),
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
