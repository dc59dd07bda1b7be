import { evaluateWorkbook, formatMessage, toJsonReport } from '../core';
import { readWorkbook, WorkbookReadError } from '../xlsx';
import type { CliIo } from './CliIo';
import { EXIT } from './exitCodes';
import { formatSummary } from './formatSummary';
import { languageFromArgv, parseCommandLine, type EvaluateRequest } from './parseCommandLine';

/**
 * `budget-perf evaluate IN.xlsx [--json] [--rules dept-2024|mof-2020] [--lang zh-CN|en]`, in-process:
 * `argv` is the user's arguments (process.argv without node and the script); returns the exit code.
 * Nothing escapes as an exception: a failure is one line on stderr, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = await parseCommandLine(argv, io);
    return 'request' in parsed ? await evaluate(parsed.request, io) : parsed.exitCode;
  } catch (error) {
    io.stderr.write(`${formatMessage('cli.failed', { reason: oneLine(error) }, languageFromArgv(argv))}\n`);
    return EXIT.unreadable;
  }
}

async function evaluate(request: EvaluateRequest, io: CliIo): Promise<number> {
  const { file, lang } = request;
  try {
    const snapshot = await readWorkbook(file, { lang });
    const evaluation = evaluateWorkbook(snapshot, { ruleSet: request.ruleSet });
    io.stdout.write(
      request.json ? `${JSON.stringify(toJsonReport(evaluation, lang), null, 2)}\n` : formatSummary(evaluation, file, lang),
    );
    return EXIT.ok;
  } catch (error) {
    const message =
      error instanceof WorkbookReadError ? error.messageIn(lang) : formatMessage('cli.unexpected', { path: file, reason: oneLine(error) }, lang);
    io.stderr.write(`${message}\n`);
    return EXIT.unreadable;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
