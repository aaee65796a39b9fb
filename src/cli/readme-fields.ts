// data/README.md's field tables, written from the tables' declarations (src/core/dataset.ts) between
// markers, so that the README cannot describe other fields than the validator reads.
import { PUBLISHED_TRIP_FIELDS, STANDARD_TRIP_FIELDS, TABLE_FIELDS } from "../core/dataset";
import type { Field, Fields } from "../core/table-schema";

/** The tables with a field table in the README: the network's lists, the standard trips and the published times. */
const DOCUMENTED: Readonly<Record<string, Fields>> = {
  places: TABLE_FIELDS.places,
  links: TABLE_FIELDS.links,
  corridors: TABLE_FIELDS.corridors,
  trade: TABLE_FIELDS.trade,
  sources: TABLE_FIELDS.sources,
  geometry: TABLE_FIELDS.geometry,
  "standard-trips": STANDARD_TRIP_FIELDS,
  "published-times": PUBLISHED_TRIP_FIELDS,
};

const code = (value: string) => `\`${value}\``;

/** The unit or values column: as documented, else a choice's values, else the field's shape. */
function values(field: Field): string {
  if (field.doc?.values) return field.doc.values;
  if (field.kind === "choice") return field.values.map(code).join(", ");
  return field.kind === "texts" ? "text list" : field.kind;
}

const meaning = (field: Field) =>
  `${field.optional ? "optional: " : ""}${field.doc?.meaning ?? ""}`.trim();

function fieldTable(fields: Fields): string {
  const rows = Object.entries(fields).map(
    ([name, field]) => `| ${code(name)} | ${values(field)} | ${meaning(field)} |`,
  );
  return ["| field | unit / values | meaning |", "|---|---|---|", ...rows].join("\n");
}

const start = (table: string) =>
  `<!-- fields of ${table}: written by npm run data:readme from src/core/dataset.ts -->`;
const END = "<!-- end of fields -->";

/** The README with each marked field table written anew; a table without markers is left alone. */
export function withFieldTables(readme: string): string {
  return Object.entries(DOCUMENTED).reduce((text, [table, fields]) => {
    const open = text.indexOf(start(table));
    const close = text.indexOf(END, open);
    if (open < 0 || close < 0) return text;
    const section = `${start(table)}\n${fieldTable(fields)}\n`;
    return text.slice(0, open) + section + text.slice(close);
  }, readme);
}

/** Tables whose markers are missing from the README. */
export const unmarkedTables = (readme: string): string[] =>
  Object.keys(DOCUMENTED).filter((table) => !readme.includes(start(table)));
