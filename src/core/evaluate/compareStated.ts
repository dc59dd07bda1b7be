import type { StatedCell, StatedScoreCells } from '../model';
import type { Flag, StatedScores } from '../report';
import { GRADE_WORDS, RULE_SETS, SCORE_CATEGORIES, type FormSettings } from '../rules';
import { round2, showRate, showScore } from './display';
import { flag } from './flag';
import type { ComputedScores } from './scoreTotals';

/**
 * The unit's own scores against the computed ones: `score-mismatch` beyond the tolerance, `grade-mismatch`
 * for a grade the total does not earn. The seed's 预算执行 10/10 beside a 0% and a 52% line is caught here.
 */
export function compareStated(
  stated: StatedScoreCells,
  computed: ComputedScores,
  overallRate: number | null,
  settings: FormSettings,
): Flag[] {
  const flags: Flag[] = [];
  const differs = (a: number, b: number) => Math.abs(a - b) > settings.scoreTolerance + 1e-9;
  const budget = stated.scores.budgetExecution;
  if (budget && computed.budgetExecution !== null && differs(budget.value, computed.budgetExecution)) {
    const rate = overallRate === null ? '—' : showRate(overallRate);
    flags.push(flag('score-mismatch', 'warning', budget.cell, 'score-mismatch.budget', { stated: showScore(budget.value), rate, computed: showScore(computed.budgetExecution) }));
  }
  for (const category of ['output', 'effect', 'satisfaction', 'cost'] as const) {
    const own = statedFor(stated, category, settings);
    if (own && differs(own.value, computed[category])) {
      flags.push(flag('score-mismatch', 'warning', own.cell, `score-mismatch.${category}`, { stated: showScore(own.value), computed: showScore(computed[category]) }));
    }
  }
  const total = stated.scores.total;
  if (total && differs(total.value, computed.total)) {
    flags.push(flag('score-mismatch', 'warning', total.cell, 'score-mismatch.total', { stated: showScore(total.value), computed: showScore(computed.total) }));
  }
  const grade = stated.grade && GRADE_WORDS.find((g) => g.pattern.test(stated.grade?.value ?? ''))?.grade;
  if (stated.grade && grade && grade !== computed.grade) {
    flags.push(flag('grade-mismatch', 'warning', stated.grade.cell, 'grade-mismatch', { stated: stated.grade.value, total: showScore(computed.total), computed: computed.grade }));
  }
  return flags;
}

/**
 * The stated score to hold against a computed category. Under mof-2020 成本 is counted inside 产出, so a
 * unit that states both is compared on their sum, and its 成本 alone is not compared.
 */
function statedFor(stated: StatedScoreCells, category: 'output' | 'effect' | 'satisfaction' | 'cost', settings: FormSettings): StatedCell | null {
  const foldsCost = RULE_SETS[settings.ruleSet].countsAs.cost !== 'cost';
  const own = stated.scores[category] ?? null;
  if (!foldsCost) return own;
  if (category === 'cost') return null;
  const cost = stated.scores.cost;
  if (category !== 'output' || !own || !cost) return own;
  return { value: round2(own.value + cost.value), cell: own.cell };
}

/** The scores as the workbook states them, for the JSON report; null when it states none. */
export function statedScores(stated: StatedScoreCells): StatedScores | null {
  const out: StatedScores = {};
  for (const key of [...SCORE_CATEGORIES, 'total'] as const) {
    const cell = stated.scores[key];
    if (cell) out[key] = cell.value;
  }
  if (stated.grade) out.grade = stated.grade.value;
  return Object.keys(out).length > 0 ? out : null;
}
