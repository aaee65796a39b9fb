// Text from a network file made safe for a terminal: control codes are shown as escapes instead of acting.

// C0 but the line feed, DEL, C1 (CSI 0x9B among them), and the bidirectional marks, embeddings and overrides.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control codes is the point.
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (code: string) => {
  const point = code.codePointAt(0) ?? 0;
  const hex = point.toString(16).toUpperCase();
  return point < 0x100 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
};

/** The text with every control code written out (ESC as \x1B), so that no escape sequence reaches the terminal. */
export const terminalText = (text: string): string => text.replace(CONTROL, escaped);
