// An analysis table in the page: the text layer's cells as a <table>, the first text column of each
// row a button when the row has an action (it shows that row on the map).
import type { WordTable } from "../../text/analysis-cells";
import { el } from "../dom";

export interface RowAction {
  label: (row: number) => string;
  run: (row: number) => void;
  /** The row whose action is in effect (pressed). */
  pressed?: (row: number) => boolean;
}

export function wordTable(cells: WordTable, name: string, action?: RowAction): HTMLElement {
  const numeric = cells.header.map((title) => !cells.textColumns.includes(title));
  const actionColumn = numeric.indexOf(false);
  const head = el(
    "tr",
    {},
    cells.header.map((title) => el("th", { scope: "col" }, [title])),
  );
  const rows = cells.rows.map((row, position) =>
    el(
      "tr",
      {},
      row.map((cell, column) => {
        const content =
          action && column === actionColumn ? rowButton(cell, position, name, action) : cell;
        return el("td", { class: numeric[column] ? "number" : undefined }, [content]);
      }),
    ),
  );
  return el("div", { class: "table-scroll" }, [
    el("table", { class: "analysis-table", "data-table": name }, [
      el("thead", {}, [head]),
      el("tbody", {}, rows),
    ]),
  ]);
}

function rowButton(cell: string, row: number, name: string, action: RowAction) {
  const button = el(
    "button",
    {
      type: "button",
      class: "link-button",
      "data-key": `${name}-row-${row}`,
      title: action.label(row),
      "aria-pressed": action.pressed ? String(action.pressed(row)) : undefined,
    },
    [cell],
  );
  button.addEventListener("click", () => action.run(row));
  return button;
}
