import { describe, expect, it } from "vitest";
import { corridorOutlines } from "../../../src/core/corridors";
import { stepsToEnd } from "../../../src/core/steps";
import { preparationSteps } from "../../../src/view/app/network-preparation";
import { tinyNetwork } from "../../fixtures/tiny-network";

describe("a network prepared for the map", () => {
  const network = tinyNetwork();

  it("outlines its corridors itself when no import worker sends them (the built-in network)", async () => {
    const prepared = stepsToEnd(preparationSteps(network));
    expect(await prepared.outlines).toEqual(corridorOutlines(network));
    expect(prepared.display.order).toBe(network.places.length);
  });

  it("takes the outlines an import's worker sends, and outlines them itself if it fails to", async () => {
    const sent = new Map([
      [
        "middle",
        {
          km: { operational: 1, "under-construction": 0, planned: 0 },
          countries: [],
          crossings: [],
        },
      ],
    ]);
    const fromWorker = stepsToEnd(preparationSteps(network, null, Promise.resolve(sent)));
    expect(await fromWorker.outlines).toBe(sent);
    const workerFailed = stepsToEnd(preparationSteps(network, null, Promise.resolve(null)));
    expect(await workerFailed.outlines).toEqual(corridorOutlines(network));
  });
});
