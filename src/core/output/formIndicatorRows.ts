import type { RuleSetId } from '../rules';
import type { IndicatorCategory } from '../rules';
import type { IndicatorResult } from '../report';
import type { Say } from './say';

/** One indicator as the 自评表 lists it: under the 一级/二级指标 the rule set puts it. */
export interface FormIndicatorRow {
  readonly level1: string;
  readonly level2: string;
  readonly indicator: IndicatorResult;
}

const ORDER: Readonly<Record<IndicatorCategory, number>> = { output: 0, effect: 1, satisfaction: 2, cost: 3 };

/**
 * The indicators grouped the way the form merges them: 产出, 效益, 满意度, 成本, keeping the workbook's order
 * inside each. Under `mof-2020` (财预〔2020〕10号's 项目支出绩效自评表) 成本 is not a 一级指标: a cost indicator
 * is listed under 产出指标 with 成本指标 as its 二级指标, after the other 产出 rows.
 */
export function formIndicatorRows(indicators: readonly IndicatorResult[], ruleSet: RuleSetId, say: Say): FormIndicatorRow[] {
  const costInOutput = ruleSet === 'mof-2020';
  const rank = (indicator: IndicatorResult) => {
    if (indicator.category === null) return 5;
    if (indicator.category === 'cost' && costInOutput) return 0.5;
    return ORDER[indicator.category];
  };
  return indicators
    .map((indicator, index) => ({ indicator, index, rank: rank(indicator) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ indicator }) =>
      indicator.category === 'cost' && costInOutput
        ? { level1: say('form.level1.output'), level2: say('form.level2.cost'), indicator }
        : { level1: indicator.level1, level2: indicator.level2, indicator },
    );
}

/** Runs of consecutive rows sharing `key`: [first, last] index pairs, the blocks the form merges down. */
export function runsOf<T>(rows: readonly T[], key: (row: T) => string): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && key(rows[i]) === key(rows[start])) continue;
    if (rows.length > 0) runs.push([start, i - 1]);
    start = i;
  }
  return runs;
}
