// How deep JSON text nests, found before parsing: deep values overflow the stack when copied or written out.

/** Far above the dataset's own nesting (five levels), far below what overflows a stack. */
export const MAX_JSON_NESTING = 64;

/** Whether the text's arrays and objects nest deeper than MAX_JSON_NESTING (strings skipped). */
export function nestsTooDeeply(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 0x5c)
        at++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > MAX_JSON_NESTING) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}
