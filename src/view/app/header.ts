// The header: the explorer's name and the English/French switch (remembered by main).

import { LANGUAGES, type Language } from "../../core/dataset";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import { setLanguage } from "../../state/view-changes";
import { messages } from "../../text/messages";
import { el } from "../dom";
import { rebuild, watch } from "../panels/panel-kit";
import { copyLinkControl } from "./copy-link";

const NATIVE: Record<Language, string> = { en: "English", fr: "Français" };

export function mountHeader(header: HTMLElement, store: Store<AppState>): () => void {
  return watch(store, ["language"], (state) => {
    const m = messages(state.language);
    document.documentElement.lang = state.language;
    document.title = `${m.title} — ${m.tagline}`;
    const switcher = el(
      "div",
      { class: "language", role: "group", "aria-label": m.language },
      LANGUAGES.map((language) => {
        const button = el(
          "button",
          {
            type: "button",
            lang: language,
            "aria-pressed": String(language === state.language),
            "data-key": `lang-${language}`,
            title: NATIVE[language],
          },
          [language.toUpperCase()],
        );
        button.addEventListener("click", () => store.update(setLanguage(language)));
        return button;
      }),
    );
    rebuild(header, [
      el("h1", {}, [m.title]),
      el("p", { class: "tagline" }, [m.tagline]),
      copyLinkControl(m),
      switcher,
    ]);
  });
}
