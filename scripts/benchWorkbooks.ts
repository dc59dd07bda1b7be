/**
 * Large workbooks laid out like the sample (scripts/buildSample.ts), for the benchmark and for any test that
 * needs volume: a budget sheet (title, unit note, header, 基本支出 with its 其中 rows, 项目支出, n generated
 * project lines, 合计) and an indicator sheet with a tenth as many rows. The same rows become either an
 * in-memory WorkbookSnapshot (the core alone) or an .xlsx file written by ExcelJS (the CLI end to end).
 * Deterministic: a seeded generator, so two runs time the same data.
 */
import ExcelJS from 'exceljs';
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from '../src/core';

export type BenchCell = string | number | null;

/** A sheet as rows of values plus merges, 0-based like the snapshot. */
export interface BenchSheet {
  readonly name: string;
  readonly rows: readonly (readonly BenchCell[])[];
  readonly merges: readonly CellRange[];
  /** 1-based columns holding amounts, formatted `#,##0.00` when written to a file. */
  readonly amountColumns: readonly number[];
}

export const BENCH_UNIT = '示例市医疗保障局';

// ---------------------------------------------------------------------------------------------------------
// Realistic-looking content
// ---------------------------------------------------------------------------------------------------------

const PURPOSES = [
  '医疗保障能力建设', '城乡居民基本医疗', '办公场地租赁', '特殊门诊专家评审', '欺诈骗保行为举报奖励',
  '增人增资', '驻村帮扶', '医疗费补助', '医保信息系统运维', '档案数字化', '医保政策宣传培训', '基金监管稽核',
  '异地就医直接结算', '药品耗材集中带量采购', '医疗服务价格监测', '长期护理保险试点', '两定机构年度考核',
  '经办服务能力提升', 'DRG支付方式改革', '网络安全等级保护',
];
const SUFFIXES = ['经费', '专项资金', '费用', '补助资金', '工作经费'];

/** mulberry32: a small seeded generator, enough for plausible figures. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mostly 90–100%, some fully spent, some low, a few at 0 or over budget: what real tables show. */
function executionRate(rand: () => number): number {
  const u = rand();
  if (u < 0.05) return 0;
  if (u < 0.2) return 0.3 + rand() * 0.6;
  if (u < 0.25) return 1 + rand() * 0.15;
  if (u < 0.55) return 1;
  return 0.9 + rand() * 0.1;
}

/** Amounts are kept as integer hundredths of the unit (分 of a 万元 figure), so the totals are exact. */
const shown = (hundredths: number): number => hundredths / 100;
const rateText = (actual: number, budget: number, digits: number): string =>
  budget === 0 ? '' : `${((actual / budget) * 100).toFixed(digits)}%`;

// ---------------------------------------------------------------------------------------------------------
// The sheets
// ---------------------------------------------------------------------------------------------------------

const BUDGET_HEADER = ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '备注'];

export function benchBudgetSheet(lineCount: number, seed = 2024): BenchSheet {
  const rand = seeded(seed);
  const lines: BenchCell[][] = [];
  let projectBudget = 0;
  let projectActual = 0;
  for (let i = 0; i < lineCount; i++) {
    const budget = Math.round(10 ** (1.7 + rand() * 3.3)); // 0.50 … 1 000.00 万元
    const actual = Math.round(budget * executionRate(rand));
    projectBudget += budget;
    projectActual += actual;
    const year = rand() < 0.2 ? '2024年度' : '';
    const name = `${year}${PURPOSES[i % PURPOSES.length]}${SUFFIXES[Math.floor(rand() * SUFFIXES.length)]}`;
    lines.push([i + 1, name, shown(budget), shown(budget), shown(actual), rateText(actual, budget, 0), null]);
  }

  const staff = { budget: 127200, actual: 127047 };
  const office = { budget: 25800, actual: 25625 };
  const basic = { budget: staff.budget + office.budget, actual: staff.actual + office.actual };
  const total = { budget: basic.budget + projectBudget, actual: basic.actual + projectActual };
  const summary = (seq: string | null, name: string | null, t: { budget: number; actual: number }): BenchCell[] =>
    [seq, name, shown(t.budget), shown(t.budget), shown(t.actual), rateText(t.actual, t.budget, 2), null];

  const rows: BenchCell[][] = [
    [`${BENCH_UNIT}2024年度部门预算执行情况表`],
    [`编制单位：${BENCH_UNIT}`, null, null, null, null, '单位：万元'],
    BUDGET_HEADER,
    summary('一', '基本支出', basic),
    summary(null, '其中：人员经费', staff),
    summary(null, '　　　公用经费', office),
    summary('二', '项目支出', { budget: projectBudget, actual: projectActual }),
    ...lines,
    summary('合计', null, total), // merged over 序号 and 项目名称
  ];
  const totalRow = rows.length - 1;
  return {
    name: '预算执行表',
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 1, left: 5, bottom: 1, right: 6 },
      { top: totalRow, left: 0, bottom: totalRow, right: 1 },
    ],
    amountColumns: [3, 4, 5],
  };
}

/** 一级指标, 二级指标, 三级指标, and how to make a target, an actual and a 偏差原因 for it. */
type IndicatorTemplate = readonly [string, string, string, (rand: () => number) => readonly [string, string, string]];

const NO_REASON = '';
const INDICATOR_TEMPLATES: readonly IndicatorTemplate[] = [
  ['产出指标', '数量指标', '居民医保参保人数', (r) => {
    const t = 500 + Math.round(r() * 100);
    return [`≥${t}万人`, `${(t * (0.98 + r() * 0.05)).toFixed(1)}万人`, NO_REASON];
  }],
  ['产出指标', '数量指标', '村卫生室医保定点数', (r) => {
    const t = 1000 + Math.round(r() * 2000);
    return [`不低于${t}家`, `${Math.round(t * (0.95 + r() * 0.1))}家`, NO_REASON];
  }],
  ['产出指标', '质量指标', '常住人口参保覆盖率', (r) => ['≥95%', `${(94 + r() * 3).toFixed(1)}%`, NO_REASON]],
  ['产出指标', '时效指标', '医保信息平台功能深化应用', (r) => {
    const done = r() < 0.7;
    return ['有效提升', done ? '完成' : '基本完成', done ? NO_REASON : '部分机构系统改造未完成，已督促限期完成'];
  }],
  ['效益指标', '经济效益指标', '试点医疗机构住院次均费用降幅', (r) => ['≥5%', `${(3 + r() * 4).toFixed(1)}%`, NO_REASON]],
  ['效益指标', '社会效益指标', '参保人员自付比例降幅', (r) => ['≥5%', `${(4 + r() * 4).toFixed(2)}%`, NO_REASON]],
  ['效益指标', '可持续影响指标', '乡村医保服务点经办事项覆盖率', () => ['100%', '100%', NO_REASON]],
  ['满意度指标', '服务对象满意度指标', '参保群众满意度', (r) => ['≥90%', `${Math.round(85 + r() * 12)}%`, NO_REASON]],
  ['成本指标', '经济成本指标', '办公场地年租赁费', (r) => {
    const t = 20 + Math.round(r() * 60);
    return [`≤${t}万元`, `${(t * (0.9 + r() * 0.15)).toFixed(2)}万元`, NO_REASON];
  }],
];

const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/**
 * Indicator rows cycling through the templates, so that 一级指标 and 二级指标 repeat over consecutive rows and are
 * merged down over each run, the way the sample merges them.
 */
export function benchIndicatorSheet(rowCount: number, seed = 2025): BenchSheet {
  const rand = seeded(seed);
  const first = 2; // title, header
  const rows: BenchCell[][] = [[`${BENCH_UNIT}2024年度部门整体支出绩效指标完成情况`], INDICATOR_HEADER];
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: 7 }];
  const templateAt = (i: number) => INDICATOR_TEMPLATES[i % INDICATOR_TEMPLATES.length];
  const level1Key = (i: number) => templateAt(i)[0];
  const level2Key = (i: number) => `${templateAt(i)[0]}/${templateAt(i)[1]}`;
  for (let i = 0; i < rowCount; i++) {
    const [level1, level2, name, make] = templateAt(i);
    const [target, actual, reason] = make(rand);
    const weight = 5;
    const score = reason === NO_REASON ? weight : weight - 1;
    // A merged block holds its value in its top cell only.
    const newLevel1 = i === 0 || level1Key(i) !== level1Key(i - 1);
    const newLevel2 = i === 0 || level2Key(i) !== level2Key(i - 1);
    rows.push([newLevel1 ? level1 : null, newLevel2 ? level2 : null, name, target, actual, weight, score, reason || null]);
  }
  merges.push(...mergeRuns(rowCount, first, 0, level1Key), ...mergeRuns(rowCount, first, 1, level2Key));
  return { name: '绩效指标表', rows, merges, amountColumns: [] };
}

/** One merge down column `col` over each run of two or more consecutive rows with the same key. */
function mergeRuns(count: number, first: number, col: number, key: (i: number) => string): CellRange[] {
  const merges: CellRange[] = [];
  let start = 0;
  for (let i = 1; i <= count; i++) {
    if (i < count && key(i) === key(start)) continue;
    if (i - 1 > start) merges.push({ top: first + start, left: col, bottom: first + i - 1, right: col });
    start = i;
  }
  return merges;
}

/** Both sheets: `lineCount` budget lines and a tenth as many indicator rows. */
export function benchSheets(lineCount: number): readonly BenchSheet[] {
  return [benchBudgetSheet(lineCount), benchIndicatorSheet(Math.max(1, Math.round(lineCount / 10)))];
}

/**
 * A text-heavy sheet as the pane met it on Excel on the web: a budget table whose lines each carry five
 * notes of 75 characters beside the name and the two amounts (8 columns); 20 000 such lines answer 5.6 MB
 * and more when read in one piece.
 */
export function benchNotesSheet(lineCount: number): BenchSheet {
  const note = (i: number, j: number) => `说明${j}：${'本项目按照年度计划推进资金使用规范绩效目标基本完成群众满意度较高'.repeat(3).slice(0, 66)}${String(i).padStart(6, '0')}`;
  const rows: BenchCell[][] = [['项目名称', '全年预算数', '全年执行数', '说明一', '说明二', '说明三', '说明四', '说明五']];
  for (let i = 1; i <= lineCount; i++) rows.push([`项目${i}`, 100 + (i % 7), 90 + (i % 13), ...[1, 2, 3, 4, 5].map((j) => note(i, j))]);
  return { name: '项目说明', rows, merges: [], amountColumns: [2, 3] };
}

// ---------------------------------------------------------------------------------------------------------
// As a snapshot, or as a file
// ---------------------------------------------------------------------------------------------------------

export function toSnapshot(sheets: readonly BenchSheet[]): WorkbookSnapshot {
  return {
    sheets: sheets.map((s): SheetSnapshot => ({
      name: s.name,
      origin: { row: 0, col: 0 },
      rows: s.rows,
      merges: s.merges,
      tables: [],
    })),
  };
}

export function benchSnapshot(lineCount: number): WorkbookSnapshot {
  return toSnapshot(benchSheets(lineCount));
}

export function toExcelWorkbook(sheets: readonly BenchSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const values of s.rows) {
      const row = ws.addRow([...values]);
      for (const c of s.amountColumns) {
        if (typeof values[c - 1] === 'number') row.getCell(c).numFmt = '#,##0.00';
      }
    }
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

export async function writeBenchWorkbook(lineCount: number, file: string): Promise<void> {
  await toExcelWorkbook(benchSheets(lineCount)).xlsx.writeFile(file);
}
