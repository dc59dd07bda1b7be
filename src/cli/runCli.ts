import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  buildOutputSheets,
  evaluateWorkbook,
  NO_STORED_SETTINGS,
  readStoredSettings,
  formatMessage,
  OUTPUT_SHEET_NAMES,
  OUTPUT_SHEET_IDS,
  OutputSheetConflictError,
  showPath,
  toJsonReport,
  type Language,
  type WorkbookEvaluation,
} from '../core';
import { openWorkbook, WorkbookReadError, WorkbookWriteError, writeOutputWorkbook, type OpenedWorkbook } from '../xlsx';
import type { CliIo } from './CliIo';
import { EXIT } from './exitCodes';
import { formatSummary } from './formatSummary';
import { languageFromArgv, parseCommandLine, type EvaluateRequest } from './parseCommandLine';

/**
 * `budget-perf evaluate IN.xlsx [--json] [--rules dept-2024|mof-2020] [--lang zh-CN|en] [--out OUT.xlsx]`,
 * in-process: `argv` is the user's arguments (process.argv without node and the script); returns the exit
 * code. Nothing escapes as an exception: a failure is one line on stderr, never a stack trace.
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
  const { file, lang, out } = request;
  if (out !== undefined && (await samePath(file, out))) {
    io.stderr.write(`${formatMessage('cli.usageError', { detail: formatMessage('cli.outIsInput', { path: showPath(file) }, lang) }, lang)}\n`);
    io.stderr.write(`${formatMessage('cli.usageHint', {}, lang)}\n`);
    return EXIT.usage;
  }
  let opened: OpenedWorkbook;
  let evaluation: WorkbookEvaluation;
  try {
    opened = await openWorkbook(file, { lang });
    // The settings the workbook carries (saved by the pane), then what the command line says on top.
    const stored = readStoredSettings(opened.snapshot) ?? NO_STORED_SETTINGS;
    const settings = request.ruleSet === null ? stored.settings : { ...stored.settings, ruleSet: request.ruleSet };
    evaluation = evaluateWorkbook(opened.snapshot, settings, stored.columns);
  } catch (error) {
    const message =
      error instanceof WorkbookReadError ? error.messageIn(lang) : formatMessage('cli.unexpected', { path: showPath(file), reason: oneLine(error) }, lang);
    io.stderr.write(`${message}\n`);
    return EXIT.unreadable;
  }
  if (out !== undefined && evaluation.evaluations.length > 0) {
    const failure = await writeOut(opened, evaluation, { ...request, out }, io.now?.() ?? new Date());
    if (failure !== null) {
      io.stderr.write(`${failure}\n`);
      return EXIT.unreadable;
    }
  }
  io.stdout.write(
    request.json ? `${JSON.stringify(toJsonReport(evaluation, lang), null, request.pretty ? 2 : undefined)}\n` : formatSummary(evaluation, file, lang),
  );
  if (out !== undefined && !request.json) {
    const done = evaluation.evaluations.length > 0 ? writtenLine(out, lang) : formatMessage('forms.noneWritten', { path: showPath(out) }, lang);
    io.stdout.write(`${done}\n`);
  }
  return EXIT.ok;
}

/** Writes OUT with the result sheets; returns the one line to say why it could not, or null when written. */
async function writeOut(opened: OpenedWorkbook, evaluation: WorkbookEvaluation, request: EvaluateRequest & { out: string }, runTime: Date): Promise<string | null> {
  const { out, lang } = request;
  try {
    await writeOutputWorkbook(opened, buildOutputSheets(evaluation, lang, runTime), out, { force: request.force });
    return null;
  } catch (error) {
    if (error instanceof OutputSheetConflictError || error instanceof WorkbookWriteError) return error.messageIn(lang);
    return formatMessage('write.failed', { path: showPath(out), reason: oneLine(error) }, lang);
  }
}

function writtenLine(out: string, lang: Language): string {
  const sheets = OUTPUT_SHEET_IDS.map((id) => OUTPUT_SHEET_NAMES[id]).join(formatMessage('output.list.item', {}, lang));
  return formatMessage('cli.written', { path: showPath(out), sheets }, lang);
}

/**
 * Whether OUT names the input file itself (also through a link or another spelling of the path): IN is never
 * overwritten, so that whatever happens the user's own file stays as it was.
 */
async function samePath(input: string, out: string): Promise<boolean> {
  if (resolve(input) === resolve(out)) return true;
  try {
    return (await realpath(input)) === (await realpath(out));
  } catch {
    return false; // OUT does not exist yet (or IN does not: openWorkbook says so)
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
