// The ranked routes: figures, countries and "differs from route 1"; the selected one's itinerary below;
// while a slow search runs, its progress and a Stop button.
import type { Route, RouteResult } from "../../core/routing";
import type { AppState } from "../../state/app-state";
import type { RouteOutcome } from "../../state/route-outcome";
import { type RouteTag, routeTags } from "../../state/route-tags";
import { ROUTE_LIST_FIELDS } from "../../state/shared-state";
import type { Store } from "../../state/store";
import { selectRoute } from "../../state/view-changes";
import { differenceText } from "../../text/difference-text";
import { messages } from "../../text/messages";
import type { Messages } from "../../text/messages-en";
import { monthName } from "../../text/months";
import type { NetworkText } from "../../text/network-text";
import { noRouteReason } from "../../text/no-route-reason";
import { closureName, routeNames } from "../../text/route-names";
import { el, styled } from "../dom";
import { ROUTE_DASHES, routeColour } from "../map/appearance";
import type { RouteFinder } from "../route-search/route-finder";
import { itinerary } from "./itinerary";
import { rebuild, watchWithRoutes } from "./panel-kit";
import { routeFigures } from "./route-figures";

export function mountRoutesPanel(
  section: HTMLElement,
  text: NetworkText,
  store: Store<AppState>,
  routes: Pick<RouteFinder, "search" | "stop">,
): () => void {
  // Read out: one line of the answer, never the whole itinerary (the list below is not live).
  const summary = el("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const list = el("div");
  section.replaceChildren(summary, list);
  return watchWithRoutes(store, routes.search, ROUTE_LIST_FIELDS, (state, search) => {
    const m = messages(state.language);
    const heading = el("h2", {}, [m.routes]);
    section.setAttribute("aria-busy", String(search.awaiting));
    // A stale answer (a newer one awaited) keeps its line rather than naming the new trip's places.
    const spoken = summaryLine(search.shown, state, text);
    const current = !search.awaiting || search.shown.kind === "searching";
    if (current && summary.textContent !== spoken) summary.textContent = spoken;
    rebuild(list, [heading, ...body(search.shown, state, text, store, routes.stop)]);
  });
}

/** The answer in one line: how many routes and the selected one's figures, or why there is none. */
function summaryLine(result: RouteOutcome, state: AppState, text: NetworkText): string {
  const m = messages(state.language);
  switch (result.kind) {
    case "routes": {
      const selected = Math.min(state.selectedRoute, result.routes.length - 1);
      const route = result.routes[selected] as Route;
      const place = (id: string | null) => (id ? text.place(id, state.language) : "");
      return m.routesSummary(
        result.routes.length,
        place(state.origin),
        place(state.destination),
        route.rank,
        routeFigures(route, state.language),
      );
    }
    case "no-route":
      return `${m.noRoute}. ${noRouteReason(result, routeNames(text, state.language), state.language)}`;
    case "problem":
      return result.problems[0] ?? "";
    case "stopped":
      return m.searchStopped;
    case "searching":
      return result.slow ? m.findingRoutes : "";
    default:
      return "";
  }
}

function body(
  result: RouteOutcome,
  state: AppState,
  text: NetworkText,
  store: Store<AppState>,
  stop: () => void,
): Node[] {
  const m = messages(state.language);
  switch (result.kind) {
    case "searching":
      return result.slow ? [searching(m, stop)] : [];
    case "stopped":
      return [el("p", { class: "empty" }, [m.searchStopped])];
    case "no-trip":
      return [el("p", { class: "empty" }, [m.noTrip])];
    case "need-destination":
      return [el("p", { class: "empty" }, [m.needDestination])];
    case "problem":
      return [
        el(
          "ul",
          { class: "problem" },
          result.problems.map((line) => el("li", { lang: "en" }, [line])),
        ),
      ];
    case "no-route":
      return [
        el("p", { class: "no-route" }, [
          el("strong", {}, [`${m.noRoute}. `]),
          noRouteReason(result, routeNames(text, state.language), state.language),
        ]),
      ];
    case "routes": {
      const selected = Math.min(state.selectedRoute, result.routes.length - 1);
      const tags = routeTags(result.routes);
      const list = el(
        "ol",
        { class: "route-list" },
        result.routes.map((route, index) =>
          el("li", {}, [
            routeCard(
              route,
              index,
              { selected: index === selected, tags: tags[index] ?? [] },
              state,
              text,
              store,
            ),
          ]),
        ),
      );
      const limited = result.stoppedEarly ? [el("p", { class: "hint" }, [m.searchLimited])] : [];
      return [
        ...limited,
        ...closedInMonth(result, state, text),
        list,
        itinerary(result.routes[selected] as Route, state.language, text),
      ];
    }
  }
}

/** Why the routes leave out a seasonal place or link: "Closed in January: Khunjerab Pass". */
function closedInMonth(result: RouteResult, state: AppState, text: NetworkText): HTMLElement[] {
  const { month } = result.query;
  if (month === undefined) return [];
  const m = messages(state.language);
  return (result.closedInMonth ?? []).map((closure) => {
    const what = closureName(closure, routeNames(text, state.language));
    return el("p", { class: "closed-in-month" }, [
      m.closedIn(monthName(month, state.language), what),
    ]);
  });
}

function searching(m: Messages, stop: () => void): HTMLElement {
  const button = el("button", { type: "button", "data-key": "stop-search" }, [m.stopSearch]);
  button.addEventListener("click", stop);
  return el("div", { class: "searching" }, [
    el("p", {}, [el("progress", {}), m.findingRoutes]),
    button,
  ]);
}

function routeCard(
  route: Route,
  index: number,
  { selected, tags }: { selected: boolean; tags: readonly RouteTag[] },
  state: AppState,
  text: NetworkText,
  store: Store<AppState>,
): HTMLButtonElement {
  const { language } = state;
  const m = messages(language);
  const figures = routeFigures(route, language);
  const differs =
    route.difference && differenceText(route.difference, routeNames(text, language), language);
  const card = el(
    "button",
    {
      type: "button",
      class: "route-card",
      "aria-pressed": String(selected),
      "data-key": `route-${index}`,
      "data-route": route.rank,
    },
    [
      styled(el("span", { class: "swatch", "data-line": index % ROUTE_DASHES.length }), {
        "--route-colour": routeColour(index),
      }),
      el("span", { class: "route-name" }, [m.routeName(route.rank), tagList(tags, m)]),
      el("span", { class: "figures" }, [figures]),
      el("span", { class: "countries" }, [text.countries(route.countries, language)]),
      el("span", { class: "differs" }, [differs || m.bestRoute]),
      route.usesUnbuiltLinks && el("span", { class: "unbuilt" }, [m.unbuilt]),
    ],
  );
  card.addEventListener("click", () => store.update(selectRoute(index)));
  return card;
}

/** The card's tags (Shortest, Fastest, Fewest crossings), after the route's name. */
function tagList(tags: readonly RouteTag[], m: Messages): HTMLElement | null {
  if (tags.length === 0) return null;
  const items = tags.map((tag) =>
    el("span", { class: "route-tag", "data-tag": tag }, [m.routeTags[tag]]),
  );
  return el("span", { class: "route-tags" }, items);
}
