// A visible, dismissible notice: a translated lead-in and lines of text (from the link, or a file).
import type { AppState } from "../../state/app-state";
import type { ProblemList } from "../../state/problem-list";
import type { Store } from "../../state/store";
import { messages } from "../../text/messages";
import type { Messages } from "../../text/messages-en";
import { el, fill } from "../dom";
import { watch } from "../panels/panel-kit";

/** Shows the lines under the lead-in, then how many more, until dismissed; nothing when there are none. */
export function mountNotice(
  host: HTMLElement,
  store: Store<AppState>,
  lead: (m: Messages) => string,
  { lines, more }: ProblemList,
): () => void {
  if (lines.length === 0) return () => {};
  const box = el("div", { class: "notice", role: "status" });
  host.prepend(box);
  const stop = watch(store, ["language"], (state) => {
    const m = messages(state.language);
    const close = el("button", { type: "button", class: "notice-close", "aria-label": m.dismiss }, [
      "×",
    ]);
    close.addEventListener("click", dispose);
    fill(box, [
      el("p", {}, [lead(m)]),
      el(
        "ul",
        {},
        lines.map((line) => el("li", { lang: "en" }, [line])),
      ),
      more > 0 && el("p", {}, [m.moreProblems(more)]),
      close,
    ]);
  });
  function dispose() {
    stop();
    box.remove();
  }
  return dispose;
}
