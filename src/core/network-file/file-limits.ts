// How much of a network file is read: a stated maximum size, checked before reading where the size is known.
import type { DatasetProblem } from "../validation/problems";

const MIB = 2 ** 20;
/** A generated network of 100k places and 200k links is under 100 MiB; room to spare, under V8's string limit. */
export const MAX_FILE_BYTES = 256 * MIB;

/** The problem of a file too large to read, if it is. */
export function fileSizeProblem(file: string, bytes: number): DatasetProblem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const size = `${(bytes / MIB).toFixed(1)} MiB`;
  return {
    file,
    message: `is ${size}, over the limit of ${MAX_FILE_BYTES / MIB} MiB for a network file`,
  };
}
