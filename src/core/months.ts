// Month names for the English sentences of the command line and "why no route".

/** "January" (or "Jan" when short) for 1. */
export function englishMonthName(month: number, short = false): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en-GB", {
    month: short ? "short" : "long",
    timeZone: "UTC",
  });
}
