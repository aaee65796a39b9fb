// Field checks for one raw record: each failed check adds a located problem and returns undefined.
import type { ProblemLog } from "./problems";

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const ownField = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

const where = (index: number, firstRow: number | undefined) =>
  firstRow === undefined ? `#${index + 1}` : `row ${index + firstRow}`;

/** Each dotted path split once: a big network reads the same few paths millions of times. */
const splitPaths = new Map<string, readonly string[]>();
const pathKeys = (path: string): readonly string[] => {
  let keys = splitPaths.get(path);
  if (!keys) {
    keys = path.split(".");
    splitPaths.set(path, keys);
  }
  return keys;
};

const SHOWN_CHARACTERS = 80;

/** A value as a problem quotes it, cut short so that a huge value does not make a huge message. */
export const show = (value: unknown) => {
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
};

export class RecordChecker {
  readonly raw: Raw;

  constructor(
    private readonly problems: ProblemLog,
    private readonly file: string,
    private readonly index: number | undefined,
    record: unknown,
    private readonly idField = "id",
    /** Line of the first record in its file, for tables read from CSV (its header is line 1). */
    private readonly firstRow?: number,
  ) {
    this.raw = isRecord(record) ? record : {};
    if (!isRecord(record)) this.fail("", `expected an object, found ${show(record)}`);
  }

  /** How a problem names the record: its id and place in the file. Written only for a problem. */
  get label(): string {
    if (this.index === undefined) return "";
    const id = this.raw[this.idField];
    const at = where(this.index, this.firstRow);
    return typeof id === "string" && id !== "" ? `${this.idField} ${show(id)} (${at})` : at;
  }

  fail(field: string, message: string): undefined {
    this.problems.push({
      file: this.file,
      ...(this.index === undefined ? {} : { index: this.index, record: this.label }),
      ...(field ? { field } : {}),
      message,
    });
    return undefined;
  }

  /**
   * The value at a dotted path ("length.basis", "figures.0.value": a number steps into a list), read
   * from own fields only (never "constructor").
   */
  get(path: string): unknown {
    if (!path.includes(".")) return Object.hasOwn(this.raw, path) ? this.raw[path] : undefined;
    let value: unknown = this.raw;
    for (const key of pathKeys(path)) {
      if (Array.isArray(value)) value = /^\d+$/.test(key) ? value[Number(key)] : undefined;
      else value = ownField(value, key);
    }
    return value;
  }

  text(path: string, optional = false): string | undefined {
    const value = this.get(path);
    if (value === undefined && optional) return undefined;
    if (typeof value === "string" && value.trim() !== "") return value;
    return this.fail(path, `expected non-empty text, found ${show(value)}`);
  }

  matching(path: string, pattern: RegExp, what: string): string | undefined {
    const value = this.text(path);
    if (value === undefined || pattern.test(value)) return value;
    return this.fail(path, `${show(value)} is not ${what}`);
  }

  number(path: string, accept: (n: number) => boolean, what: string, optional = false) {
    const value = this.get(path);
    if (value === undefined && optional) return undefined;
    if (typeof value === "number" && !Number.isFinite(value)) {
      return this.fail(path, `not a finite number (expected ${what})`);
    }
    if (typeof value === "number" && accept(value)) return value;
    return this.fail(path, `expected ${what}, found ${show(value)}`);
  }

  flag(path: string, optional = false): boolean | undefined {
    const value = this.get(path);
    if (value === undefined && optional) return undefined;
    if (typeof value === "boolean") return value;
    return this.fail(path, `expected true or false, found ${show(value)}`);
  }

  oneOf<T extends string>(path: string, allowed: readonly T[]): T | undefined {
    const value = this.get(path);
    if (allowed.includes(value as T)) return value as T;
    return this.fail(path, `unknown value ${show(value)} (expected one of ${allowed.join(", ")})`);
  }

  /** A non-empty list whose items are all known ids. */
  references(path: string, known: ReadonlySet<string>, what: string, allowEmpty = false) {
    const value = this.get(path);
    if (!Array.isArray(value) || (value.length === 0 && !allowEmpty)) {
      return this.fail(path, `expected a non-empty list of ${what} ids, found ${show(value)}`);
    }
    const unknown = value.filter((item) => typeof item !== "string" || !known.has(item));
    for (const item of unknown) this.fail(path, `unknown ${what} ${show(item)}`);
    return unknown.length === 0 ? (value as string[]) : undefined;
  }

  reference(path: string, known: ReadonlySet<string>, what: string): string | undefined {
    const value = this.text(path);
    if (value === undefined || known.has(value)) return value;
    return this.fail(path, `unknown ${what} ${show(value)}`);
  }
}

export const asArray = (value: unknown): unknown[] | undefined =>
  Array.isArray(value) ? value : undefined;

/** Refuses a field the table does not declare, naming those it does (what readRecord reports to). */
export const unknownField = (record: RecordChecker) => (path: string, expected: string[]) =>
  record.fail(path, `unknown field (expected ${expected.join(", ")})`);
