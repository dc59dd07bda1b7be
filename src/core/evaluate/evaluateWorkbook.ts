import { applyColumnMapping, describeTable, findTables, type ColumnMapping, type DetectedTable } from '../detect';
import {
  mergeStated,
  readBudgetTable,
  readIndicatorTable,
  readScoresTable,
  scanStatedLabels,
  type IndicatorTableModel,
  type StatedScoreCells,
} from '../model';
import type { Evaluation, Flag, IndicatorResult } from '../report';
import { withDefaults, type Settings } from '../rules';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import { compareStated, statedScores } from './compareStated';
import { round2 } from './display';
import { evaluateBudget } from './evaluateBudget';
import { scoreIndicator } from './scoreIndicator';
import { scoreTotals, type ComputedScores } from './scoreTotals';

/**
 * The whole engine: find the tables, read them, score them, compare with what the unit states.
 * Never throws on the user's data: every problem in it is a Flag. `columns` holds the user's corrections
 * to the columns the engine guessed (the pane's column picker).
 */
export function evaluateWorkbook(snapshot: WorkbookSnapshot, options: Partial<Settings> = {}, columns: ColumnMapping = {}): Evaluation {
  const settings = withDefaults(options);
  const grids = snapshot.sheets.map((sheet) => new SheetGrid(sheet));
  const tables = applyColumnMapping(grids.flatMap((grid) => findTables(grid)), columns);
  const budgetModels = tables.filter(isKind('budget')).map(readBudgetTable);
  const indicatorModels = tables.filter(isKind('indicators')).map(readIndicatorTable);
  const flags: Flag[] = [...notFound(budgetModels.length, indicatorModels.length)];

  const budget = evaluateBudget(budgetModels, settings);
  flags.push(...budget.flags);
  const overallRate = budget.totals.overall?.rate ?? null;
  const budgetExecution = overallRate === null ? null : round2(10 * Math.min(overallRate, 1));

  const indicators = indicatorModels.flatMap((model) => scoreRows(model, settings, flags));
  const computed = scoreTotals({ budgetExecution, overallRate, indicators, settings });
  if (computed.scaled) flags.push(weightFlag(indicatorModels, computed.maxima.budgetExecution, computed.weightSum));

  const stated = collectStated(tables, indicatorModels, budget.statedScore, grids);
  flags.push(...compareStated(stated, computed, overallRate, settings));
  const mainBudget = budgetModels.find((m) => m.rows.length > 0) ?? budgetModels[0];
  return {
    tables: tables.map(describeTable),
    unit: mainBudget?.unit ?? '元',
    unitFactor: mainBudget?.unitFactor ?? 1,
    lines: budget.lines,
    totals: budget.totals,
    indicators,
    scores: { ...withoutWeightSum(computed), stated: statedScores(stated) },
    ruleSet: settings.ruleSet,
    settings,
    flags,
  };
}

function withoutWeightSum(computed: ComputedScores): Omit<ComputedScores, 'weightSum'> {
  const { weightSum, ...scores } = computed;
  void weightSum;
  return scores;
}

function isKind<K extends DetectedTable['kind']>(kind: K) {
  return (t: DetectedTable): t is Extract<DetectedTable, { kind: K }> => t.kind === kind;
}

function notFound(budgetTables: number, indicatorTables: number): Flag[] {
  const flags: Flag[] = [];
  const missing = (key: Flag['key']): Flag => ({ code: 'table-not-found', severity: 'error', cell: null, key, params: {} });
  if (budgetTables === 0) flags.push(missing('table-not-found.budget'));
  if (indicatorTables === 0) flags.push(missing('table-not-found.indicators'));
  return flags;
}

function scoreRows(model: IndicatorTableModel, settings: Settings, flags: Flag[]): IndicatorResult[] {
  return model.rows.map((row) => {
    const { score, flags: rowFlags } = scoreIndicator(row, settings);
    flags.push(...rowFlags);
    return {
      level1: row.level1,
      level2: row.level2,
      name: row.name,
      category: row.category,
      target: row.targetText,
      actual: row.actualText,
      weight: row.weight,
      score,
      statedScore: row.statedScore,
      reason: row.reason,
      flags: [...new Set(rowFlags.map((f) => f.code))],
      cell: row.nameCell,
    };
  });
}

function weightFlag(models: readonly IndicatorTableModel[], budgetWeight: number, weightSum: number): Flag {
  return {
    code: 'weight-mismatch',
    severity: 'warning',
    cell: models[0]?.weightHeaderCell ?? null,
    key: 'weight-mismatch',
    params: { budgetWeight, indicatorWeight: round2(weightSum - budgetWeight), sum: weightSum },
  };
}

/** The unit's own scores, from the most explicit place first: a scores block, the indicator table, the rest. */
function collectStated(
  tables: readonly DetectedTable[],
  indicatorModels: readonly IndicatorTableModel[],
  budgetScore: StatedScoreCells['scores']['budgetExecution'] | null,
  grids: readonly SheetGrid[],
): StatedScoreCells {
  const sources: StatedScoreCells[] = [
    ...tables.filter(isKind('scores')).map(readScoresTable),
    ...indicatorModels.map((m) => m.stated),
    { scores: budgetScore ? { budgetExecution: budgetScore } : {}, grade: null },
    ...grids.map((grid) => scanStatedLabels(grid, tables.filter((t) => t.grid === grid && t.kind !== 'scores'))),
  ];
  return mergeStated(sources);
}
