/**
 * Writes the sample workbook: the figures of the real 2024 report of 衡阳市医疗保障局 (seed/000_…txt), kept
 * the way a 财务科 keeps them in Excel. Its faults are the seed's own and are kept on purpose: a 0% and a 52%
 * project line, 基本支出 0.01 off its parts (1270.47 + 256.25 = 1526.72 ≠ 1526.71), nine project lines that sum
 * to 124.51 under a stated 项目支出 of 437.20, an unmet indicator without a 偏差原因, and 10/10 for 预算执行.
 *
 *   npm run sample            → sample/sample.xlsx (git-ignored: generated, never committed)
 *   node dist/scripts/buildSample.js OUT.xlsx
 *
 * The engine's table detector is written against this exact layout: change a row here, change the tests too.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  UNIT,
  AMOUNT_UNIT_NOTE,
  GENERAL_BUDGET_TITLE,
  GENERAL_BUDGET,
  GENERAL_BUDGET_TOTAL,
  SOCIAL_INSURANCE_TITLE,
  SOCIAL_INSURANCE,
  INDICATOR_TITLE,
  INDICATOR_HEADER,
  INDICATORS,
  SCORE_TITLE,
  SCORE_HEADER,
  SCORES,
  STATED_GRADE,
  BUDGET_HEADER,
  type BudgetRow,
  type IndicatorRow,
} from './sampleData';

// ---------------------------------------------------------------------------------------------------------
// Styling: what an office file looks like (宋体, bold centred titles, thin borders, fitted columns)
// ---------------------------------------------------------------------------------------------------------

const FONT = '宋体';
const AMOUNT_FORMAT = '#,##0.00';
const RATE_FORMAT = '0.00%';
const TEXT_FORMAT = '@';
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** A bold, centred title merged across the table's columns. */
function writeTitle(ws: ExcelJS.Worksheet, row: number, lastCol: number, title: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = title;
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(row).height = 30;
  ws.mergeCells(row, 1, row, lastCol);
}

/** A note above the table (编制单位, 单位：万元), optionally merged over a few columns. */
function writeNote(ws: ExcelJS.Worksheet, row: number, col: number, note: string, toCol = col): void {
  const cell = ws.getCell(row, col);
  cell.value = note;
  cell.font = { name: FONT, size: 11 };
  cell.alignment = { horizontal: toCol > col ? 'right' : 'left', vertical: 'middle' };
  if (toCol > col) ws.mergeCells(row, col, row, toCol);
}

function writeHeader(ws: ExcelJS.Worksheet, row: number, labels: readonly string[]): void {
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = label;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(row).height = 22;
}

/** Body font and thin borders on every cell of the block, empty ones included (备注 is left blank). */
function frame(ws: ExcelJS.Worksheet, top: number, bottom: number, lastCol: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      if (!cell.font?.bold) cell.font = { name: FONT, size: 11 };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
}

function align(cell: ExcelJS.Cell, horizontal: ExcelJS.Alignment['horizontal'], wrapText = false): void {
  cell.alignment = { horizontal, vertical: 'middle', wrapText };
}

function amount(cell: ExcelJS.Cell, value: number): void {
  cell.value = value;
  cell.numFmt = AMOUNT_FORMAT;
  align(cell, 'right');
}

/** 执行率 as a live formula (=E4/D4) with its cached result, so that readers without a calc engine see it. */
function rateFormula(ws: ExcelJS.Worksheet, row: number, actual: number, budget: number): void {
  const cell = ws.getCell(row, 6);
  cell.value = { formula: `E${row}/D${row}`, result: actual / budget };
  cell.numFmt = RATE_FORMAT;
  align(cell, 'right');
}

/** Text the way it was typed (`52%`, `≥95%`), stored as text and formatted as text. */
function text(cell: ExcelJS.Cell, value: string, horizontal: ExcelJS.Alignment['horizontal'] = 'left'): void {
  cell.value = value;
  cell.numFmt = TEXT_FORMAT;
  align(cell, horizontal);
}

/**
 * Columns wide enough for what the table blocks ([top, bottom] row pairs) show: a CJK character is two widths
 * of a Latin one. Titles and notes are left out: they are merged across, or may spill into the next cell.
 */
function fitColumns(ws: ExcelJS.Worksheet, blocks: readonly (readonly [number, number])[], lastCol: number, min = 8, max = 40): void {
  for (let c = 1; c <= lastCol; c++) {
    let width = 0;
    for (const [top, bottom] of blocks) {
      for (let r = top; r <= bottom; r++) {
        const cell = ws.getCell(r, c);
        if (cell.type !== ExcelJS.ValueType.Merge) width = Math.max(width, displayWidth(shownText(cell)));
      }
    }
    const fitted = Math.min(max, Math.max(min, width + 3));
    // ExcelJS leaves a width of exactly 9 (its idea of the default) out of the file, and Excel then shows 8.43.
    ws.getColumn(c).width = fitted === 9 ? 10 : fitted;
  }
}

function shownText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  const n = typeof v === 'number' ? v : v && typeof v === 'object' && 'formula' in v ? v.result : undefined;
  if (typeof n === 'number') {
    if (cell.numFmt === RATE_FORMAT) return `${(n * 100).toFixed(2)}%`;
    if (cell.numFmt === AMOUNT_FORMAT) return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return String(n);
  }
  return typeof v === 'string' ? v : '';
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2200-\u22ff\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

// ---------------------------------------------------------------------------------------------------------
// The sheets
// ---------------------------------------------------------------------------------------------------------

/** One budget table: header at headerRow, the rows below it, an optional 合计 row; returns its last row. */
function writeBudgetTable(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  rows: readonly BudgetRow[],
  total?: readonly [number, number, number],
): number {
  writeHeader(ws, headerRow, BUDGET_HEADER);
  let r = headerRow;
  for (const [seq, name, initial, budget, actual, statedRate] of rows) {
    r++;
    const seqCell = ws.getCell(r, 1);
    if (seq !== null) seqCell.value = seq;
    align(seqCell, 'center');
    text(ws.getCell(r, 2), name);
    amount(ws.getCell(r, 3), initial);
    amount(ws.getCell(r, 4), budget);
    amount(ws.getCell(r, 5), actual);
    if (statedRate === null) rateFormula(ws, r, actual, budget);
    else text(ws.getCell(r, 6), statedRate, 'right');
  }
  if (total) {
    r++;
    const label = ws.getCell(r, 1);
    label.value = '合计';
    label.font = { name: FONT, size: 11, bold: true };
    align(label, 'center');
    amount(ws.getCell(r, 3), total[0]);
    amount(ws.getCell(r, 4), total[1]);
    amount(ws.getCell(r, 5), total[2]);
    rateFormula(ws, r, total[2], total[1]);
  }
  frame(ws, headerRow, r, BUDGET_HEADER.length);
  if (total) ws.mergeCells(r, 1, r, 2); // after styling: ExcelJS shares the master's style with merged cells
  return r;
}

function addBudgetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('预算执行表', { pageSetup: landscape() });
  const lastCol = BUDGET_HEADER.length;

  writeTitle(ws, 1, lastCol, GENERAL_BUDGET_TITLE);
  writeNote(ws, 2, 1, `编制单位：${UNIT}`);
  writeNote(ws, 2, 6, AMOUNT_UNIT_NOTE, 7);
  const generalEnd = writeBudgetTable(ws, 3, GENERAL_BUDGET, GENERAL_BUDGET_TOTAL);

  const socialTitleRow = generalEnd + 2; // one blank separator row
  writeTitle(ws, socialTitleRow, lastCol, SOCIAL_INSURANCE_TITLE);
  writeNote(ws, socialTitleRow + 1, 6, AMOUNT_UNIT_NOTE, 7);
  const socialHeaderRow = socialTitleRow + 2;
  const socialEnd = writeBudgetTable(ws, socialHeaderRow, SOCIAL_INSURANCE);

  fitColumns(ws, [[3, generalEnd], [socialHeaderRow, socialEnd]], lastCol);
}

function addIndicatorSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('绩效指标表', { pageSetup: landscape() });
  const lastCol = INDICATOR_HEADER.length;
  writeTitle(ws, 1, lastCol, INDICATOR_TITLE);
  writeHeader(ws, 2, INDICATOR_HEADER);

  const first = 3;
  INDICATORS.forEach(([level1, level2, name, target, actual, weight, score, reason], i) => {
    const r = first + i;
    const previous = INDICATORS[i - 1];
    // A merged block holds its value in its top cell only.
    if (!previous || previous[0] !== level1) text(ws.getCell(r, 1), level1, 'center');
    if (!previous || previous[0] !== level1 || previous[1] !== level2) text(ws.getCell(r, 2), level2, 'center');
    text(ws.getCell(r, 3), name);
    text(ws.getCell(r, 4), target, 'center');
    text(ws.getCell(r, 5), actual, 'center');
    ws.getCell(r, 6).value = weight;
    align(ws.getCell(r, 6), 'center');
    ws.getCell(r, 7).value = score;
    align(ws.getCell(r, 7), 'center');
    if (reason) text(ws.getCell(r, 8), reason);
    align(ws.getCell(r, 8), 'left', true); // the reason is a sentence: wrap it
  });
  const last = first + INDICATORS.length - 1;
  frame(ws, 2, last, lastCol);
  fitColumns(ws, [[2, last]], lastCol);

  mergeRuns(ws, first, 1, (row) => row[0]);
  mergeRuns(ws, first, 2, (row) => `${row[0]}/${row[1]}`);
}

/** Merges column `col` down over each run of consecutive indicator rows that share `key`. */
function mergeRuns(ws: ExcelJS.Worksheet, first: number, col: number, key: (row: IndicatorRow) => string): void {
  let start = 0;
  for (let i = 1; i <= INDICATORS.length; i++) {
    if (i < INDICATORS.length && key(INDICATORS[i]) === key(INDICATORS[start])) continue;
    if (i - 1 > start) ws.mergeCells(first + start, col, first + i - 1, col);
    start = i;
  }
}

function addScoreSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('自评得分');
  const lastCol = SCORE_HEADER.length;
  writeTitle(ws, 1, lastCol, SCORE_TITLE);
  writeHeader(ws, 2, SCORE_HEADER);

  let r = 2;
  for (const [content, max, score] of SCORES) {
    r++;
    text(ws.getCell(r, 1), content, 'center');
    ws.getCell(r, 2).value = max;
    align(ws.getCell(r, 2), 'center');
    ws.getCell(r, 3).value = score;
    align(ws.getCell(r, 3), 'center');
  }
  r++;
  text(ws.getCell(r, 1), '评价等次', 'center');
  text(ws.getCell(r, 3), STATED_GRADE, 'center');
  frame(ws, 2, r, lastCol);
  fitColumns(ws, [[2, r]], lastCol, 12);
}

function landscape(): Partial<ExcelJS.PageSetup> {
  return { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** The sample workbook, in memory. Deterministic: the same call gives the same cells. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${UNIT}财务科`;
  wb.created = new Date('2025-02-24T09:00:00+08:00');
  wb.modified = wb.created;
  addBudgetSheet(wb);
  addIndicatorSheet(wb);
  addScoreSheet(wb);
  return wb;
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node dist/scripts/buildSample.js OUT.xlsx\n');
    process.exit(2);
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await buildSampleWorkbook().xlsx.writeFile(out);
  process.stdout.write(`wrote ${out}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`buildSample: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
