import { runCli } from '../../src/cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process and keeps what it wrote; `now` fixes the run time written into 自评_总览. */
export async function runInProcess(argv: readonly string[], now?: () => Date): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...(now ? { now } : {}),
  });
  return { code, stdout, stderr };
}
