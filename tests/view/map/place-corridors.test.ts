// Which places a corridor filter keeps: those with a link of a corridor shown, found from the links.
import type { Attributes } from "graphology-types";
import { describe, expect, it } from "vitest";
import { networkRecords } from "../../../src/core/network-records";
import { initialState } from "../../../src/state/app-state";
import { showOnlyCorridor } from "../../../src/state/view-changes";
import { baseStyles, networkLookSteps } from "../../../src/view/map/base-styles";
import { displayGraphSteps } from "../../../src/view/map/display-graph";
import { mapHighlight } from "../../../src/view/map/map-highlight";
import { placeReducer } from "../../../src/view/map/map-reducers";
import { tinyNetwork } from "../../fixtures/tiny-network";

const dataset = tinyNetwork();
const records = networkRecords(dataset);

/** Runs steps to their end. */
function finished<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const looks = finished(
  networkLookSteps({ records, display: finished(displayGraphSteps(dataset)) }, 1),
);
const styles = baseStyles(looks, records.links, dataset.corridors);

describe("the corridors a place shows under", () => {
  it("are its links' corridors, each once", () => {
    for (const place of dataset.places) {
      const ofLinks = dataset.links
        .filter((link) => link.from === place.id || link.to === place.id)
        .flatMap((link) => link.corridors);
      expect([...styles.corridorsOfPlace(place.id)].sort()).toEqual([...new Set(ofLinks)].sort());
    }
    expect(styles.corridorsOfPlace("nowhere")).toEqual([]);
  });

  it("keep a place drawn while one of them is shown, and hide it otherwise", () => {
    const hiddenUnder = (corridor: string) => {
      const highlight = mapHighlight(showOnlyCorridor(corridor)(initialState()), []);
      const input = {
        highlight,
        language: "en" as const,
        markWords: { origin: "From", destination: "To", via: "Via", avoided: "Avoided" },
        scale: 1,
        hover: null,
        overlay: {
          closedPlaces: new Set<string>(),
          closedLinks: new Set<string>(),
          critical: new Map(),
        },
      };
      const reduce = placeReducer(styles, () => input);
      return dataset.places
        .filter((place) => reduce(place.id, {} as Attributes).hidden)
        .map((place) => place.id);
    };
    expect(hiddenUnder("middle")).toEqual(["bishkek"]);
    expect(hiddenUnder("kz-kg")).toEqual(["aktau", "baku"]);
  });
});
