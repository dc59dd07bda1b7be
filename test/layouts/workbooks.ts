/**
 * Real-looking workbooks for the end-to-end layout tests: each test states its sheets as tables of rows
 * (arrays, row 1 first, column A first), plus merges and Excel tables (ListObjects). The workbook is written
 * to a temporary .xlsx by ExcelJS, read back with the file shell (readWorkbook) and evaluated by the engine,
 * so what is checked is what a user of the CLI would get from the same file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  evaluateWorkbook,
  parseRangeAddress,
  toJsonReport,
  type Evaluation,
  type JsonEvaluation,
  type WorkbookEvaluation,
  type FlagCode,
  type JsonFlag,
  type JsonReport,
  type Settings,
  type WorkbookSnapshot,
} from '../../src/core';
import { readWorkbook } from '../../src/xlsx';

/** A number or text shown with an Excel number format (`0%`, `#,##0.00`). */
export interface Formatted {
  readonly kind: 'formatted';
  readonly value: string | number;
  readonly numFmt: string;
}

/** A formula with the result Excel cached when it last calculated. */
export interface Formula {
  readonly kind: 'formula';
  readonly formula: string;
  readonly result: number | string | ExcelError;
  readonly numFmt?: string;
}

/** An Excel error value (`#DIV/0!`), as Excel stores it in the cell. */
export interface ExcelError {
  readonly kind: 'error';
  readonly error: string;
}

export type CellInput = string | number | boolean | null | Formatted | Formula | ExcelError;

export type RowInput = readonly CellInput[];

/** An Excel table (ListObject) over cells already given in the sheet's rows; its first row is the header. */
export interface ListObjectSpec {
  readonly name: string;
  /** `A3:D7`: header row included. */
  readonly range: string;
}

export interface SheetSpec {
  readonly name: string;
  /** Row 1 first; `null` or a missing entry is an empty cell, `[]` an empty row. */
  readonly rows: readonly RowInput[];
  /** Merged blocks (`A1:E1`); the value sits in the block's top-left cell of `rows`. */
  readonly merges?: readonly string[];
  readonly listObjects?: readonly ListObjectSpec[];
  /** A number format for every number of a column (`{ C: '#,##0.00' }`), as a finance table sets it. */
  readonly columnFormats?: Readonly<Record<string, string>>;
}

export const fmt = (value: string | number, numFmt: string): Formatted => ({ kind: 'formatted', value, numFmt });
export const formula = (text: string, result: number | string | ExcelError, numFmt?: string): Formula => ({
  kind: 'formula',
  formula: text,
  result,
  numFmt,
});
export const excelError = (error: string): ExcelError => ({ kind: 'error', error });

/** Amounts as a finance table formats them. */
export const AMOUNT = '#,##0.00';

function isWrapped(value: CellInput): value is Formatted | Formula | ExcelError {
  return typeof value === 'object' && value !== null;
}

function writeCell(cell: ExcelJS.Cell, value: CellInput, columnFormat: string | undefined): void {
  if (value === null) return;
  if (!isWrapped(value)) {
    cell.value = value;
    if (typeof value === 'number' && columnFormat) cell.numFmt = columnFormat;
    return;
  }
  switch (value.kind) {
    case 'formatted':
      cell.value = value.value;
      cell.numFmt = value.numFmt;
      return;
    case 'formula':
      cell.value = { formula: value.formula, result: formulaResult(value) } as ExcelJS.CellFormulaValue;
      if (value.numFmt ?? columnFormat) cell.numFmt = value.numFmt ?? (columnFormat as string);
      return;
    case 'error':
      cell.value = { error: value.error } as ExcelJS.CellErrorValue;
  }
}

function formulaResult(value: Formula): ExcelJS.CellFormulaValue['result'] {
  const result = value.result;
  return typeof result === 'object' ? ({ error: result.error } as ExcelJS.CellErrorValue) : result;
}

/** The plain value ExcelJS's addTable wants for a body cell of a ListObject. */
function tableValue(value: CellInput | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (!isWrapped(value)) return value;
  if (value.kind === 'formatted') return value.value;
  if (value.kind === 'formula') return { formula: value.formula, result: formulaResult(value) } as ExcelJS.CellFormulaValue;
  return { error: value.error } as ExcelJS.CellErrorValue;
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = workbook.addWorksheet(spec.name);
  spec.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const letter = ws.getColumn(c + 1).letter;
      writeCell(ws.getCell(r + 1, c + 1), value, spec.columnFormats?.[letter]);
    });
  });
  for (const table of spec.listObjects ?? []) addListObject(ws, spec, table);
  // After the values: ExcelJS makes the covered cells of a merge echo the top-left one.
  for (const merge of spec.merges ?? []) ws.mergeCells(merge);
}

function addListObject(ws: ExcelJS.Worksheet, spec: SheetSpec, table: ListObjectSpec): void {
  const range = parseRangeAddress(table.range);
  if (!range) throw new Error(`bad ListObject range ${table.range}`);
  const cellsOf = (r: number) =>
    Array.from({ length: range.right - range.left + 1 }, (_, i) => spec.rows[r]?.[range.left + i]);
  const header = cellsOf(range.top).map((v) => String(tableValue(v ?? null) ?? ''));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) rows.push(cellsOf(r).map(tableValue));
  ws.addTable({
    name: table.name,
    ref: table.range.split(':')[0],
    headerRow: true,
    columns: header.map((name) => ({ name })),
    rows,
  });
}

/** The sheets as an .xlsx file, written by ExcelJS the way the layout tests write theirs. */
export async function writeWorkbookFile(path: string, sheets: readonly SheetSpec[]): Promise<void> {
  const file = new ExcelJS.Workbook();
  for (const sheet of sheets) addSheet(file, sheet);
  await file.xlsx.writeFile(path);
}

export interface Evaluated {
  /** The workbook's first (in most tests its only) evaluation, and the whole report. */
  readonly report: JsonEvaluation;
  readonly json: JsonReport;
  readonly evaluation: Evaluation;
  readonly workbook: WorkbookEvaluation;
  readonly snapshot: WorkbookSnapshot;
  readonly path: string;
}

/**
 * A temporary folder for one test file (created in beforeAll, removed in afterAll) and the one call a test
 * makes: write these sheets as an .xlsx, read it back, evaluate it, and return the JSON report.
 */
export function workbookFolder(): { evaluate: (sheets: readonly SheetSpec[], settings?: Partial<Settings>) => Promise<Evaluated> } {
  let dir = '';
  let count = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'budget-perf-layouts-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    async evaluate(sheets, settings = {}) {
      count += 1;
      const path = join(dir, `workbook-${count}.xlsx`);
      await writeWorkbookFile(path, sheets);
      const snapshot = await readWorkbook(path);
      const workbook = evaluateWorkbook(snapshot, settings);
      const json = toJsonReport(workbook, 'zh-CN');
      return {
        json,
        workbook,
        snapshot,
        path,
        get report() {
          return only(json.evaluations, path);
        },
        get evaluation() {
          return only(workbook.evaluations, path);
        },
      };
    },
  };
}

/** The first form's evaluation; a test of a workbook without one looks at `json` and `workbook` instead. */
function only<T>(evaluations: readonly T[], path: string): T {
  if (evaluations.length === 0) throw new Error(`${path} has no evaluation: look at json.flags`);
  return evaluations[0];
}

// ---------------------------------------------------------------------------------------------------------
// Finding things in a report
// ---------------------------------------------------------------------------------------------------------

export function line(report: JsonEvaluation, name: string): JsonEvaluation['lines'][number] {
  const found = report.lines.filter((l) => l.name === name);
  if (found.length !== 1) {
    throw new Error(`expected one line "${name}", found ${found.length} among ${JSON.stringify(report.lines.map((l) => l.name))}`);
  }
  return found[0];
}

export function indicator(report: JsonEvaluation, name: string): JsonEvaluation['indicators'][number] {
  const found = report.indicators.filter((i) => i.name === name);
  if (found.length !== 1) {
    throw new Error(`expected one indicator "${name}", found ${found.length} among ${JSON.stringify(report.indicators.map((i) => i.name))}`);
  }
  return found[0];
}

export function flagsOf(report: JsonEvaluation, code: FlagCode): JsonFlag[] {
  return report.flags.filter((f) => f.code === code);
}

/** code, severity and cell of every flag, for exact comparison (messages are checked where they matter). */
export function flagSummary(report: JsonEvaluation): { code: FlagCode; severity: string; cell: string | null }[] {
  return report.flags.map(({ code, severity, cell }) => ({ code, severity, cell }));
}

