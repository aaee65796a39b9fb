// The page's side of the import worker, against a stand-in worker whose replies the test sends: when
// the verdict and the corridors' outlines count, and when the worker is stopped.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CorridorOutline } from "../../../src/core/corridors";
import type { Dataset } from "../../../src/core/dataset";
import type { ImportReply } from "../../../src/core/network-file/network-import";
import { readInWorker } from "../../../src/view/import/read-in-worker";
import { tinyNetwork } from "../../fixtures/tiny-network";

class StandInWorker {
  static started: StandInWorker[] = [];
  terminated = false;
  #listeners: Record<string, ((event: { data?: unknown; message?: string }) => void)[]> = {};
  constructor() {
    StandInWorker.started.push(this);
  }
  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.#listeners[type] = [...(this.#listeners[type] ?? []), listener];
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
  reply(data: ImportReply) {
    for (const listener of this.#listeners.message ?? []) listener({ data });
  }
  fail(message: string) {
    for (const listener of this.#listeners.error ?? []) listener({ message });
  }
}

const PageWorker = globalThis.Worker;
beforeEach(() => {
  StandInWorker.started = [];
  Object.assign(globalThis, { Worker: StandInWorker });
});
afterEach(() => {
  Object.assign(globalThis, { Worker: PageWorker });
});

const network = tinyNetwork();
const { places, links, ...rest } = network;
const outlines = new Map<string, CorridorOutline>([
  [
    "middle",
    { km: { operational: 1, "under-construction": 0, planned: 0 }, countries: [], crossings: [] },
  ],
]);

/** Starts a read and has the worker send the slices and say the network is valid. */
async function validNetwork(cancel = new AbortController()) {
  const reading = readInWorker([], network as Dataset, () => {}, cancel.signal);
  const worker = StandInWorker.started.at(-1) as StandInWorker;
  worker.reply({ kind: "checking" });
  worker.reply({ kind: "places", json: JSON.stringify(places) });
  worker.reply({ kind: "links", json: JSON.stringify(links) });
  worker.reply({ kind: "parsed" });
  worker.reply({ kind: "valid", rest });
  const checked = await reading;
  if (!checked?.ok) throw new Error("the network was not found valid");
  return { checked, worker, cancel };
}

/** What a promise gave, or "pending" if it has not settled by the next task. */
const settled = (promise: Promise<unknown>) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve("pending"), 0))]);

describe("reading a network in the import worker", () => {
  it("gives the valid network, then its outlines when they come, and only then stops the worker", async () => {
    const { checked, worker } = await validNetwork();
    expect(checked.dataset).toEqual(network);
    expect(await settled(checked.outlines)).toBe("pending");
    expect(worker.terminated).toBe(false);
    worker.reply({ kind: "outlines", outlines });
    expect(await checked.outlines).toBe(outlines);
    expect(worker.terminated).toBe(true);
  });

  it("keeps a shown network's outlines coming when a later load cancels this one's signal", async () => {
    const { checked, worker, cancel } = await validNetwork();
    cancel.abort();
    expect(worker.terminated).toBe(false);
    worker.reply({ kind: "outlines", outlines });
    expect(await checked.outlines).toBe(outlines);
  });

  it("gives no outlines, and stops the worker, when it fails after its verdict", async () => {
    const late = await validNetwork();
    late.worker.reply({
      kind: "invalid",
      problems: [{ file: "import", message: "out of memory" }],
    });
    expect(await late.checked.outlines).toBeNull();
    expect(late.worker.terminated).toBe(true);
    const crashed = await validNetwork();
    crashed.worker.fail("crashed");
    expect(await crashed.checked.outlines).toBeNull();
    expect(crashed.worker.terminated).toBe(true);
  });

  it("gives null and stops the worker when cancelled before the verdict; a refused network's worker stops too", async () => {
    const cancel = new AbortController();
    const reading = readInWorker([], network as Dataset, () => {}, cancel.signal);
    cancel.abort();
    expect(await reading).toBeNull();
    expect(StandInWorker.started.at(-1)?.terminated).toBe(true);
    const refused = readInWorker([], network as Dataset, () => {}, new AbortController().signal);
    const worker = StandInWorker.started.at(-1) as StandInWorker;
    worker.reply({ kind: "invalid", problems: [{ file: "n.json", message: "broken" }] });
    expect(await refused).toEqual({
      ok: false,
      problems: [{ file: "n.json", message: "broken" }],
      uncounted: 0,
    });
    expect(worker.terminated).toBe(true);
  });
});
