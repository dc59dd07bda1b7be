import { join } from 'node:path';
import type { JsonEvaluation, JsonFlag, JsonReport } from '../../src/core';
import { EXIT, runCli } from '../../src/cli';
import { buildSampleWorkbook } from '../../scripts/buildSample';
import { makeTempDir } from '../xlsx/fixtures';

/**
 * The acceptance, on the sample workbook `npm run demo` evaluates: the seed report's 0% and 52%
 * lines, its 0.01 基本支出 rounding gap, its project lines that sum to 124.51 against a stated 437.20, and
 * its 10/10 budget-execution self-score.
 */
let report: JsonEvaluation;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'sample.xlsx');
  await buildSampleWorkbook().xlsx.writeFile(path);
  let stdout = '';
  const code = await runCli(['evaluate', path, '--json'], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => undefined },
  });
  expect(code).toBe(EXIT.ok);
  report = (JSON.parse(stdout) as JsonReport).evaluations[0];
});

afterAll(() => cleanup());

const flagsAt = (cell: string): JsonFlag[] => report.flags.filter((f) => f.cell === cell);

describe('the sample workbook', () => {
  it('is read in 万元 and converted to 元', () => {
    expect(report.unit).toBe('万元');
    expect(report.totals.basic).toEqual({ budget: 15300000, actual: 15267100, rate: 0.99785 });
    expect(report.totals.project).toEqual({ budget: 4510400, actual: 4372000, rate: 0.969315 });
    expect(report.totals.overall).toEqual({ budget: 19810400, actual: 19639100, rate: 0.991353 });
  });

  it('flags 欺诈骗保行为举报奖励专项资金 at 0% on its 执行数 cell', () => {
    const line = report.lines.find((l) => l.name === '欺诈骗保行为举报奖励专项资金');
    expect(line).toMatchObject({ budget: 30000, actual: 0, rate: 0, flags: ['zero-execution'], cell: '预算执行表!B12' });
    expect(flagsAt('预算执行表!E12')).toEqual([
      expect.objectContaining({ code: 'zero-execution', severity: 'warning' }),
    ]);
  });

  it('flags 医疗保障能力建设经费 at 52% as low execution, agreeing with its stated 52%', () => {
    const line = report.lines.find((l) => l.name === '医疗保障能力建设经费');
    expect(line).toMatchObject({ budget: 180200, actual: 93700, statedRate: 0.52, flags: ['low-execution'] });
    expect(line?.rate).toBeCloseTo(0.519978, 6);
    expect(flagsAt('预算执行表!E8')[0]).toMatchObject({ code: 'low-execution', severity: 'warning' });
  });

  it('notes 1270.47 + 256.25 against the stated 1526.71 as within rounding', () => {
    expect(flagsAt('预算执行表!E4')).toEqual([
      expect.objectContaining({ code: 'sum-mismatch', severity: 'info', sum: 15267200 }),
    ]);
  });

  it('reports the project lines (124.51) against the stated 437.20 as an error', () => {
    expect(flagsAt('预算执行表!E7')).toEqual([
      expect.objectContaining({ code: 'sum-mismatch', severity: 'error', sum: 1245100 }),
    ]);
    expect(flagsAt('预算执行表!E7')[0].message).toContain('124.51');
  });

  it('does not accept the 10/10 budget-execution self-score', () => {
    expect(report.scores.budgetExecution).toBe(9.91);
    expect(report.scores.stated).toMatchObject({ budgetExecution: 10, total: 96, grade: '优' });
    expect(flagsAt('自评得分!C3')).toEqual([
      expect.objectContaining({ code: 'score-mismatch', severity: 'warning' }),
    ]);
  });

  it('scores the indicators and compares the unit\'s own category scores', () => {
    expect(report.scores).toMatchObject({ output: 38, effect: 28.72, satisfaction: 10, cost: 10, total: 96.63, grade: '优' });
    expect(flagsAt('自评得分!C5')[0]).toMatchObject({ code: 'score-mismatch' });
    expect(flagsAt('自评得分!C8')[0]).toMatchObject({ code: 'score-mismatch' });
    const unmet = report.indicators.find((i) => i.name === '试点医疗机构住院次均费用降幅');
    expect(unmet).toMatchObject({ score: 6.72, statedScore: 6, flags: ['score-mismatch', 'indicator-unmet', 'missing-deviation-reason'] });
  });

  it('gives every flag a cell', () => {
    expect(report.flags.length).toBeGreaterThan(0);
    for (const flag of report.flags) expect(flag.cell).toMatch(/^[^!]+![A-Z]+\d+$/);
  });
});
