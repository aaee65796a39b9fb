// Small labelled form controls for the panels: a checkbox, a radio, a group with a legend.
import { el, styled } from "../dom";

export function checkbox(
  key: string,
  label: string,
  checked: boolean,
  change: (on: boolean) => void,
  swatch?: string,
) {
  const input = el("input", { type: "checkbox", id: `check-${key}`, "data-key": key, checked });
  input.addEventListener("change", () => change(input.checked));
  const colour = swatch && styled(el("span", { class: "swatch" }), { background: swatch });
  return el("label", { class: "check", for: input.id }, [input, colour, label]);
}

export function radio(
  name: string,
  value: string,
  label: string,
  checked: boolean,
  change: () => void,
) {
  const input = el("input", {
    type: "radio",
    name,
    value,
    id: `radio-${name}-${value}`,
    "data-key": `${name}-${value}`,
    checked,
  });
  input.addEventListener("change", () => {
    if (input.checked) change();
  });
  return el("label", { class: "check", for: input.id }, [input, label]);
}

export function group(legend: string, children: Node[], className = ""): HTMLFieldSetElement {
  return el("fieldset", { class: className }, [el("legend", {}, [legend]), ...children]);
}
