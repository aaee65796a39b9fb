import { describe, expect, it } from "vitest";
import { answerImport, type ImportReply } from "../../../src/core/network-file/network-import";
import { PROBLEMS_KEPT } from "../../../src/core/validation/problems";
import { tinyNetwork } from "../../fixtures/tiny-network";

const replies = (files: { name: string; text: string }[]) => {
  const received: ImportReply[] = [];
  answerImport({ files, base: tinyNetwork() }, (reply) => received.push(reply));
  return received;
};

describe("the import worker's answer", () => {
  it("says it is checking, then sends the validated network", () => {
    const [first, last] = replies([{ name: "n.json", text: JSON.stringify(tinyNetwork()) }]);
    expect(first).toEqual({ kind: "checking" });
    expect(last?.kind === "valid" && last.dataset.places.length).toBe(5);
  });

  it("sends every problem of a broken network, by file, record and field", () => {
    const broken = tinyNetwork();
    Object.assign(broken.links[0] as object, { to: "atlantis", km: -1 });
    const last = replies([{ name: "n.json", text: JSON.stringify(broken) }]).at(-1);
    expect(last?.kind).toBe("invalid");
    const problems = last?.kind === "invalid" ? last.problems : [];
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual(
      expect.arrayContaining([
        ["n.json › links", 'id "almaty--aktau--rail" (#1)', "to"],
        ["n.json › links", 'id "almaty--aktau--rail" (#1)', "km"],
      ]),
    );
  });

  it("counts the problems beyond those it keeps, so the page can say the true total", () => {
    const broken = tinyNetwork();
    const template = broken.links[0] as object;
    broken.links = Array.from({ length: PROBLEMS_KEPT + 500 }, (_, number) => ({
      ...(template as (typeof broken.links)[number]),
      id: `bad-${number}`,
      to: "atlantis",
    }));
    const last = replies([{ name: "n.json", text: JSON.stringify(broken) }]).at(-1);
    expect(last?.kind === "invalid" && last.problems.length).toBe(PROBLEMS_KEPT);
    expect(last?.kind === "invalid" && last.uncounted).toBeGreaterThanOrEqual(500);
  });

  it("refuses files that are not a network, saying what it expected", () => {
    const [, syntax] = replies([{ name: "n.json", text: "{ nope" }]);
    expect(syntax?.kind === "invalid" && syntax.problems[0]?.message).toMatch(/not valid JSON/);
    const [, wrong] = replies([{ name: "n.txt", text: "" }]);
    expect(wrong?.kind === "invalid" && wrong.problems[0]?.message).toMatch(/expected one \.json/);
  });
});
