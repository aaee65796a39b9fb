// The "Copy link" button: the address (kept in step with the view) to the clipboard, or shown to copy by hand.

import type { Messages } from "../../text/messages-en";
import { el } from "../dom";

export function copyLinkControl(m: Messages): HTMLElement {
  const status = el("span", { class: "copy-status", role: "status" });
  const button = el("button", { type: "button", class: "copy-link", "data-key": "copy-link" }, [
    m.copyLink,
  ]);
  button.addEventListener("click", async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      status.replaceChildren(m.linkCopied);
    } catch {
      const field = el("input", { type: "text", readonly: true, "aria-label": m.copyLinkByHand });
      field.value = link;
      status.replaceChildren(field);
      field.select();
    }
  });
  return el("div", { class: "share" }, [button, status]);
}
