import type { Flag, FlagCode } from './Flag';
import type { FormSettings, IndicatorCategory, RuleSetId, ScoreCategory, Settings } from '../rules';
import type { TableSummary } from '../detect';

/** Money inside the engine is an integer number of 分, so sums are exact. */
export type Fen = number;

export type LineCategory = '基本支出' | '项目支出' | '社会保险基金' | '政府性基金' | '国有资本经营' | '未分类';

export interface LineResult {
  readonly name: string;
  readonly category: LineCategory;
  readonly budget: Fen | null;
  readonly actual: Fen | null;
  /** 执行率 as a fraction (0.52), computed. */
  readonly rate: number | null;
  readonly statedRate: number | null;
  readonly flags: readonly FlagCode[];
  /** The name cell. */
  readonly cell: string;
  /** 其中 rows are parts of the line above them, not counted again in its category. */
  readonly isPart: boolean;
}

export interface TotalResult {
  /** 年初预算数, stated or summed like the budget; null where the table has no such column. */
  readonly initialBudget: Fen | null;
  readonly budget: Fen | null;
  readonly actual: Fen | null;
  readonly rate: number | null;
  /** The sum of the parts beside a stated total; equal to budget/actual when nothing was stated. */
  readonly partsBudget: Fen | null;
  readonly partsActual: Fen | null;
  /** Where the stated total row sits (its name cell), or null when the total is the sum of the lines. */
  readonly cell: string | null;
}

export interface IndicatorResult {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** The 一级指标 category, or null when the 一级指标 text names none. */
  readonly category: IndicatorCategory | null;
  readonly target: string;
  readonly actual: string;
  readonly weight: number | null;
  readonly score: number | null;
  readonly statedScore: number | null;
  readonly reason: string;
  readonly flags: readonly FlagCode[];
  readonly cell: string;
}

export type StatedScores = Partial<Record<ScoreCategory | 'total', number>> & { grade?: string };

export type Grade = '优' | '良' | '中' | '差';

export interface Scores {
  readonly budgetExecution: number | null;
  readonly output: number;
  readonly effect: number;
  readonly satisfaction: number;
  readonly cost: number;
  /** The maximum each category can reach here: 10 for 预算执行, the sum of 分值 for the others. */
  readonly maxima: Readonly<Record<ScoreCategory, number>>;
  readonly total: number;
  readonly grade: Grade;
  /** True when the total was scaled to 100 (按百分制折算). */
  readonly scaled: boolean;
  /** The 封顶 applied, if any. */
  readonly cappedAt: number | null;
  readonly stated: StatedScores | null;
}

/** Where a form is in the workbook, and what it says it is. */
export interface EvaluationScope {
  readonly sheet: string;
  /** The rows the form takes, or the block its tables take (`A1:I30`). */
  readonly range: string;
  /** The form's title, or the first table's (`2024年项目支出预算执行情况表`); null when there is none. */
  readonly title: string | null;
  /** 项目名称 (or the unit the form names); null when the form names none. */
  readonly project: string | null;
}

/** One form's evaluation (SCORING.md "One workbook, several forms": nothing is summed across forms). */
export interface Evaluation {
  readonly scope: EvaluationScope;
  /** The tables read, with the column each field came from. */
  readonly tables: readonly TableSummary[];
  /** The amount unit found in the workbook (`万元`), or `元` when none was stated. */
  readonly unit: string;
  /** 元 per unit (10 000 for 万元). */
  readonly unitFactor: number;
  readonly lines: readonly LineResult[];
  readonly totals: {
    readonly basic: TotalResult | null;
    readonly project: TotalResult | null;
    readonly overall: TotalResult | null;
  };
  readonly indicators: readonly IndicatorResult[];
  readonly scores: Scores;
  readonly ruleSet: RuleSetId;
  /** The settings this form was scored with: the user's, with the rule set resolved. */
  readonly settings: FormSettings;
  readonly flags: readonly Flag[];
}

/** Every form of a workbook, in sheet and row order, and what belongs to no form. */
export interface WorkbookEvaluation {
  readonly evaluations: readonly Evaluation[];
  /** Every setting in force, after defaults (ruleSet null: each form's title chose). */
  readonly settings: Settings;
  /** The workbook's own: no table found at all. */
  readonly flags: readonly Flag[];
  /** Sheets not read because they carry our content marker: the settings sheet, result sheets copied or renamed. */
  readonly resultSheets: readonly string[];
}
