// Kazakhstan's bilateral trade figures, one collapsed group per partner, each figure with its sources.

import type { Language, TradeFigure } from "../../core/dataset";
import { type PartnerTrade, tradeByPartner } from "../../core/trade/trade-order";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { countryName } from "../../text/country-names";
import { messages } from "../../text/messages";
import type { NetworkText } from "../../text/network-text";
import { el } from "../dom";
import { rebuild, watch } from "../panels/panel-kit";
import { sourceList } from "../panels/source-list";
import { formatUsd, measureName, periodLabel } from "./trade-format";

export function mountTradePanel(
  section: HTMLElement,
  trade: readonly TradeFigure[],
  text: NetworkText,
  store: Store<AppState>,
): () => void {
  const partners = tradeByPartner(trade);
  const open = new Set<string>();
  return watch(store, ["language"], ({ language }) => {
    const m = messages(language);
    const groups = partners.map((partner) => partnerGroup(partner, open, text, language));
    const body = partners.length
      ? [el("p", { class: "hint" }, [m.tradeHint]), el("ul", { class: "trade-partners" }, groups)]
      : [el("p", { class: "hint trade-none" }, [m.noTrade])];
    rebuild(section, [el("h2", {}, [m.trade]), ...body]);
  });
}

/** A partner's details: the summary names it with its headline figure; opening it is remembered. */
function partnerGroup(
  { partner, headline, figures }: PartnerTrade,
  open: Set<string>,
  text: NetworkText,
  language: Language,
): HTMLLIElement {
  const details = el("details", { open: open.has(partner) }, [
    el("summary", { "data-key": `trade-${partner}` }, [
      countryName(partner, language),
      " ",
      el("span", { class: "trade-headline" }, [
        `${formatUsd(headline.valueUsd, language)} · ${periodLabel(headline.period, language)}`,
      ]),
      estimateMark(headline, language),
    ]),
    el(
      "ul",
      { class: "trade-figures" },
      figures.map((figure) => figureItem(figure, text, language)),
    ),
  ]);
  details.addEventListener("toggle", () => {
    if (details.open) open.add(partner);
    else open.delete(partner);
  });
  return el("li", { class: "trade-partner", "data-partner": partner }, [details]);
}

/** One figure: amount, measure, period, estimate mark, target, reporter, note and sources. */
function figureItem(figure: TradeFigure, text: NetworkText, language: Language): HTMLLIElement {
  const m = messages(language);
  const { target } = figure;
  return el("li", { class: "trade-figure", "data-figure": figure.id }, [
    el("p", { class: "trade-line" }, [
      el("strong", {}, [formatUsd(figure.valueUsd, language)]),
      ` ${measureName(figure.measure, language)}, ${periodLabel(figure.period, language)}`,
      estimateMark(figure, language),
    ]),
    target &&
      el("p", { class: "trade-target" }, [
        m.target(formatUsd(target.valueUsd, language), target.year),
      ]),
    el("p", { class: "trade-reporter" }, [m.reportedBy(figure.reporter)]),
    noteDetails(figure, language),
    sourceList(figure.sources, text),
  ]);
}

function estimateMark(figure: TradeFigure, language: Language): HTMLSpanElement | undefined {
  if (figure.basis !== "estimate") return undefined;
  return el("span", { class: "estimate" }, [messages(language).estimate]);
}

/** The figure's note and its target's note, folded away. */
function noteDetails(figure: TradeFigure, language: Language): HTMLDetailsElement | undefined {
  const m = messages(language);
  const targetNote = figure.target?.note;
  if (!figure.note && !targetNote) return undefined;
  return el("details", { class: "trade-note" }, [
    el("summary", { "data-key": `note-${figure.id}` }, [m.note]),
    figure.note && el("p", {}, [figure.note]),
    targetNote && el("p", {}, [m.targetNote(targetNote)]),
  ]);
}
