import type { AmountCell, BudgetRow, BudgetTableModel, StatedCell } from '../model';
import type { Fen, Flag, FlagCode, LineCategory, LineResult, TotalResult } from '../report';
import type { Settings } from '../rules';
import { executionRate } from './executionRate';
import { lineFlags, rateMismatch } from './lineFlags';
import { sumChecks, type AmountRow, type SumCheckContext } from './sumCheck';

export interface BudgetEvaluation {
  readonly lines: LineResult[];
  readonly totals: { basic: TotalResult | null; project: TotalResult | null; overall: TotalResult | null };
  readonly flags: Flag[];
  /** A budget-execution 得分 stated in a budget table (the 自评表's 资金 block). */
  readonly statedScore: StatedCell | null;
}

/**
 * 社会保险基金 is a separate budget paid out to the insured, not the department's own spending: it is
 * checked line by line but not counted in the 部门整体 total.
 */
const COUNTED: readonly LineCategory[] = ['基本支出', '项目支出', '政府性基金', '国有资本经营', '未分类'];

const NO_CODES: readonly FlagCode[] = [];

interface Group {
  stated: BudgetRow | null;
  statedCtx: SumCheckContext | null;
  lines: BudgetRow[];
}

export function evaluateBudget(models: readonly BudgetTableModel[], settings: Settings): BudgetEvaluation {
  const lines: LineResult[] = [];
  const flags: Flag[] = [];
  const groups = new Map<LineCategory, Group>();
  let overall: { row: BudgetRow; ctx: SumCheckContext } | null = null;
  let statedScore: StatedCell | null = null;
  for (const model of models) {
    const ctx = { unit: model.unit, unitFactor: model.unitFactor, settings, hasFullYearColumn: !model.flags.some((f) => f.key === 'missing-value.initialColumn') };
    flags.push(...model.flags);
    const partsOf = partsByParent(model.rows);
    model.rows.forEach((row, i) => {
      const kind = row.kind === 'overall' && model.category && model.category !== '未分类' ? 'categoryTotal' : row.kind;
      const found = kind === 'line' || kind === 'part' ? lineFlags(row, ctx) : [];
      const rowFlags = found.length === 0 ? row.flags : [...row.flags, ...found];
      if (kind === 'line' || kind === 'part') {
        lines.push(toLine(row, rowFlags));
        if (kind === 'line') group(groups, row.category).lines.push(row);
      } else {
        const mismatch = rateMismatch(row, executionRate(row.budget.fen, row.actual.fen));
        if (mismatch) flags.push(mismatch);
      }
      for (const f of rowFlags) flags.push(f);
      const parts = partsOf.get(i);
      if (parts) flags.push(...sumChecks(row.name, row, parts, ctx));
      if (kind === 'subtotal') flags.push(...sumChecks(row.name, row, linesSinceBoundary(model.rows, i), ctx));
      if (kind === 'categoryTotal' && !group(groups, row.category).stated) {
        Object.assign(group(groups, row.category), { stated: row, statedCtx: ctx });
      }
      if (kind === 'overall' && !overall) overall = { row, ctx };
      if (row.statedScore && (!statedScore || kind === 'overall')) statedScore = row.statedScore;
    });
  }
  for (const g of groups.values()) {
    if (g.stated && g.statedCtx) flags.push(...sumChecks(g.stated.name, g.stated, g.lines, g.statedCtx));
  }
  const counted = COUNTED.map((c) => groups.get(c)).filter((g): g is Group => g !== undefined);
  const overallTotal = overallResult(overall, counted, flags);
  return {
    lines,
    totals: { basic: groupTotal(groups.get('基本支出')), project: groupTotal(groups.get('项目支出')), overall: overallTotal },
    flags,
    statedScore,
  };
}

/** The 其中 parts of each line, by the line's index. */
function partsByParent(rows: readonly BudgetRow[]): Map<number, BudgetRow[]> {
  const parts = new Map<number, BudgetRow[]>();
  for (const row of rows) {
    if (row.parentIndex === null) continue;
    const list = parts.get(row.parentIndex);
    if (list) list.push(row);
    else parts.set(row.parentIndex, [row]);
  }
  return parts;
}

function group(groups: Map<LineCategory, Group>, category: LineCategory): Group {
  let g = groups.get(category);
  if (!g) {
    g = { stated: null, statedCtx: null, lines: [] };
    groups.set(category, g);
  }
  return g;
}

function toLine(row: BudgetRow, flags: readonly Flag[]): LineResult {
  return {
    name: row.name,
    category: row.category,
    budget: row.budget.fen,
    actual: row.actual.fen,
    rate: executionRate(row.budget.fen, row.actual.fen),
    statedRate: row.statedRate?.fraction ?? null,
    flags: flags.length === 0 ? NO_CODES : [...new Set(flags.map((f) => f.code))],
    cell: row.nameCell,
    isPart: row.kind === 'part',
  };
}

/** The lines a 小计 adds up: those since the last heading or total above it. */
function linesSinceBoundary(rows: readonly BudgetRow[], index: number): BudgetRow[] {
  const parts: BudgetRow[] = [];
  for (let i = index - 1; i >= 0 && rows[i].kind !== 'categoryTotal' && rows[i].kind !== 'subtotal' && rows[i].kind !== 'overall'; i--) {
    if (rows[i].kind === 'line') parts.unshift(rows[i]);
  }
  return parts;
}

/** The cells a group contributes to a higher total: its stated row, or else every line. */
function groupCells(g: Group): readonly BudgetRow[] {
  return g.stated ? [g.stated] : g.lines;
}

function groupTotal(g: Group | undefined): TotalResult | null {
  if (!g || (!g.stated && g.lines.length === 0)) return null;
  return total(g.stated, g.lines);
}

function overallResult(
  overall: { row: BudgetRow; ctx: SumCheckContext } | null,
  counted: readonly Group[],
  flags: Flag[],
): TotalResult | null {
  const parts = counted.flatMap(groupCells);
  if (overall) {
    flags.push(...sumChecks(overall.row.name, overall.row, parts, overall.ctx));
    return total(overall.row, parts);
  }
  return parts.length === 0 ? null : total(null, parts);
}

/** A stated total with the sum of its parts beside it, or (nothing stated) the sum itself. */
function total(stated: BudgetRow | null, parts: readonly BudgetRow[]): TotalResult {
  const partsBudget = sum(parts, (p) => p.budget);
  const partsActual = sum(parts, (p) => p.actual);
  const budget = stated ? stated.budget.fen : partsBudget;
  const actual = stated ? stated.actual.fen : partsActual;
  const initialBudget = stated ? stated.initialBudget : sumInitial(parts);
  const cell = stated?.nameCell ?? null;
  return { initialBudget, budget, actual, rate: executionRate(budget, actual), partsBudget, partsActual, cell };
}

/** The sum of the parts' 年初 figures, where they have one. */
function sumInitial(parts: readonly BudgetRow[]): Fen | null {
  let total: Fen | null = null;
  for (const part of parts) if (part.initialBudget !== null) total = (total ?? 0) + part.initialBudget;
  return total;
}

/** The exact sum in 分; unknown (null) when a part could not be read, rather than counting it as 0. */
function sum(parts: readonly AmountRow[], cellOf: (part: AmountRow) => AmountCell): Fen | null {
  let total: Fen | null = null;
  for (const part of parts) {
    const cell = cellOf(part);
    if (cell.invalid) return null;
    if (cell.fen !== null) total = (total ?? 0) + cell.fen;
  }
  return total;
}
