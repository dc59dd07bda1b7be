/**
 * Builds WorkbookSnapshots the way the shells hand them to the core: cell values row by row, merges and
 * ListObjects as A1 ranges in sheet coordinates, number formats parallel to the rows, and an origin where the
 * used range does not start at A1.
 */
import type { CellRange, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { parseCellAddress, parseRangeAddress, SheetGrid } from '../../src/core/snapshot';
import {
  GENERAL_BUDGET,
  GENERAL_BUDGET_TOTAL,
  INDICATORS,
  SCORE_HEADER,
  SCORE_TITLE,
  SCORES,
  SOCIAL_INSURANCE,
  STATED_GRADE,
  type BudgetRow,
} from '../../scripts/sampleData';

export interface TableOption {
  readonly ref: string;
  readonly name?: string;
  readonly hasHeaderRow?: boolean;
}

export interface SheetOptions {
  /** Merged blocks in sheet coordinates: `A1:F1`. */
  readonly merges?: readonly string[];
  /** Excel tables (ListObjects): `{ ref: 'A3:F9' }`. */
  readonly tables?: readonly TableOption[];
  /** Number formats parallel to `rows`. */
  readonly formats?: readonly (readonly (string | null)[])[];
  /** Where rows[0][0] sits: `C5`, or 0-based coordinates. */
  readonly origin?: string | { readonly row: number; readonly col: number };
}

function range(ref: string): CellRange {
  const r = parseRangeAddress(ref);
  if (!r) throw new Error(`test grid: bad range ${ref}`);
  return r;
}

export function sheet(name: string, rows: readonly (readonly CellValue[])[], options: SheetOptions = {}): SheetSnapshot {
  const origin =
    options.origin === undefined
      ? { row: 0, col: 0 }
      : typeof options.origin === 'string'
        ? (parseCellAddress(options.origin) ?? { row: 0, col: 0 })
        : options.origin;
  const tables: TableSnapshot[] = (options.tables ?? []).map((t, i) => ({
    name: t.name ?? `表${i + 1}`,
    range: range(t.ref),
    hasHeaderRow: t.hasHeaderRow ?? true,
  }));
  return {
    name,
    origin,
    rows,
    ...(options.formats ? { formats: options.formats } : {}),
    merges: (options.merges ?? []).map(range),
    tables,
  };
}

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export function gridOf(snapshot: SheetSnapshot): SheetGrid {
  return new SheetGrid(snapshot);
}

/** A formats block: every cell of `rows` × `cols` gets `format` (amount columns of a finance table). */
export function formatsLike(rows: readonly (readonly CellValue[])[], formatOf: (row: number, col: number) => string | null): (string | null)[][] {
  return rows.map((r, i) => r.map((_, j) => formatOf(i, j)));
}

/** The usual budget header of a 项目支出预算执行情况表. */
export const BUDGET_HEADER: readonly CellValue[] = ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '备注'];

/** The usual indicator header of a 绩效自评表. */
export const INDICATOR_HEADER: readonly CellValue[] = [
  '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
];

// ---------------------------------------------------------------------------------------------------------
// The seed report (衡阳市医疗保障局, 2024) kept the way a 财务科 keeps it, as scripts/buildSample.ts writes it:
// a 0% and a 52% project line, 基本支出 0.01 off its parts, project lines summing to 124.51 under a stated
// 437.20, an unmet indicator without a 偏差原因 and a self-score of 10/10 for 预算执行.
// ---------------------------------------------------------------------------------------------------------

const AMOUNT = '#,##0.00';
const RATE = '0.00%';

type SeedLine = BudgetRow;

function seedRows(lines: readonly SeedLine[]): { rows: CellValue[][]; formats: (string | null)[][] } {
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (const [seq, name, initial, budget, actual, rate] of lines) {
    rows.push([seq, name, initial, budget, actual, rate ?? actual / budget, null]);
    formats.push([null, '@', AMOUNT, AMOUNT, AMOUNT, rate === null ? RATE : '@', null]);
  }
  return { rows, formats };
}

/**
 * 预算执行表: rows 1–17 the 部门预算执行情况表 (title, 编制单位 and 单位：万元, header on row 3, 合计 on row 17
 * merged over A:B), row 18 blank, rows 19–24 the 社会保险基金 table.
 */
export function seedBudgetSheet(name = '预算执行表') {
  const general = seedRows(GENERAL_BUDGET);
  const social = seedRows(SOCIAL_INSURANCE);
  const rows: CellValue[][] = [
    ['衡阳市医疗保障局2024年度部门预算执行情况表'],
    ['编制单位：衡阳市医疗保障局', null, null, null, null, '单位：万元'],
    [...BUDGET_HEADER],
    ...general.rows,
    ['合计', null, ...GENERAL_BUDGET_TOTAL, GENERAL_BUDGET_TOTAL[2] / GENERAL_BUDGET_TOTAL[1], null],
    [],
    ['2024年度社会保险基金预算支出情况表'],
    [null, null, null, null, null, '单位：万元'],
    [...BUDGET_HEADER],
    ...social.rows,
  ];
  const formats: (string | null)[][] = [
    [],
    [],
    [],
    ...general.formats,
    [null, null, AMOUNT, AMOUNT, AMOUNT, RATE, null],
    [],
    [],
    [],
    [],
    ...social.formats,
  ];
  return sheet(name, rows, { formats, merges: ['A1:G1', 'F2:G2', 'A17:B17', 'A19:G19', 'F20:G20'] });
}

/** 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分 (stated), 偏差原因. */
export const SEED_INDICATORS = INDICATORS;

/** 绩效指标表: title on row 1, header on row 2, 13 indicators on rows 3–15 with 一级/二级 merged down. */
export function seedIndicatorSheet(name = '绩效指标表') {
  const rows: CellValue[][] = [['衡阳市医疗保障局2024年度部门整体支出绩效指标完成情况'], [...INDICATOR_HEADER]];
  SEED_INDICATORS.forEach(([level1, level2, name3, target, actual, weight, score, reason], i) => {
    const previous = SEED_INDICATORS[i - 1];
    const newLevel1 = !previous || previous[0] !== level1;
    const newLevel2 = newLevel1 || previous[1] !== level2;
    rows.push([newLevel1 ? level1 : null, newLevel2 ? level2 : null, name3, target, actual, weight, score, reason || null]);
  });
  // 产出 rows 3–8, 效益 9–12, 成本 14–15; 二级 runs within them.
  const merges = ['A1:H1', 'A3:A8', 'A9:A12', 'A14:A15', 'B3:B5', 'B6:B7', 'B10:B11', 'B14:B15'];
  return sheet(name, rows, { merges });
}

/** 自评得分: 评价内容 | 分值 | 自评得分 with the report's 10/38/28/10/10 = 96 and 优. */
export function seedScoresSheet(name = '自评得分') {
  return sheet(name, [[SCORE_TITLE], [...SCORE_HEADER], ...SCORES.map((row) => [...row]), ['评价等次', null, STATED_GRADE]], {
    merges: ['A1:C1'],
  });
}

export function seedWorkbook() {
  return book(seedBudgetSheet(), seedIndicatorSheet(), seedScoresSheet());
}
