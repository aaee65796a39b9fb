import { describe, expect, it } from "vitest";
import type { Mode } from "../../../src/core/dataset";
import { mountInOrder, swapMounted } from "../../../src/view/app/mount-order";
import { linkStyle } from "../../../src/view/map/appearance";

/** A part that notes when it is mounted and disposed. */
const part = (name: string, log: string[]) => () => {
  log.push(`mount ${name}`);
  return () => log.push(`dispose ${name}`);
};

/** What failed in the page with an imported link that lost its mode: a real throw from drawing. */
const drawLinkWithoutMode = () => {
  linkStyle(undefined as unknown as Mode, "operational");
  return () => {};
};

describe("mountInOrder", () => {
  it("mounts parts in order and disposes them last first", () => {
    const log: string[] = [];
    const dispose = mountInOrder([part("map", log), part("panel", log)]);
    dispose();
    expect(log).toEqual(["mount map", "mount panel", "dispose panel", "dispose map"]);
  });

  it("disposes the parts already mounted when one throws, and rethrows", () => {
    const log: string[] = [];
    const mount = () => mountInOrder([part("host", log), drawLinkWithoutMode, part("legend", log)]);
    expect(mount).toThrow(/no link style for mode undefined/);
    expect(log).toEqual(["mount host", "dispose host"]);
  });
});

describe("swapMounted", () => {
  it("mounts the next view before disposing the current one", () => {
    const log: string[] = [];
    const current = part("old", log)();
    const next = swapMounted(current, part("new", log));
    expect(log).toEqual(["mount old", "mount new", "dispose old"]);
    next();
    expect(log.at(-1)).toBe("dispose new");
  });

  it("keeps the current view when the next one fails to mount", () => {
    const log: string[] = [];
    const current = part("old", log)();
    expect(() =>
      swapMounted(current, () => mountInOrder([part("new host", log), drawLinkWithoutMode])),
    ).toThrow(/no link style for mode undefined/);
    expect(log).toEqual(["mount old", "mount new host", "dispose new host"]);
  });
});
