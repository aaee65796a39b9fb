import { describe, expect, it } from "vitest";
import { initialState } from "../../src/state/app-state";
import { networkFileName, networkShown } from "../../src/state/network-status";
import { keepKnown } from "../../src/state/network-swap";
import { problemList } from "../../src/state/problem-list";
import { closesAnything } from "../../src/state/route-outcome";
import { knownNames } from "../../src/state/shared-state";
import { tinyNetwork } from "../fixtures/tiny-network";

const known = knownNames(tinyNetwork());

describe("moving the view to another network", () => {
  it("keeps what exists there and drops the rest", () => {
    const state = {
      ...initialState("fr"),
      origin: "almaty",
      destination: "karachi",
      via: ["korday", "torkham"],
      avoidCountries: ["KG", "PK"],
      corridors: ["middle", "cpec"],
      criterion: "hours" as const,
      selectedRoute: 2,
      visibleCorridors: ["cpec"],
    };
    expect(keepKnown(state, known)).toMatchObject({
      origin: "almaty",
      destination: null,
      via: ["korday"],
      avoidCountries: ["KG"],
      corridors: ["middle"],
      criterion: "hours",
      language: "fr",
      selectedRoute: 0,
      visibleCorridors: null,
    });
  });

  it("keeps the closures that exist there, and a scenario that closed nothing closes nothing", () => {
    const closing = {
      ...initialState(),
      scenario: {
        countries: ["KG", "TM"],
        places: ["korday", "sarakhs"],
        presets: ["winter" as const],
      },
    };
    expect(keepKnown(closing, known).scenario).toStrictEqual({
      countries: ["KG"],
      places: ["korday"],
      presets: ["winter"],
    });
    const open = keepKnown(initialState(), known);
    expect(open.scenario).toStrictEqual(initialState().scenario);
    expect(closesAnything(open.scenario)).toBe(false);
  });

  it("keeps a destination that exists as the origin when the origin does not", () => {
    const state = { ...initialState(), origin: "karachi", destination: "baku" };
    expect(keepKnown(state, known)).toMatchObject({ origin: "baku", destination: null });
  });
});

describe("problems shown for a refused file", () => {
  const problems = Array.from({ length: 205 }, (_, n) => ({
    file: "links.csv",
    record: `row ${n + 2}`,
    field: "to",
    message: `unknown place "x${n}"`,
  }));

  it("read file › record › field: message, capped with the count of the rest", () => {
    const list = problemList(problems);
    expect(list.lines).toHaveLength(200);
    expect(list.lines[0]).toBe('links.csv › row 2 › to: unknown place "x0"');
    expect(list.more).toBe(5);
    expect(problemList(problems.slice(0, 3)).more).toBe(0);
  });
});

describe("the network shown", () => {
  it("counts its places and links and names its export", () => {
    const shown = networkShown(tinyNetwork(), "my net.json");
    expect(shown).toEqual({ name: "my net.json", places: 5, links: 5 });
    expect(networkFileName(shown)).toBe("my-net.json");
    expect(networkFileName({ ...shown, name: null })).toBe("corridor-network.json");
    expect(networkFileName(shown, "gexf")).toBe("my-net.gexf");
  });
});
