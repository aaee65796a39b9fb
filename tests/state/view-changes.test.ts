import { describe, expect, it } from "vitest";
import { initialState } from "../../src/state/app-state";
import {
  showAllCorridors,
  showOnlyCorridor,
  toggleCorridorVisible,
} from "../../src/state/view-changes";

describe("the corridors drawn on the map", () => {
  const all = ["middle", "kz-kg", "instc"];

  it("draws one corridor alone, then all of them again", () => {
    const only = showOnlyCorridor("kz-kg")(initialState());
    expect(only.visibleCorridors).toEqual(["kz-kg"]);
    expect(showOnlyCorridor("kz-kg")(only)).toBe(only);
    expect(showAllCorridors(only).visibleCorridors).toBeNull();
  });

  it("draws all of them again when the last unticked one is ticked", () => {
    const without = toggleCorridorVisible("middle", all)(initialState());
    expect(without.visibleCorridors).toEqual(["kz-kg", "instc"]);
    expect(toggleCorridorVisible("middle", all)(without).visibleCorridors).toBeNull();
  });
});
