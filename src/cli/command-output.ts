// What a command gives back, and how the process hands it to the terminal.

export interface CommandOutput {
  status: number;
  stdout: string;
  stderr: string;
}

export function writeCommandOutput({ status, stdout, stderr }: CommandOutput): void {
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = status;
}
