/** Where the CLI writes: process.stdout and process.stderr in main.ts, string collectors in tests. */
export interface CliOutput {
  write(text: string): unknown;
  /** A terminal is watching (a progress line may be drawn); absent or false when piped or collected. */
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** The clock whose time 自评_总览 records; the real one unless a test fixes it. */
  readonly now?: () => Date;
}
