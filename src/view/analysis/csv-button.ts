// A table's download button: its CSV, written by the route list's writer.
import { el } from "../dom";
import { downloadText } from "../export/download";

export function csvButton(label: string, name: string, file: string, csv: () => string) {
  const button = el("button", { type: "button", "data-key": `csv-${name}`, "data-csv": name }, [
    label,
  ]);
  button.addEventListener("click", () => downloadText(file, "text/csv;charset=utf-8", csv()));
  return button;
}
