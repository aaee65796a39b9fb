import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { writeCommandOutput } from "../../src/cli/command-output";

/** A stream whose reader has gone, as a pipe into `head` is once head has its lines. */
function closedPipe(code: string): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
}

function collecting(into: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      into.push(String(chunk));
      done();
    },
  });
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("writeCommandOutput", () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
  });

  it("ends quietly when the reader of stdout has closed the pipe (| head -1)", async () => {
    const stderr: string[] = [];
    const stdout = closedPipe("EPIPE");
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      writeCommandOutput(
        { status: 0, stdout: "Almaty → Karachi\n…\n", stderr: "a warning\n" },
        { stdout, stderr: collecting(stderr) },
      );
      await nextTurn();
    } finally {
      process.off("uncaughtException", record);
    }
    expect(uncaught).toEqual([]);
    expect(stdout.destroyed).toBe(true);
    expect(stderr).toEqual(["a warning\n"]);
    expect(process.exitCode).toBe(0);
  });

  it("still reports a write error that is not a closed pipe", async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    const listeners = process.listeners("uncaughtException");
    process.removeAllListeners("uncaughtException");
    process.on("uncaughtException", record);
    try {
      writeCommandOutput(
        { status: 0, stdout: "text\n", stderr: "" },
        { stdout: closedPipe("EIO"), stderr: collecting([]) },
      );
      await nextTurn();
    } finally {
      process.off("uncaughtException", record);
      for (const listener of listeners) process.on("uncaughtException", listener);
    }
    expect(uncaught).toMatchObject([{ code: "EIO" }]);
  });
});
