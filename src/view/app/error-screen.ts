// A plain message in place of the map when the map cannot be shown (no WebGL, a dataset error).
import { el, fill } from "../dom";

export function showError(root: HTMLElement, title: string, details: string[] = []): void {
  fill(root, [
    el("div", { class: "error-screen", role: "alert" }, [
      el("h1", {}, ["Corridor Explorer"]),
      el("p", {}, [title]),
      details.length > 0 &&
        el(
          "ul",
          {},
          details.map((line) => el("li", {}, [line])),
        ),
    ]),
  ]);
}
