// How a JSON text is laid out, found before it is parsed: how deep it nests (deep values overflow the
// stack when copied or written out), and where the records of its top-level object's lists lie, so
// that a big network file's places and links can be sent on as the scan finds them, while the whole
// file is still to be parsed.

/** Far above the dataset's own nesting (five levels), far below what overflows a stack. */
export const MAX_JSON_NESTING = 64;

export interface JsonOutline {
  /** Whether the text's arrays and objects nest deeper than MAX_JSON_NESTING (strings skipped). */
  tooDeep: boolean;
  /**
   * Each list asked for in the top-level object, as the offsets of its brackets and of the commas
   * between its records. Null when only parsing can tell what the lists hold: the text is not an
   * object, a top-level key is written with escapes, a list's key comes twice or a list is not closed.
   */
  lists: Map<string, number[]> | null;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** Hears the records of the lists asked for as the scan passes them, in runs of up to `perSlice`. */
export interface SliceCutter<N extends string> {
  perSlice: number;
  /**
   * A run of a list's records as a JSON list: one piece of the text, not parsed nor written again;
   * `last` for the run its closing bracket ends.
   */
  cut(name: N, slice: string, last: boolean): void;
}

/**
 * The text's outline, with the lists of `listNames` found (none asked: the nesting only). `cutter`
 * hears each list's records while the scan goes on, so that they can be sent before it ends; those
 * it heard stand only if the outline's lists are not null. A run is cut once the scan has passed its
 * last record, so one whose nesting is too deep is never cut.
 */
export function jsonOutline<N extends string>(
  text: string,
  listNames: readonly N[] = [],
  cutter?: SliceCutter<N>,
): JsonOutline {
  const lists = new Map<string, number[]>();
  let clear = listNames.length === 0 || text.trimStart().startsWith("{");
  let depth = 0;
  let key = "";
  let list: number[] | null = null;
  let listName = "" as N;
  /** The offset in `list` where its records not yet cut begin. */
  let uncut = 0;
  const cutUpTo = (end: number, last: boolean) => {
    if (!cutter || !clear || !list) return;
    cutter.cut(listName, `[${text.slice((list[uncut] as number) + 1, list[end])}]`, last);
    uncut = end;
  };
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (depth === 1 && clear && isKey(text, end)) {
        key = text.slice(at + 1, end);
        if (key.includes("\\")) clear = false;
      }
      at = end;
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      if (++depth > MAX_JSON_NESTING) return { tooDeep: true, lists: null };
      if (depth === 2 && code === OPEN_ARRAY && clear && listNames.includes(key as N)) {
        if (lists.has(key)) clear = false;
        list = [at];
        listName = key as N;
        uncut = 0;
        lists.set(key, list);
      }
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      if (depth === 2 && list) {
        list.push(at);
        if (listLength(text, list) > uncut) cutUpTo(list.length - 1, true);
        list = null;
      }
      depth--;
    } else if (code === COMMA && depth === 2 && list) {
      list.push(at);
      if (cutter && list.length - 1 - uncut === cutter.perSlice) cutUpTo(list.length - 1, false);
    }
  }
  return { tooDeep: false, lists: clear && list === null ? lists : null };
}

/** How many records the list at these offsets holds. */
export function listLength(text: string, offsets: readonly number[]): number {
  const [open = 0, close = 0] = offsets;
  return offsets.length === 2 && text.slice(open + 1, close).trim() === "" ? 0 : offsets.length - 1;
}

/** Whether the string closed at `end` is a key: a colon comes next, after any blanks. */
function isKey(text: string, end: number): boolean {
  let next = end + 1;
  while (/\s/.test(text.charAt(next))) next++;
  return text.charAt(next) === ":";
}

/**
 * Where the string opened at `open` closes (the text's end if it does not): the next quote not
 * escaped, found with indexOf, which a big file's many names and sources make much faster than
 * stepping through them.
 */
function stringEnd(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}
