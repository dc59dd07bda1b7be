import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
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
  parseSettings,
  showPath,
  toJsonReport,
  type Language,
  type Settings,
  type WorkbookEvaluation,
} from '../core';
import { openWorkbook, WorkbookReadError, WorkbookWriteError, writeOutputWorkbook, type OpenedWorkbook } from '../xlsx';
import { fileProblem, systemReason } from '../xlsx/systemErrors';
import type { CliIo } from './CliIo';
import { EXIT } from './exitCodes';
import { oneLine } from './oneLine';
import { formatSummary } from './formatSummary';
import type { EvaluateRequest, ReviewRequest } from './parseCommandLine';

/**
 * `budget-perf evaluate`, once the command line is valid: read IN, evaluate it, print the summary or the JSON
 * report, write OUT. Loaded only then (runCli imports it when it is needed), so `--help` loads neither the
 * engine nor the file shell.
 */
export async function evaluateFile(request: EvaluateRequest, io: CliIo): Promise<number> {
  const { file, lang, out } = request;
  if (out !== undefined && (await samePath(file, out))) {
    io.stderr.write(`${formatMessage('cli.usageError', { detail: formatMessage('cli.outIsInput', { path: showPath(file) }, lang) }, lang)}\n`);
    io.stderr.write(`${formatMessage('cli.usageHint', {}, lang)}\n`);
    return EXIT.usage;
  }
  const given = request.settingsFile === undefined ? {} : await settingsFrom(request.settingsFile, lang);
  if (typeof given === 'string') {
    io.stderr.write(`${formatMessage('cli.usageError', { detail: given }, lang)}\n`);
    return EXIT.usage;
  }
  let opened: OpenedWorkbook;
  let evaluation: WorkbookEvaluation;
  try {
    opened = await openWorkbook(file, { lang });
    // The settings the workbook carries (saved by the pane), then the --settings file, then --rules.
    const stored = readStoredSettings(opened.snapshot) ?? NO_STORED_SETTINGS;
    const settings = { ...stored.settings, ...given, ...(request.ruleSet === null ? {} : { ruleSet: request.ruleSet }) };
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

/** `budget-perf review`: its --settings file read as evaluate reads one, then every workbook (reviewFiles.ts). */
export async function reviewCommand(request: ReviewRequest, io: CliIo): Promise<number> {
  const given = request.settingsFile === undefined ? {} : await settingsFrom(request.settingsFile, request.lang);
  if (typeof given === 'string') {
    io.stderr.write(`${formatMessage('cli.usageError', { detail: given }, request.lang)}\n`);
    return EXIT.usage;
  }
  const { reviewFiles } = await import('./reviewFiles');
  return reviewFiles(request, given, io);
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

/** The settings of a --settings file, or what is wrong with it (every problem, each naming its setting). */
async function settingsFrom(path: string, lang: Language): Promise<Partial<Settings> | string> {
  const shown = showPath(path);
  let text: string | null;
  try {
    text = await regularFileText(path);
  } catch (error) {
    const problem = fileProblem(error);
    if (problem === 'not-found') return formatMessage('cli.settingsMissing', { path: shown }, lang);
    if (problem === 'is-directory' || problem === 'not-regular') return formatMessage('cli.settingsNotFile', { path: shown }, lang);
    return formatMessage('cli.settingsUnreadable', { path: shown, reason: systemReason(error) }, lang);
  }
  if (text === null) return formatMessage('cli.settingsNotFile', { path: shown }, lang);
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch (error) {
    return formatMessage('cli.settingsNotJson', { path: shown, reason: oneLine(error) }, lang);
  }
  const { settings, problems } = parseSettings(raw);
  if (problems.length === 0) return settings;
  return problems.map((p) => formatMessage('cli.settingsProblem', { path: shown, problem: formatMessage(p.key, p.params, lang) }, lang)).join('; ');
}

/** A file's text, or null when it is not a regular file: opened without blocking, so a FIFO is refused at once. */
async function regularFileText(path: string): Promise<string | null> {
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return (await file.stat()).isFile() ? await file.readFile('utf8') : null;
  } finally {
    await file.close();
  }
}
