import { formatMessage } from '../core/messages';
import type { CliIo } from './CliIo';
import { EXIT } from './exitCodes';
import { oneLine } from './oneLine';
import { languageFromArgv, parseCommandLine } from './parseCommandLine';

/**
 * `budget-perf evaluate IN.xlsx [--json [--pretty]] [--rules dept-2024|mof-2020] [--settings FILE.json]
 * [--lang zh-CN|en] [--out OUT.xlsx
 * [--force]]`, in-process: `argv` is the user's arguments (process.argv without node and the script); returns
 * the exit code. Nothing escapes as an exception: a failure is one line on stderr, never a stack trace. The
 * engine and the file shell are loaded only once there is a file to evaluate, so that `--help` and a usage
 * error answer at once.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = await parseCommandLine(argv, io);
    if ('exitCode' in parsed) return parsed.exitCode;
    if ('review' in parsed) {
      const { reviewCommand } = await import('./evaluateFile');
      return await reviewCommand(parsed.review, io);
    }
    const { evaluateFile } = await import('./evaluateFile');
    return await evaluateFile(parsed.request, io);
  } catch (error) {
    io.stderr.write(`${formatMessage('cli.failed', { reason: oneLine(error) }, languageFromArgv(argv))}\n`);
    return EXIT.unreadable;
  }
}
