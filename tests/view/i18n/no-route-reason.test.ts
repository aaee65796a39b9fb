import { describe, expect, it } from "vitest";
import { initialState } from "../../../src/state/app-state";
import { toggleMode } from "../../../src/state/option-changes";
import { pickPlace } from "../../../src/state/trip-changes";
import { networkText } from "../../../src/view/i18n/network-text";
import { noRouteReason } from "../../../src/view/i18n/no-route-reason";
import { tinyNetwork } from "../../fixtures/tiny-network";

const text = networkText(tinyNetwork());
const trip = toggleMode("road")(pickPlace("bishkek")(pickPlace("almaty")(initialState())));

describe("why no route, in the reader's language", () => {
  const cut = {
    reason: "No route between Almaty and Bishkek: using rail, sea, ferry only cuts them apart.",
    cutBy: ["modes"],
  };

  it("gives the engine's sentence in English", () => {
    expect(noRouteReason(cut, trip, text, "en")).toBe(cut.reason);
  });

  it("says the same in French, with French place and mode names", () => {
    const french = noRouteReason(cut, trip, text, "fr");
    expect(french).toMatch(/^Aucun itinéraire entre Almaty et Bichkek/);
    expect(french).toContain("n’utiliser que rail, mer, ferry");
  });

  it("says when nothing at all connects the two places", () => {
    const none = {
      reason: "No route between Almaty and Bishkek: nothing in this network connects them.",
      cutBy: [],
    };
    expect(noRouteReason(none, trip, text, "fr")).toContain("rien dans ce réseau ne les relie");
  });
});
