/**
 * DESIGN.md "How it is tested without Excel": any grid never makes the engine throw; every non-number where a
 * number is needed is a `parse-error` naming its cell, and the amount is null, never 0; sums are exact to the 分.
 */
import fc from 'fast-check';
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { qualifiedAddress } from '../../src/core/snapshot';
import { UNCALCULATED } from '../../src/core/snapshot';
import { toJsonEvaluation, toJsonReport } from '../../src/core/report';
import { buildOutputSheets } from '../../src/core/output';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { LANGUAGES } from '../../src/core/messages';
import { evaluateOne } from './evaluateOne';
import { CAPACITY, form, REWARDS, type FormRow, type FormSpec } from './formGrids';
import { sheet } from './grids';

// ---------------------------------------------------------------------------------------------------------
// Arbitrary grids
// ---------------------------------------------------------------------------------------------------------

/** Words that steer the reader into its table, heading, footer and scoring paths, and junk. */
const WORDS = [
  '项目名称', '支出项目', 'Project', '全年预算数', '调整后预算数', '年初预算数', '预算数', 'Budget', '全年执行数', '实际支出', '支出数',
  'Actual', '执行率', 'Rate', '全年预算数（万元）', '一级指标', '二级指标', '三级指标', '绩效指标', '年度指标值', '实际完成值', '分值',
  '得分', '偏差原因分析及改进措施', '评价内容', '自评得分', '序号', '合计', '总 计', '小计', '其中：人员经费', '　　公用经费', '基本支出',
  '一、基本支出', '二、项目支出', '基本支出合计', '社会保险基金预算支出', '项目支出绩效评价经费', '1. 信息化建设', '注：', '填报人：张三',
  '单位：万元', '（元）', 'Unit: CNY 10,000', '总分', '评价等次', '优', '良好', '差', '产出指标', '效益指标', '满意度指标', '成本指标',
  '数量指标', '经济成本指标', '预算执行', '≥95%', '≤10天', '不低于2220家', '546.6万人', '控制在5%以内', '52%', '94.9%', '约9.4万',
  '1,526.71', '１，５２６．７１', '(1,234.00)', '有效提升', '基本完成', '未完成', '是', '否', '—', '无', '-', '', ' ', '=SUM(A1:A3)',
  '2024年项目支出预算执行情况表', '0%', '-0', 'NaN', 'Infinity', '1e309', '12月底前', '3-5天', '≥', '%', '万',
  '项目支出绩效自评表', '部门整体支出绩效自评表', '项目资金（万元）', '年度资金总额', '其中：当年财政拨款', '上年结转资金', '指标性质',
  '指标值', '度量单位', '定性', '主管部门', '行次', '年中调整金额', '结余金额', '（一）人员经费', '2.基金监管', '10月底前', '≤3个工作日',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e308, 5e-324, -1e308) },
  { weight: 1, arbitrary: fc.constantFrom(1e306, -1e300, 9.99e14, 1e15, 2 ** 53, '1e306', '9,999,999,999,999,999', UNCALCULATED) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!', '').map((error) => ({ error })) },
);

const HEADERS: CellValue[][] = [
  ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['评价内容', '分值', '自评得分'],
  ['Project', 'Budget', 'Actual', 'Rate'],
];

const row: fc.Arbitrary<CellValue[]> = fc.oneof(
  { weight: 6, arbitrary: fc.array(cellValue, { maxLength: 9 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADERS).map((h) => [...h]) },
  { weight: 1, arbitrary: fc.constant<CellValue[]>([]) },
);

const merge: fc.Arbitrary<CellRange> = fc
  .record({ top: fc.nat(16), left: fc.nat(10), height: fc.nat(4), width: fc.nat(5) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

const formatArb = fc.option(fc.constantFrom('General', '0.00', '#,##0.00', '0%', '0.00%', '@', '0"家"', '0.0"万人"', '[Red]0.00;(0.00)'));

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.constantFrom('预算表', 'Budget 2024', "Bob's", '绩效指标表', '2024'),
    rows: fc.array(row, { maxLength: 18 }),
    merges: fc.array(merge, { maxLength: 6 }),
    origin: fc.record({ row: fc.nat(3), col: fc.nat(3) }),
    tables: fc.array(fc.record({ name: fc.constant('表1'), range: merge, hasHeaderRow: fc.boolean() }), { maxLength: 2 }),
    formats: fc.option(fc.array(fc.array(formatArb, { maxLength: 9 }), { maxLength: 18 }), { nil: undefined }),
  })
  .map((s) => ({
    ...s,
    // Merges and ListObjects are in sheet coordinates: shift them with the origin.
    merges: s.merges.map((m) => ({ top: m.top + s.origin.row, left: m.left + s.origin.col, bottom: m.bottom + s.origin.row, right: m.right + s.origin.col })),
    ...(s.formats === undefined ? { formats: undefined } : {}),
  }));

const settingsArb = fc.record({ ruleSet: fc.constantFrom('dept-2024' as const, 'mof-2020' as const), capEnabled: fc.boolean() });

describe('properties: any grid', () => {
  it('never makes evaluateWorkbook or toJsonReport throw', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 3 }), settingsArb, (sheets, settings) => {
        const workbook = evaluateWorkbook({ sheets }, settings);
        for (const lang of LANGUAGES) toJsonReport(workbook, lang);
      }),
      { numRuns: 400 },
    );
  });

  it('lets nothing non-finite reach the report or the result sheets, however large the numbers', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 2 }), (sheets) => {
        const workbook = evaluateWorkbook({ sheets });
        expect(nonFinite(toJsonReport(workbook, 'en'))).toEqual([]);
        if (workbook.evaluations.length === 0) return;
        const cells = buildOutputSheets(workbook, 'zh-CN', new Date(2025, 0, 1)).flatMap((model) => model.cells);
        expect(cells.filter((c) => typeof c.value === 'number' && !Number.isFinite(c.value))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every flag a cell (but a table not found), a severity and a message with every value filled in', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 2 }), (sheets) => {
        const report = toJsonReport(evaluateWorkbook({ sheets }), 'zh-CN');
        for (const flag of [...report.flags, ...report.evaluations.flatMap((e) => e.flags)]) {
          expect(['error', 'warning', 'info']).toContain(flag.severity);
          if (flag.code !== 'table-not-found') expect(flag.cell).not.toBeNull();
          expect(flag.message).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// A valid budget table with one amount cell that is not a number
// ---------------------------------------------------------------------------------------------------------

/** Any CJK ideograph except 无 (the one placeholder word), among characters that look like a number. */
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).filter((c) => c !== 0x65e0).map((c) => String.fromCharCode(c));
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.,-+()% ０１２．，'), maxLength: 6 });
const notANumber: fc.Arbitrary<CellValue> = fc.oneof(
  fc.tuple(numberish, cjk, numberish).map(([a, ch, b]) => `${a}${ch}${b}`),
  fc.tuple(numberish, fc.constantFrom(...'abcxyzABCXYZ'), numberish).map(([a, ch, b]) => `${a}${ch}${b}`),
  fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!').map((error) => ({ error })),
  fc.boolean(),
);

/** n/100 the way a finance table writes it: two decimals and thousands separators. */
function formatFen(n: number): string {
  const [integer, fraction] = Math.abs(n / 100).toFixed(2).split('.');
  return `${n < 0 ? '-' : ''}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
}

const line = fc.record({ budget: fc.integer({ min: 1, max: 1e9 }), actual: fc.integer({ min: 0, max: 1e9 }) });

describe('properties: a cell that is not a number', () => {
  it('is a parse-error naming exactly that cell, and its amount is null, never 0', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(3, 4),
        notANumber,
        fc.constantFrom('预算表', 'Budget 2024', "Bob's 表", '2024'),
        fc.record({ row: fc.nat(4), col: fc.nat(3) }),
        (lines, pick, col, bad, name, origin) => {
          const target = pick % lines.length;
          const rows: CellValue[][] = [
            ['单位：元'],
            ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数'],
            ...lines.map((l, i): CellValue[] => [i + 1, `项目${i + 1}`, l.budget / 100, l.budget / 100, l.actual / 100]),
          ];
          rows[2 + target][col] = bad;
          const evaluation = evaluateOne({ sheets: [{ name, origin, rows, merges: [], tables: [] }] });
          const address = qualifiedAddress(name, origin.row + 2 + target, origin.col + col);
          const parseErrors = evaluation.flags.filter((f) => f.code === 'parse-error');
          expect(parseErrors.map((f) => [f.cell, f.severity])).toEqual([[address, 'error']]);
          const read = evaluation.lines[target];
          expect(read.name).toBe(`项目${target + 1}`);
          expect(col === 3 ? read.budget : read.actual).toBeNull();
          expect(read.rate).toBeNull();
          const report = toJsonEvaluation(evaluation, 'en');
          expect(col === 3 ? report.lines[target].budget : report.lines[target].actual).toBeNull();
          // The other lines are read as written.
          lines.forEach((l, i) => {
            if (i !== target) expect([evaluation.lines[i].budget, evaluation.lines[i].actual]).toEqual([l.budget, l.actual]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('properties: a cell that is not a number, elsewhere in the tables', () => {
  it('an 年初预算数 beside a 全年预算数 is a parse-error naming it, and the line keeps its 全年 figures', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.nat(), notANumber, (lines, pick, bad) => {
        const target = pick % lines.length;
        const rows: CellValue[][] = [
          ['单位：元'],
          ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数'],
          ...lines.map((l, i): CellValue[] => [i + 1, `项目${i + 1}`, l.budget / 100, l.budget / 100, l.actual / 100]),
        ];
        rows[2 + target][2] = bad;
        const evaluation = evaluateOne({ sheets: [{ name: '预算表', origin: { row: 0, col: 0 }, rows, merges: [], tables: [] }] });
        expect(evaluation.flags.filter((f) => f.code === 'parse-error').map((f) => f.cell)).toEqual([`预算表!C${3 + target}`]);
        expect([evaluation.lines[target].budget, evaluation.lines[target].actual]).toEqual([lines[target].budget, lines[target].actual]);
      }),
      { numRuns: 100 },
    );
  });

  const excelError = fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!').map((error): CellValue => ({ error }));
  const indicatorRow = fc.record({
    target: fc.constantFrom('≥95%', '≤10天', '不低于2220家', '有效提升', '100%', '50万元'),
    actual: fc.constantFrom('96%', '8天', '2337家', '已完成', '基本完成', '100%', '45万元'),
    weight: fc.integer({ min: 1, max: 20 }),
    score: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  });

  it('an Excel error in an indicator’s 年度指标值, 实际完成值, 分值 or 得分 is a parse-error naming that cell', () => {
    fc.assert(
      fc.property(fc.array(indicatorRow, { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom(3, 4, 5, 6), excelError, (inds, pick, col, bad) => {
        const target = pick % inds.length;
        const rows: CellValue[][] = [
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
          ...inds.map((r, i): CellValue[] => ['产出指标', '数量指标', `指标${i + 1}`, r.target, r.actual, r.weight, r.score, '原因']),
        ];
        rows[1 + target][col] = bad;
        const evaluation = evaluateOne({ sheets: [{ name: '指标', origin: { row: 0, col: 0 }, rows, merges: [], tables: [] }] });
        const address = qualifiedAddress('指标', 1 + target, col);
        expect(evaluation.flags.filter((f) => f.code === 'parse-error').map((f) => f.cell)).toContain(address);
        // A score read from an error is no score.
        if (col !== 6) expect(evaluation.indicators[target].score).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Sums exact to the 分
// ---------------------------------------------------------------------------------------------------------

const UNITS = [
  { note: '单位：元', factor: 1 },
  { note: '单位：万元', factor: 10000 },
];

/**
 * Amounts in hundredths of the sheet's unit (2 decimals), each written as a number with a 0.00 format or as text:
 * up to 10 亿元 a line in 元 and 1 000 亿元 a line in 万元, so that a table's total stays far below 2^53 分.
 */
const amountsIn = (unit: (typeof UNITS)[number]) =>
  fc.array(fc.record({ cents: fc.integer({ min: 0, max: unit.factor === 1 ? 1e11 : 1e9 }), asText: fc.boolean() }), { minLength: 1, maxLength: 12 });
const table = fc.constantFrom(...UNITS).chain((unit) => amountsIn(unit).map((parts) => ({ unit, parts })));

/** A table whose lines hold these amounts (budget = actual), with a 合计 whose actual is `actualTotal` cents. */
function sumsTable(parts: { cents: number; asText: boolean }[], unit: (typeof UNITS)[number], actualTotal: number | null): SheetSnapshot {
  const write = (cents: number, asText: boolean): CellValue => (asText ? formatFen(cents) : cents / 100);
  const rows: CellValue[][] = [
    [unit.note],
    ['项目名称', '全年预算数', '全年执行数'],
    ...parts.map((p, i): CellValue[] => [`项目${i + 1}`, write(p.cents, p.asText), write(p.cents, p.asText)]),
  ];
  const sum = parts.reduce((s, p) => s + p.cents, 0);
  if (actualTotal !== null) rows.push(['合计', sum / 100, actualTotal / 100]);
  const formats = rows.map((r, i) => (i < 2 ? [] : r.map((_, j) => (j === 0 ? null : '#,##0.00'))));
  return { name: '预算表', origin: { row: 0, col: 0 }, rows, formats, merges: [], tables: [] };
}

const sumMismatches = (sheet: SheetSnapshot) =>
  evaluateOne({ sheets: [sheet] }).flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell]);

describe('properties: sums are exact to the 分', () => {
  it('a 合计 equal to the exact decimal sum of its lines is no sum-mismatch', () => {
    fc.assert(
      fc.property(table, ({ unit, parts }) => {
        const sum = parts.reduce((s, p) => s + p.cents, 0);
        expect(sumMismatches(sumsTable(parts, unit, sum))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a 合计 one unit of the last digit off is info when there are two parts or more (half a unit each)', () => {
    fc.assert(
      fc.property(table.filter((t) => t.parts.length >= 2), fc.constantFrom(1, -1), ({ unit, parts }, sign) => {
        const sum = parts.reduce((s, p) => s + p.cents, 0);
        const total = sum + sign;
        fc.pre(total >= 0);
        expect(sumMismatches(sumsTable(parts, unit, total))).toEqual([['info', `预算表!C${parts.length + 3}`]]);
      }),
      { numRuns: 200 },
    );
  });

  it('a 合计 one unit of the last digit off its single part is beyond half a unit: error', () => {
    fc.assert(
      fc.property(table.map((t) => ({ ...t, parts: t.parts.slice(0, 1) })), ({ unit, parts }) => {
        const sum = parts[0].cents;
        expect(sumMismatches(sumsTable(parts, unit, sum + 1))).toEqual([['error', '预算表!C4']]);
      }),
      { numRuns: 100 },
    );
  });

  it('a 合计 further off than half a unit per part is error', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(1, -1), ({ unit, parts }, extra, sign) => {
        const sum = parts.reduce((s, p) => s + p.cents, 0);
        const beyond = Math.floor(parts.length / 2) + 1 + extra;
        const total = sum + sign * beyond;
        fc.pre(total >= 0);
        expect(sumMismatches(sumsTable(parts, unit, total))).toEqual([['error', `预算表!C${parts.length + 3}`]]);
      }),
      { numRuns: 200 },
    );
  });

  it('without a 合计, totals.overall.actual is the exact sum of the lines in 分, / 100 in the report', () => {
    fc.assert(
      fc.property(table, ({ unit, parts }) => {
        const sum = parts.reduce((s, p) => s + p.cents, 0);
        const evaluation = evaluateOne({ sheets: [sumsTable(parts, unit, null)] });
        const sumFen = sum * unit.factor;
        expect(evaluation.totals.overall?.actual).toBe(sumFen);
        expect(toJsonEvaluation(evaluation, 'zh-CN').totals.overall?.actual).toBe(sumFen / 100);
      }),
      { numRuns: 300 },
    );
  });

  it('with a 合计, totals.overall.actual is the stated total, and the sum of the parts is exact beside it', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: -1000, max: 1000 }), ({ unit, parts }, off) => {
        const sum = parts.reduce((s, p) => s + p.cents, 0);
        fc.pre(sum + off >= 0);
        const evaluation = evaluateOne({ sheets: [sumsTable(parts, unit, sum + off)] });
        expect(evaluation.totals.overall?.actual).toBe((sum + off) * unit.factor);
        expect(evaluation.totals.overall?.partsActual).toBe(sum * unit.factor);
        expect(toJsonEvaluation(evaluation, 'zh-CN').totals.overall?.actual).toBe(((sum + off) * unit.factor) / 100);
        const flag = evaluation.flags.find((f) => f.code === 'sum-mismatch');
        expect(flag?.sumFen).toBe(off === 0 ? undefined : sum * unit.factor);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Several forms in one workbook (SCORING.md "One workbook, several forms")
// ---------------------------------------------------------------------------------------------------------

/** A project form like the published ones, with its own figures: 全年预算, 执行 and every indicator's actual. */
const formSpec: fc.Arbitrary<FormSpec> = fc
  .record({
    base: fc.constantFrom(CAPACITY, REWARDS),
    budget: fc.integer({ min: 0, max: 100_000 }),
    spent: fc.integer({ min: 0, max: 120_000 }),
    actuals: fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ base, budget, spent, actuals }) => ({
    ...base,
    funds: [[budget / 100, budget / 100, spent / 100, 10, null, null], [budget / 100, budget / 100, spent / 100, '—', null, '—'], ...base.funds.slice(2)],
    indicators: base.indicators.map((row, i) => (row[4] === '定性' ? row : [...row.slice(0, 6), `${actuals[i]}${String(row[5] ?? '')}`, ...row.slice(7)])),
  }));

describe('properties: several forms in one workbook', () => {
  it('each form of a sheet is evaluated as if it were alone in its own workbook', () => {
    fc.assert(
      fc.property(fc.array(formSpec, { minLength: 1, maxLength: 3 }), fc.nat(3), (specs, gap) => {
        const rows: FormRow[] = [];
        const merges: string[] = [];
        const alone: { rows: FormRow[]; merges: string[] }[] = [];
        for (const spec of specs) {
          const top = rows.length + 1;
          const built = form(spec, top);
          alone.push({ rows: [...rows.map(() => []), ...built.rows], merges: built.merges });
          rows.push(...built.rows, ...Array.from({ length: gap }, () => []));
          merges.push(...built.merges);
        }
        const together = toJsonReport(evaluateWorkbook({ sheets: [sheet('自评表', rows, { merges })] }), 'zh-CN');
        expect(together.evaluations).toHaveLength(specs.length);
        alone.forEach((part, i) => {
          const single = toJsonReport(evaluateWorkbook({ sheets: [sheet('自评表', part.rows, { merges: part.merges })] }), 'zh-CN');
          expect(together.evaluations[i]).toEqual(single.evaluations[0]);
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** The paths of every number in `value` that is NaN or ±Infinity (JSON would print them as null). */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}
