/**
 * The settings across their whole ranges (core/settings): whatever a unit sets, the scores stay within their
 * maxima, and a line is low exactly when its rate is below the threshold in force.
 */
import fc from 'fast-check';
import { evaluateWorkbook, parseSettings } from '../../../src/core';
import { NUMBER_SPECS, SETTING_SPECS, type NumberSpec } from '../../../src/core/settings';
import { sheet } from '../grids';

const spec = (name: string) => NUMBER_SPECS.find((s) => s.name === name) as NumberSpec;
const inRange = (s: NumberSpec) => fc.double({ min: s.min, max: s.max, noNaN: true });

const settingsArb = fc.record({
  lowExecutionThreshold: inRange(spec('lowExecutionThreshold')),
  targetTooLowRatio: inRange(spec('targetTooLowRatio')),
  scoreTolerance: inRange(spec('scoreTolerance')),
  capEnabled: fc.boolean(),
});

/** A budget table of lines with budgets and actuals in 元, and one indicator so that every category is scored. */
const linesArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 12_000_000 })), { minLength: 1, maxLength: 8 });

function workbookOf(lines: readonly (readonly [number, number])[]) {
  return {
    sheets: [
      sheet('预算表', [['单位：元'], ['项目名称', '全年预算数', '全年执行数'], ...lines.map(([budget, actual], i) => [`项目${i + 1}`, budget / 100, actual / 100])]),
      sheet('指标表', [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'], ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 90]]),
    ],
  };
}

describe('settings across their ranges', () => {
  it('every setting in range is taken as it is, and the JSON report echoes it', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(parseSettings(settings)).toEqual({ settings, problems: [] });
        expect(evaluateWorkbook(workbookOf([[100, 50]]), settings).settings).toMatchObject(settings);
      }),
    );
  });

  it('a number just outside its range is refused, naming it', () => {
    for (const s of NUMBER_SPECS) {
      for (const value of [s.min - 0.001, s.max + 0.001]) expect(parseSettings({ [s.name]: value }).problems.map((p) => p.params.name)).toEqual([s.name]);
    }
    expect(Object.keys(SETTING_SPECS)).toHaveLength(7);
  });

  it('keeps every score within [0, its maximum] and the total within [0, 100]', () => {
    fc.assert(
      fc.property(linesArb, settingsArb, (lines, settings) => {
        for (const { scores } of evaluateWorkbook(workbookOf(lines), settings).evaluations) {
          expect(scores.total).toBeGreaterThanOrEqual(0);
          expect(scores.total).toBeLessThanOrEqual(100);
          for (const category of ['budgetExecution', 'output', 'effect', 'satisfaction', 'cost'] as const) {
            const score = scores[category];
            if (score === null) continue;
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(scores.maxima[category] + 1e-9);
          }
        }
      }),
    );
  });

  it('flags a line low exactly when 0 < its rate < the threshold', () => {
    fc.assert(
      fc.property(linesArb, settingsArb, (lines, settings) => {
        const [evaluation] = evaluateWorkbook(workbookOf(lines), settings).evaluations;
        evaluation.lines.forEach((line, i) => {
          const [budget, actual] = lines[i];
          const rate = actual / budget;
          expect([line.name, line.flags.includes('low-execution')]).toEqual([line.name, rate > 0 && rate < settings.lowExecutionThreshold]);
        });
      }),
    );
  });
});
