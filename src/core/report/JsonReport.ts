import type { Language } from '../messages';
import type { FlagCode, Severity } from './Flag';
import type { Settings } from '../rules';
import type { Evaluation, EvaluationScope, Fen, TotalResult, WorkbookEvaluation } from './Evaluation';
import type { Flag } from './Flag';
import { formatFlag } from './formatFlag';

/** DESIGN.md's JSON contract: amounts in 元, rates as fractions, scores as numbers. */
export interface JsonTotal {
  budget: number | null;
  actual: number | null;
  rate: number | null;
}

export interface JsonFlag {
  code: FlagCode;
  severity: Severity;
  message: string;
  cell: string | null;
  /** sum-mismatch only: the sum of the parts in 元. */
  sum?: number;
}

/** One form's evaluation. */
export interface JsonEvaluation {
  scope: EvaluationScope;
  unit: string;
  lines: {
    name: string;
    category: string;
    budget: number | null;
    actual: number | null;
    rate: number | null;
    statedRate: number | null;
    flags: FlagCode[];
    cell: string;
  }[];
  totals: { basic: JsonTotal | null; project: JsonTotal | null; overall: JsonTotal | null };
  indicators: {
    level1: string;
    level2: string;
    name: string;
    target: string;
    actual: string;
    weight: number | null;
    score: number | null;
    statedScore: number | null;
    reason: string;
    flags: FlagCode[];
    cell: string;
  }[];
  scores: {
    budgetExecution: number | null;
    output: number;
    effect: number;
    satisfaction: number;
    cost: number;
    total: number;
    grade: string;
    stated: Record<string, number | string> | null;
  };
  ruleSet: string;
  flags: JsonFlag[];
}

/** DESIGN.md's report: one evaluation per form, in sheet and row order; the same shape for one form or many. */
export interface JsonReport {
  evaluations: JsonEvaluation[];
  settings: Settings;
  /** The workbook's own: table-not-found when no form or table was found at all. */
  flags: JsonFlag[];
}

const yuan = (fen: Fen | null): number | null => (fen === null ? null : fen / 100);
const fraction = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1e6) / 1e6);

function jsonTotal(total: TotalResult | null): JsonTotal | null {
  return total && { budget: yuan(total.budget), actual: yuan(total.actual), rate: fraction(total.rate) };
}

export function toJsonReport(workbook: WorkbookEvaluation, lang: Language): JsonReport {
  return {
    evaluations: workbook.evaluations.map((evaluation) => toJsonEvaluation(evaluation, lang)),
    settings: { ...workbook.settings },
    flags: workbook.flags.map((flag) => jsonFlag(flag, lang)),
  };
}

export function toJsonEvaluation(evaluation: Evaluation, lang: Language): JsonEvaluation {
  const { scores } = evaluation;
  return {
    scope: { ...evaluation.scope },
    unit: evaluation.unit,
    lines: evaluation.lines.map((line) => ({
      name: line.name,
      category: line.category,
      budget: yuan(line.budget),
      actual: yuan(line.actual),
      rate: fraction(line.rate),
      statedRate: fraction(line.statedRate),
      flags: [...line.flags],
      cell: line.cell,
    })),
    totals: {
      basic: jsonTotal(evaluation.totals.basic),
      project: jsonTotal(evaluation.totals.project),
      overall: jsonTotal(evaluation.totals.overall),
    },
    indicators: evaluation.indicators.map((ind) => ({
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      target: ind.target,
      actual: ind.actual,
      weight: ind.weight,
      score: ind.score,
      statedScore: ind.statedScore,
      reason: ind.reason,
      flags: [...ind.flags],
      cell: ind.cell,
    })),
    scores: {
      budgetExecution: scores.budgetExecution,
      output: scores.output,
      effect: scores.effect,
      satisfaction: scores.satisfaction,
      cost: scores.cost,
      total: scores.total,
      grade: scores.grade,
      stated: scores.stated && { ...scores.stated },
    },
    ruleSet: evaluation.ruleSet,
    flags: evaluation.flags.map((flag) => jsonFlag(flag, lang)),
  };
}

function jsonFlag(flag: Flag, lang: Language): JsonFlag {
  return {
    code: flag.code,
    severity: flag.severity,
    message: formatFlag(flag, lang),
    cell: flag.cell,
    ...(flag.sumFen !== undefined ? { sum: flag.sumFen / 100 } : {}),
  };
}
