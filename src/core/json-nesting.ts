// How deep JSON text nests, found before parsing: deep values overflow the stack when copied or written out.

/** Far above the dataset's own nesting (five levels), far below what overflows a stack. */
export const MAX_JSON_NESTING = 64;

/** Whether the text's arrays and objects nest deeper than MAX_JSON_NESTING (strings skipped). */
export function nestsTooDeeply(text: string): boolean {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) at = stringEnd(text, at);
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > MAX_JSON_NESTING) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
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
