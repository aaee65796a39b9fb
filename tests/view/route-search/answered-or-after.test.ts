// The page's wait for a linked trip's first routes before it mounts: it ends with the answer, or at
// the bound however long the search goes on.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { idleSearch, type RouteSearch } from "../../../src/state/route-search";
import { createStore } from "../../../src/state/store";
import { answeredOrAfter, type RouteFinder } from "../../../src/view/route-search/route-finder";

const finderAwaiting = (awaiting: boolean) => {
  const search = createStore<RouteSearch>({ ...idleSearch(), awaiting });
  const finder: RouteFinder = { search, stop: () => {}, dispose: () => {} };
  return { finder, answer: () => search.update((s) => ({ ...s, awaiting: false })) };
};

/** When the wait ended, in fake milliseconds, or null if it has not. */
const endOf = (wait: Promise<void>) => {
  let ended: number | null = null;
  void wait.then(() => {
    ended = Date.now();
  });
  return () => ended;
};

describe("waiting for the first routes", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("ends when the answer comes", async () => {
    const { finder, answer } = finderAwaiting(true);
    const ended = endOf(answeredOrAfter(finder, 500));
    await vi.advanceTimersByTimeAsync(120);
    expect(ended()).toBeNull();
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(ended()).toBe(120);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ends at the bound when the search goes on", async () => {
    const { finder } = finderAwaiting(true);
    const ended = endOf(answeredOrAfter(finder, 500));
    await vi.advanceTimersByTimeAsync(499);
    expect(ended()).toBeNull();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ended()).toBe(500);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ends at once when no trip is asked", async () => {
    const { finder } = finderAwaiting(false);
    const ended = endOf(answeredOrAfter(finder, 500));
    await vi.advanceTimersByTimeAsync(0);
    expect(ended()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
