import {
  applyColumnMapping,
  describeTable,
  findTables,
  splitForms,
  type ColumnMapping,
  type DetectedTable,
  type FormBand,
} from '../detect';
import {
  mergeStated,
  readBudgetTable,
  readIndicatorTable,
  readScoresTable,
  scanStatedLabels,
  type IndicatorTableModel,
  type StatedScoreCells,
} from '../model';
import type { Evaluation, EvaluationScope, Flag, IndicatorResult, WorkbookEvaluation } from '../report';
import { FALLBACK_RULE_SET, withDefaults, type FormSettings, type Settings } from '../rules';
import { cellAddress, SheetGrid, type WorkbookSnapshot } from '../snapshot';
import { isResultSheet } from '../output/outputSheets';
import { compareStated, statedScores } from './compareStated';
import { round2 } from './display';
import { evaluateBudget } from './evaluateBudget';
import { scoreIndicator } from './scoreIndicator';
import { scoreTotals, type ComputedScores } from './scoreTotals';
import { appendAll, maxOf, minOf } from '../collections';

/** The tables of one form (or of every band outside a form), and where they sit. */
interface FormTables {
  readonly bands: readonly FormBand[];
  readonly tables: readonly DetectedTable[];
}

/**
 * The whole engine: cut the sheets into forms, find each form's tables, read them, score them, compare
 * with what the unit states. Each form is its own evaluation; the tables outside every form (a 部门整体
 * budget table and indicator table on sheets of their own) are one more. Never throws on the user's data:
 * every problem in it is a Flag. `columns` holds the user's corrections to the guessed columns.
 */
export function evaluateWorkbook(snapshot: WorkbookSnapshot, options: Partial<Settings> = {}, columns: ColumnMapping = {}): WorkbookEvaluation {
  const settings = withDefaults(options);
  const ours = new Set(snapshot.sheets.filter(isResultSheet));
  const resultSheets = [...ours].map((sheet) => sheet.name);
  const userSheets = { sheets: snapshot.sheets.filter((sheet) => !ours.has(sheet)) };
  const forms = groupForms(userSheets, columns).filter(({ tables }) => tables.some((t) => t.kind !== 'scores'));
  const evaluations = forms.map((form) => evaluateForm(form, settings));
  const flags: Flag[] = evaluations.length === 0 ? notFound(0, 0) : [];
  return { evaluations, settings, flags, resultSheets };
}

/** Forms in sheet and row order; the bands outside every form make one more, where its first table is. */
function groupForms(snapshot: WorkbookSnapshot, columns: ColumnMapping): FormTables[] {
  const forms: FormTables[] = [];
  const loose: { band: FormBand; tables: DetectedTable[] }[] = [];
  let looseAt = -1;
  for (const sheet of snapshot.sheets) {
    for (const band of splitForms(new SheetGrid(sheet))) {
      const tables = applyColumnMapping(findTables(band.grid), columns);
      if (band.form) forms.push({ bands: [band], tables });
      else {
        if (looseAt < 0 && tables.length > 0) looseAt = forms.length;
        loose.push({ band, tables });
      }
    }
  }
  if (looseAt >= 0) forms.splice(looseAt, 0, { bands: loose.map((l) => l.band), tables: loose.flatMap((l) => l.tables) });
  return forms;
}

function evaluateForm({ bands, tables }: FormTables, userSettings: Settings): Evaluation {
  const head = bands.length === 1 ? bands[0].form : null;
  const settings: FormSettings = { ...userSettings, ruleSet: userSettings.ruleSet ?? head?.ruleSet ?? FALLBACK_RULE_SET };
  const budgetModels = tables.filter(isKind('budget')).map(readBudgetTable);
  const indicatorModels = tables.filter(isKind('indicators')).map(readIndicatorTable);
  const flags: Flag[] = [...notFound(budgetModels.length, indicatorModels.length)];

  const budget = evaluateBudget(budgetModels, settings);
  appendAll(flags, budget.flags);
  const overallRate = budget.totals.overall?.rate ?? null;
  const budgetExecution = overallRate === null ? null : round2(10 * Math.min(overallRate, 1));

  const indicators = indicatorModels.flatMap((model) => scoreRows(model, settings, flags));
  const computed = scoreTotals({ budgetExecution, overallRate, indicators, settings });
  if (computed.scaled) flags.push(weightFlag(indicatorModels, computed.maxima.budgetExecution, computed.weightSum));

  const stated = collectStated(tables, indicatorModels, budget.statedScore, bands);
  appendAll(flags, compareStated(stated, computed, overallRate, settings));
  const mainBudget = budgetModels.find((m) => m.rows.length > 0) ?? budgetModels[0];
  return {
    scope: scopeOf(bands, tables),
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

/** A form: its rows down to the last one filled in. Loose tables: the block of those on the first one's sheet. */
function scopeOf(bands: readonly FormBand[], tables: readonly DetectedTable[]): EvaluationScope {
  const head = bands.length === 1 ? bands[0].form : null;
  const first = tables[0].grid;
  const onSheet = tables.filter((t) => t.grid.name === first.name);
  const top = head ? first.firstRow : minOf(onSheet.map((t) => t.headerTop));
  let bottom = head ? first.lastRow : maxOf(onSheet.map((t) => t.lastRow));
  while (bottom > top && first.isBlankRow(bottom)) bottom--;
  const range = `${cellAddress(top, first.firstCol)}:${cellAddress(bottom, first.lastCol)}`;
  const title = head ? head.title : tables[0].preamble.split(' ')[0] || null;
  return { sheet: first.name, range, title, project: head?.project ?? null };
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

function scoreRows(model: IndicatorTableModel, settings: FormSettings, flags: Flag[]): IndicatorResult[] {
  return model.rows.map((row) => {
    const { score, flags: rowFlags } = scoreIndicator(row, settings);
    for (const f of rowFlags) flags.push(f);
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
  bands: readonly FormBand[],
): StatedScoreCells {
  const sources: StatedScoreCells[] = [
    ...tables.filter(isKind('scores')).map(readScoresTable),
    ...indicatorModels.map((m) => m.stated),
    { scores: budgetScore ? { budgetExecution: budgetScore } : {}, grade: null },
    ...bands.map(({ grid }) => scanStatedLabels(grid, tables.filter((t) => t.grid === grid && t.kind !== 'scores'))),
  ];
  return mergeStated(sources);
}
