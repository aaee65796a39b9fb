import { describe, expect, it } from "vitest";
import { loadDataset, networkFileTables, parseJson } from "../../../src/core/load-dataset";
import { networkToJson } from "../../../src/core/network-file/json-network";
import { DatasetError } from "../../../src/core/validation/problems";
import { tinyNetwork } from "../../fixtures/tiny-network";

describe("JSON network files", () => {
  it("read back exactly what was written", () => {
    const written = networkToJson(tinyNetwork());
    expect(loadDataset(networkFileTables("mine.json", parseJson("mine.json", written)))).toEqual(
      tinyNetwork(),
    );
  });

  it("name the file and table of a problem", () => {
    const network = { ...tinyNetwork(), links: "none" };
    expect(() => loadDataset(networkFileTables("mine.json", network))).toThrow(
      "mine.json › links: expected a list of links",
    );
  });

  it("report text that is not JSON as a problem of that file", () => {
    expect(() => parseJson("mine.json", "{ places: [")).toThrow(DatasetError);
    expect(() => parseJson("mine.json", "{ places: [")).toThrow(/mine\.json: not valid JSON/);
  });
});
