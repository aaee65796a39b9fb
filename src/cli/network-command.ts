// `npm run network`'s work, apart from the process: the whole network as JSON, CSV, GeoJSON, GEXF or
// GraphML, printed or written to --out. Exit status: 0 written, 2 a bad command or network file, 1 broken data
// or a file that cannot be written.
import { writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { Dataset } from "../core/dataset";
import { NETWORK_FORMATS, type NetworkFormat, networkTexts } from "../core/export/network-formats";
import { DatasetError } from "../core/validation/problems";
import type { CommandOutput } from "./command-output";
import { readDataDir, readNetworkFile } from "./read-dataset";
import { languageOf, parseEachOnce, UsageError } from "./route-args";
import { terminalText } from "./terminal-text";

const USAGE = `usage: npm run --silent network -- --format ${NETWORK_FORMATS.join("|")} [--out FILE]
  [--network FILE] [--lang en|fr]
  csv writes two files and needs --out: --out net.csv writes net-places.csv and net-links.csv`;

const text = { type: "string" } as const;
const OPTIONS = {
  format: text,
  out: text,
  network: text,
  lang: text,
  help: { type: "boolean", short: "h" },
} as const;

interface NetworkRequest {
  format: NetworkFormat;
  out?: string;
  network?: string;
  language: ReturnType<typeof languageOf>;
}

function parseNetworkArgs(args: string[]): NetworkRequest | { help: true } {
  const { values } = parseEachOnce(args, OPTIONS);
  if (values.help) return { help: true };
  const format = values.format as NetworkFormat | undefined;
  if (format === undefined) throw new UsageError("--format is required");
  if (!NETWORK_FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}" (${NETWORK_FORMATS.join(", ")})`);
  if (format === "csv" && !values.out)
    throw new UsageError("csv writes two files (places and links): give --out");
  return { format, out: values.out, network: values.network, language: languageOf(values.lang) };
}

const fail = (status: number, message: string): CommandOutput => ({
  status,
  stdout: "",
  stderr: terminalText(`network: ${message}\n`),
});

export async function runNetworkCommand(args: string[]): Promise<CommandOutput> {
  let request: ReturnType<typeof parseNetworkArgs>;
  try {
    request = parseNetworkArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return fail(2, `${error.message}\n${USAGE}`);
  }
  if ("help" in request) return { status: 0, stdout: `${USAGE}\n`, stderr: "" };
  let dataset: Dataset;
  try {
    dataset = request.network ? readNetworkFile(request.network) : readDataDir();
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return fail(request.network ? 2 : 1, error.message);
  }
  const files = await networkTexts(dataset, request.format, request.language);
  if (!request.out)
    return { status: 0, stdout: files.map((file) => file.text).join(""), stderr: "" };
  return writeFiles(request.out, files);
}

/** "net.csv" with a part "places" is "net-places.csv"; a file without a part is `out` itself. */
function partPath(out: string, part: string | undefined): string {
  if (!part) return out;
  const extension = extname(out);
  return join(dirname(out), `${basename(out, extension)}-${part}${extension || ".csv"}`);
}

function writeFiles(out: string, files: Awaited<ReturnType<typeof networkTexts>>): CommandOutput {
  const paths: string[] = [];
  try {
    for (const { part, text } of files) {
      const path = partPath(out, part);
      writeFileSync(path, text);
      paths.push(path);
    }
  } catch (error) {
    return fail(1, `cannot write ${out} (${(error as Error).message})`);
  }
  return { status: 0, stdout: "", stderr: terminalText(`network: wrote ${paths.join(", ")}\n`) };
}
