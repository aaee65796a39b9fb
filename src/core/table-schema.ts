// A table's fields declared once: the record type, the known fields, the CSV columns and the README's
// field table are all read from one declaration (see dataset.ts).

/** What data/README.md says of a field: its unit or allowed values, and what it means. */
export interface FieldDoc {
  values?: string;
  meaning: string;
}

interface FieldBase {
  optional?: true;
  doc?: FieldDoc;
}

export type Field = FieldBase &
  (
    | { kind: "text" }
    | { kind: "number" }
    | { kind: "flag" }
    | { kind: "choice"; values: readonly string[] }
    | { kind: "texts" }
    | { kind: "numbers" }
    | { kind: "pair" }
    | { kind: "pairs" }
    | { kind: "object"; fields: Fields }
    | { kind: "objects"; fields: Fields }
    | { kind: "byKey"; fields: Fields }
  );
export type Fields = Readonly<Record<string, Field>>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type Value<F> = F extends { kind: "text" }
  ? string
  : F extends { kind: "number" }
    ? number
    : F extends { kind: "flag" }
      ? boolean
      : F extends { kind: "choice"; values: readonly (infer V)[] }
        ? V
        : F extends { kind: "texts" }
          ? string[]
          : F extends { kind: "numbers" }
            ? number[]
            : F extends { kind: "pair" }
              ? [number, number]
              : F extends { kind: "pairs" }
                ? [number, number][]
                : F extends { kind: "object"; fields: infer S extends Fields }
                  ? RecordOf<S>
                  : F extends { kind: "objects"; fields: infer S extends Fields }
                    ? RecordOf<S>[]
                    : F extends { kind: "byKey"; fields: infer S extends Fields }
                      ? Record<string, RecordOf<S>>
                      : never;

type OptionalKeys<S extends Fields> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];

/** The record type a table's fields declare. */
export type RecordOf<S extends Fields> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Value<S[K]> } & {
    [K in OptionalKeys<S>]?: Value<S[K]>;
  }
>;

// Field makers: each returns its declaration as written, so that RecordOf sees the literal kinds.
export const text = (doc?: FieldDoc) => ({ kind: "text", ...(doc && { doc }) }) as const;
export const number = (doc?: FieldDoc) => ({ kind: "number", ...(doc && { doc }) }) as const;
/** A yes/no field: `true` or `false`. */
export const flag = (doc?: FieldDoc) => ({ kind: "flag", ...(doc && { doc }) }) as const;
export const texts = (doc?: FieldDoc) => ({ kind: "texts", ...(doc && { doc }) }) as const;
export const numbers = (doc?: FieldDoc) => ({ kind: "numbers", ...(doc && { doc }) }) as const;
export const pair = (doc?: FieldDoc) => ({ kind: "pair", ...(doc && { doc }) }) as const;
/** A list of number pairs: a line's [longitude, latitude] positions. */
export const pairs = (doc?: FieldDoc) => ({ kind: "pairs", ...(doc && { doc }) }) as const;
export const choice = <const V extends readonly string[]>(values: V, doc?: FieldDoc) =>
  ({ kind: "choice", values, ...(doc && { doc }) }) as const;
export const object = <const S extends Fields>(fields: S, doc?: FieldDoc) =>
  ({ kind: "object", fields, ...(doc && { doc }) }) as const;
/** A list of records, each with these fields. */
export const objects = <const S extends Fields>(fields: S, doc?: FieldDoc) =>
  ({ kind: "objects", fields, ...(doc && { doc }) }) as const;
/** An object of records by key (a place id, say), each with these fields. */
export const byKey = <const S extends Fields>(fields: S, doc?: FieldDoc) =>
  ({ kind: "byKey", fields, ...(doc && { doc }) }) as const;
export const optional = <const F extends Field>(field: F) =>
  ({ ...field, optional: true }) as const;

/** The dotted paths of a table's plain fields, in declaration order: its CSV columns. */
export function fieldPaths(fields: Fields, prefix = ""): string[] {
  return Object.entries(fields).flatMap(([name, field]) =>
    field.kind === "object" ? fieldPaths(field.fields, `${prefix}${name}.`) : [`${prefix}${name}`],
  );
}

/** The field at a dotted path, if the table has one. */
export function fieldAt(fields: Fields, path: string): Field | undefined {
  const [name = "", ...rest] = path.split(".");
  const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
  if (rest.length === 0 || field === undefined) return field;
  return field.kind === "object" ? fieldAt(field.fields, rest.join(".")) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type Report = (path: string, expected: string[]) => void;

/**
 * A raw record as the typed record of its table, once `report` has heard of every field the table
 * does not declare (at any depth, with the names it does declare). The validator checks each declared
 * field's value and hands out the records only when all passed: this is where a checked record takes
 * its table's type. The record itself is returned, not a copy (a copy costs a tenth of the time of
 * validating 100,000 places).
 */
export function readRecord<S extends Fields>(fields: S, value: unknown, report: Report) {
  reportUnknown(fields, value, report, "");
  return value as RecordOf<S>;
}

/** Each table's fields by name, and which of them hold records. */
const lookups = new WeakMap<Fields, Map<string, Field>>();
function lookup(fields: Fields): Map<string, Field> {
  const known = lookups.get(fields);
  if (known) return known;
  const byName = new Map(Object.entries(fields));
  lookups.set(fields, byName);
  return byName;
}

function reportUnknown(fields: Fields, value: unknown, report: Report, prefix: string): void {
  if (!isRecord(value)) return;
  const byName = lookup(fields);
  // for...in rather than Object.keys: no list made for each of a big network's records.
  for (const name in value) {
    if (!Object.hasOwn(value, name)) continue;
    const field = byName.get(name);
    if (field === undefined) report(prefix + name, [...byName.keys()]);
    else if (field.kind === "object" || field.kind === "objects" || field.kind === "byKey")
      reportInner(field, value[name], report, `${prefix + name}.`);
  }
}

/** Reports the undeclared fields of the records inside a field's value. */
function reportInner(
  field: Extract<Field, { fields: Fields }>,
  value: unknown,
  report: Report,
  prefix: string,
): void {
  if (field.kind === "object") reportUnknown(field.fields, value, report, prefix);
  else if (field.kind === "objects" && Array.isArray(value))
    value.forEach((item, position) => {
      reportUnknown(field.fields, item, report, `${prefix}${position}.`);
    });
  else if (field.kind === "byKey" && isRecord(value))
    for (const key of Object.keys(value))
      reportUnknown(field.fields, value[key], report, `${prefix}${key}.`);
}
