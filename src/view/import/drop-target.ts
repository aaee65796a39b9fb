// Dropping files anywhere on the page: a visible target while files are dragged over it, then a load.
import type { Language } from "../../core/dataset";
import { messages } from "../../text/messages";
import { el } from "../dom";

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

export function mountDropTarget(
  language: () => Language,
  load: (files: File[]) => void,
): () => void {
  const target = el("div", { class: "drop-target", hidden: true, "aria-hidden": "true" });
  document.body.append(target);
  const show = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (target.hidden) target.replaceChildren(el("p", {}, [messages(language()).dropHere]));
    target.hidden = false;
  };
  const hide = () => {
    target.hidden = true;
  };
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    hide();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) load(files);
  };
  window.addEventListener("dragenter", show);
  window.addEventListener("dragover", show);
  target.addEventListener("dragleave", hide);
  window.addEventListener("drop", drop);
  return () => {
    window.removeEventListener("dragenter", show);
    window.removeEventListener("dragover", show);
    window.removeEventListener("drop", drop);
    target.remove();
  };
}
