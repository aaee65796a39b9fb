// A list of sources, each a link when it has an address (opened in a new tab).

import { type NetworkText, sourceLine } from "../../text/network-text";
import { el } from "../dom";

export function sourceList(keys: readonly string[], text: NetworkText): HTMLUListElement {
  return el(
    "ul",
    { class: "sources" },
    keys.map((key) => {
      const { text: line, url } = sourceLine(text.source(key), key);
      const safe = url && /^https?:\/\//.test(url) ? url : undefined;
      return el("li", {}, [
        safe ? el("a", { href: safe, target: "_blank", rel: "noopener noreferrer" }, [line]) : line,
      ]);
    }),
  );
}
