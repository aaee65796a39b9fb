// What a command gives back, and how the process hands it to the terminal.

export interface CommandOutput {
  status: number;
  stdout: string;
  stderr: string;
}

/** The two streams a command writes to; the process's own unless a test passes others. */
interface OutputStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function writeCommandOutput(
  { status, stdout, stderr }: CommandOutput,
  streams: OutputStreams = process,
): void {
  writeQuietlyIfClosed(streams.stdout, stdout);
  writeQuietlyIfClosed(streams.stderr, stderr);
  process.exitCode = status;
}

// A reader that stops early (`| head -1`) closes the pipe: the rest of the output has nowhere to go,
// which is what the user asked for, so the write ends quietly instead of crashing with EPIPE.
function writeQuietlyIfClosed(stream: NodeJS.WritableStream, text: string): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  stream.write(text);
}
