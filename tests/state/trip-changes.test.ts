import { describe, expect, it } from "vitest";
import { initialState } from "../../src/state/app-state";
import { toggleAvoidPlace } from "../../src/state/option-changes";
import {
  addVia,
  clearTrip,
  clickTarget,
  pickPlace,
  setDestination,
  swapTrip,
} from "../../src/state/trip-changes";
import { selectRoute } from "../../src/state/view-changes";

describe("choosing a trip", () => {
  it("takes the first clicked place as origin and the second as destination", () => {
    const state = pickPlace("karachi")(pickPlace("almaty")(initialState()));
    expect([state.origin, state.destination]).toEqual(["almaty", "karachi"]);
  });

  it("ignores a click on an end of the trip, and with both set a third place becomes the destination", () => {
    const first = pickPlace("almaty")(initialState());
    expect(pickPlace("almaty")(first)).toBe(first);
    const trip = pickPlace("karachi")(first);
    expect(pickPlace("karachi")(trip)).toBe(trip);
    const again = pickPlace("baku")(trip);
    expect([again.origin, again.destination]).toEqual(["almaty", "baku"]);
  });

  it("says what the next click sets: the origin while there is none, else the destination", () => {
    expect(clickTarget(initialState())).toBe("origin");
    const onlyTo = setDestination("karachi")(initialState());
    expect(clickTarget(onlyTo)).toBe("origin");
    expect(pickPlace("almaty")(onlyTo)).toMatchObject({ origin: "almaty", destination: "karachi" });
    expect(clickTarget(pickPlace("almaty")(initialState()))).toBe("destination");
  });

  it("swaps and clears, and any change goes back to the best route", () => {
    const trip = selectRoute(2)(pickPlace("karachi")(pickPlace("almaty")(initialState())));
    expect(trip.selectedRoute).toBe(2);
    const swapped = swapTrip(trip);
    expect([swapped.origin, swapped.destination, swapped.selectedRoute]).toEqual([
      "karachi",
      "almaty",
      0,
    ]);
    expect(clearTrip(trip)).toMatchObject({ origin: null, destination: null, via: [] });
  });

  it("does not let a place be both origin and destination", () => {
    const state = setDestination("almaty")(pickPlace("almaty")(initialState()));
    expect([state.origin, state.destination]).toEqual([null, "almaty"]);
  });

  it("keeps via and avoided places apart", () => {
    const via = addVia("aktau")(initialState());
    expect(via.via).toEqual(["aktau"]);
    const avoided = toggleAvoidPlace("aktau")(via);
    expect(avoided).toMatchObject({ via: [], avoidPlaces: ["aktau"] });
    expect(addVia("aktau")(avoided)).toMatchObject({ via: ["aktau"], avoidPlaces: [] });
  });

  it("never changes the state it is given", () => {
    const state = Object.freeze(initialState());
    expect(() => pickPlace("almaty")(state)).not.toThrow();
    expect(state.origin).toBeNull();
  });
});
