import { describe, expect, it } from "vitest";
import {
  basemapSettled,
  drawingFailed,
  initialNetworkStatus,
  isUnderWay,
  loadCancelled,
  loadNotShown,
  loadRefused,
  loadStarted,
  type NetworkStatus,
  networkMounted,
  networkShown,
  stageReached,
} from "../../src/state/network-status";
import { tinyNetwork } from "../fixtures/tiny-network";

const builtIn = tinyNetwork();
const start = initialNetworkStatus(builtIn);
const loaded = { name: "big.json", places: 100_000, links: 150_000 };
const problem = { file: "big.json", record: "links[0]", field: "to", message: 'unknown place "x"' };

/** Applies steps in turn, as the page does. */
const run = (status: NetworkStatus, ...steps: ((s: NetworkStatus) => NetworkStatus)[]) =>
  steps.reduce((s, step) => step(s), status);

describe("loading a network", () => {
  it("shows the built-in network, its basemap still loading, until the basemap is drawn", () => {
    expect(start).toEqual({
      shown: networkShown(builtIn, null),
      progress: { kind: "idle" },
      load: 0,
      basemap: "loading",
    });
    expect(basemapSettled(start, 0, "drawn")).toMatchObject({
      basemap: "drawn",
      progress: { kind: "idle" },
    });
  });

  it("goes reading → checking → building → drawing, and is shown once its basemap is drawn", () => {
    const reading = loadStarted(start, "big.json");
    expect(reading.progress).toEqual({ kind: "working", stage: "reading", files: "big.json" });
    const load = reading.load;
    const drawing = run(
      reading,
      (s) => stageReached(s, load, "checking"),
      (s) => stageReached(s, load, "building"),
      (s) => networkMounted(s, load, loaded),
    );
    expect(drawing).toMatchObject({
      shown: loaded,
      basemap: "loading",
      progress: { kind: "working", stage: "drawing" },
    });
    expect(basemapSettled(drawing, load, "drawn")).toMatchObject({
      shown: loaded,
      basemap: "drawn",
      progress: { kind: "idle" },
    });
  });

  it("ends a load whose network the map cannot draw, saying why; the next load is heard", () => {
    const reading = loadStarted(start, "big.json");
    expect(drawingFailed(reading, reading.load, "out of memory")).toBe(reading);
    const drawing = networkMounted(reading, reading.load, loaded);
    // The map shown before, still being drawn as this one is mounted, does not end this load.
    expect(drawingFailed(drawing, 0, "out of memory")).toBe(drawing);
    expect(basemapSettled(drawing, 0, "drawn").progress).toEqual(drawing.progress);
    const failed = drawingFailed(drawing, reading.load, "out of memory");
    expect(failed).toMatchObject({
      shown: loaded,
      progress: { kind: "not-drawn", files: "big.json", reason: "out of memory" },
    });
    expect(basemapSettled(failed, reading.load, "drawn").progress).toEqual(failed.progress);
    expect(loadStarted(failed, "other.json").progress).toMatchObject({ kind: "working" });
  });

  it("is done without a basemap that cannot be loaded, and the next load is heard", () => {
    const reading = loadStarted(start, "big.json");
    const drawing = networkMounted(reading, reading.load, loaded);
    const shown = basemapSettled(drawing, reading.load, "missing");
    expect(shown).toMatchObject({ shown: loaded, basemap: "missing", progress: { kind: "idle" } });
    const next = loadStarted(shown, "other.json");
    expect(next.progress).toEqual({ kind: "working", stage: "reading", files: "other.json" });
  });

  it("never goes back a stage", () => {
    const reading = loadStarted(start, "big.json");
    const building = stageReached(reading, reading.load, "building");
    expect(stageReached(building, reading.load, "checking")).toBe(building);
  });

  it("ends refused with the problems, or not shown with the reason; the network shown stays", () => {
    const reading = loadStarted(start, "big.json");
    expect(loadRefused(reading, reading.load, [problem], 4)).toEqual({
      ...reading,
      progress: { kind: "failed", files: "big.json", problems: [problem], uncounted: 4 },
    });
    const built = stageReached(reading, reading.load, "building");
    expect(loadNotShown(built, reading.load, "out of memory")).toEqual({
      ...reading,
      progress: { kind: "not-shown", files: "big.json", reason: "out of memory" },
    });
  });

  it("can be cancelled while the files are read or checked, not once the network is built", () => {
    const reading = loadStarted(start, "big.json");
    const checking = stageReached(reading, reading.load, "checking");
    const cancelled = loadCancelled(checking);
    expect(cancelled.progress).toEqual({ kind: "cancelled", files: "big.json" });
    expect(isUnderWay(cancelled, reading.load)).toBe(false);
    // The worker's answer arriving after Cancel changes nothing.
    expect(loadRefused(cancelled, reading.load, [problem])).toBe(cancelled);
    const building = stageReached(checking, reading.load, "building");
    expect(loadCancelled(building)).toBe(building);
    expect(loadCancelled(start)).toBe(start);
  });

  it("is superseded by a newer load: the older one's steps change nothing", () => {
    const first = loadStarted(start, "big.json");
    const second = loadStarted(stageReached(first, first.load, "checking"), "small.json");
    expect(second.progress).toEqual({ kind: "working", stage: "reading", files: "small.json" });
    expect(isUnderWay(second, first.load)).toBe(false);
    expect(stageReached(second, first.load, "building")).toBe(second);
    expect(networkMounted(second, first.load, loaded)).toBe(second);
    expect(loadNotShown(second, first.load, "stale")).toBe(second);
    expect(isUnderWay(second, second.load)).toBe(true);
  });

  it("goes back to the built-in network from building, and a late basemap does not end a load", () => {
    const shown = basemapSettled(
      networkMounted(loadStarted(start, "big.json"), 1, loaded),
      1,
      "drawn",
    );
    const back = loadStarted(shown, "", "building");
    expect(back.progress).toEqual({ kind: "working", stage: "building", files: "" });
    // The big network's basemap settling while the built-in one is built leaves the load under way.
    expect(basemapSettled(back, 1, "drawn").progress).toEqual(back.progress);
    const mounted = networkMounted(back, back.load, networkShown(builtIn, null));
    expect(basemapSettled(mounted, back.load, "drawn")).toMatchObject({
      shown: { name: null },
      progress: { kind: "idle" },
    });
  });
});
