import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { networkToCsv } from "../../../src/core/network-file/csv-network";
import { MAX_FILE_BYTES } from "../../../src/core/network-file/file-limits";
import { networkToJson } from "../../../src/core/network-file/json-network";
import { readNetworkFiles } from "../../../src/core/network-file/read-network-files";
import { tinyNetwork } from "../../fixtures/tiny-network";

const base = tinyNetwork();
const csv = networkToCsv(base);

describe("readNetworkFiles", () => {
  it("reads one JSON network file", () => {
    expect(
      readNetworkFiles([{ name: "mine.json", text: networkToJson(base) }], base).places,
    ).toHaveLength(5);
  });

  it("reads two CSV files in either order, telling links from places by their columns", () => {
    const files = [
      { name: "b.csv", text: csv.links },
      { name: "a.csv", text: csv.places },
    ];
    const network = readNetworkFiles(files, base);
    expect(network.links.map((l) => l.id)).toEqual(base.links.map((l) => l.id));
  });

  it.each([
    [[], "no file: expected one .json network file, or two .csv files (places and links)"],
    [[{ name: "a.txt", text: "" }], "a.txt: expected one .json network file"],
    [[{ name: "a.csv", text: csv.places }], "a.csv: expected one .json network file"],
  ])("refuses %j with a message that says what it expects", (files, message) => {
    expect(() => readNetworkFiles(files, base)).toThrow(message);
  });

  it("refuses two CSV files of places", () => {
    const files = [
      { name: "a.csv", text: csv.places },
      { name: "b.csv", text: csv.places },
    ];
    expect(() => readNetworkFiles(files, base)).toThrow(
      "a.csv, b.csv: one CSV file must be the links",
    );
  });

  it("refuses a picked file over the size limit, naming it", () => {
    const huge = { name: "huge.json", text: " ".repeat(MAX_FILE_BYTES + 1) };
    expect(() => readNetworkFiles([huge], base)).toThrow(
      "huge.json: is 256.0 MiB, over the limit of 256 MiB for a network file",
    );
  });

  it("refuses a binary file renamed .csv, saying what it holds", () => {
    const png = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR";
    const files = [
      { name: "photo.csv", text: png },
      { name: "links.csv", text: csv.links },
    ];
    expect(() => readNetworkFiles(files, base)).toThrow(
      "photo.csv: is not a text file (it holds binary data)",
    );
  });

  it("reads CSV files whose cells are separated by semicolons, as spreadsheets often write them", () => {
    const semicolons = (text: string) =>
      Papa.unparse(Papa.parse<string[]>(text).data, { delimiter: ";", newline: "\r\n" });
    const files = [
      { name: "places.csv", text: semicolons(csv.places) },
      { name: "links.csv", text: semicolons(csv.links) },
    ];
    const network = readNetworkFiles(files, base);
    expect(network.places).toEqual(base.places);
    expect(network.links).toEqual(base.links);
  });
});
