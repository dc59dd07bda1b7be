import type { AmountCell, BudgetRow, BudgetRowKind, BudgetTableModel, StatedCell } from '../model';
import type { Fen, Flag, FlagCode, LineCategory, LineResult, TotalResult } from '../report';
import { COMPLETE_BREAKDOWNS, FORM_FUND_TOTAL, type Settings } from '../rules';
import { executionRate } from './executionRate';
import { lineFlags, lowExecution, rateMismatch, type LineContext } from './lineFlags';
import { sumChecks, type AmountRow, type SumCheckContext } from './sumCheck';
import { appendAll } from '../collections';

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
  const budget = new BudgetWalk(settings);
  for (const model of models) budget.addTable(model);
  return budget.finish();
}

/** What the walk over every budget table gathers: lines, flags, the category groups and the stated 合计. */
class BudgetWalk {
  private readonly lines: LineResult[] = [];
  private readonly flags: Flag[] = [];
  private readonly groups = new Map<LineCategory, Group>();
  private overall: { row: BudgetRow; ctx: SumCheckContext } | null = null;
  private statedScore: StatedCell | null = null;

  constructor(private readonly settings: Settings) {}

  addTable(model: BudgetTableModel): void {
    const ctx = { unit: model.unit, unitFactor: model.unitFactor, settings: this.settings, hasFullYearColumn: model.hasFullYearColumn };
    appendAll(this.flags, model.flags);
    const partsOf = partsByParent(model.rows);
    for (let i = 0; i < model.rows.length; i++) {
      const row = model.rows[i];
      // A 合计 in a table titled 项目支出 is the 项目支出 total, not the department's.
      const kind = row.kind === 'overall' && model.category && model.category !== '未分类' ? 'categoryTotal' : row.kind;
      if (kind === 'line' || kind === 'part') this.addLine(row, ctx);
      else this.addTotal(row, kind, ctx);
      const parts = partsOf.get(i);
      if (parts) appendAll(this.flags, sumChecks(row.name, row, parts, ctx, isPartial(row.name, parts)));
      if (kind === 'subtotal') appendAll(this.flags, sumChecks(row.name, row, linesSinceBoundary(model.rows, i), ctx));
    }
  }

  finish(): BudgetEvaluation {
    for (const g of this.groups.values()) {
      if (g.stated && g.statedCtx) appendAll(this.flags, sumChecks(g.stated.name, g.stated, g.lines, g.statedCtx, isPartial(g.stated.name, g.lines)));
    }
    const counted = COUNTED.map((c) => this.groups.get(c)).filter((g): g is Group => g !== undefined);
    const overall = overallResult(this.overall, counted, this.flags);
    const basic = groupTotal(this.groups.get('基本支出'));
    const project = groupTotal(this.groups.get('项目支出'));
    return { lines: this.lines, totals: { basic, project, overall }, flags: this.flags, statedScore: this.statedScore };
  }

  private addLine(row: BudgetRow, ctx: LineContext): void {
    const found = lineFlags(row, ctx);
    const rowFlags = found.length === 0 ? row.flags : [...row.flags, ...found];
    this.lines.push(toLine(row, rowFlags));
    if (row.kind === 'line') this.group(row.category).lines.push(row);
    for (const f of rowFlags) this.flags.push(f);
    if (row.statedScore && !this.statedScore) this.statedScore = row.statedScore;
  }

  private addTotal(row: BudgetRow, kind: BudgetRowKind, ctx: SumCheckContext): void {
    const rate = executionRate(row.budget.fen, row.actual.fen);
    // SCORING.md: on the official form the 年度资金总额 row's rate is the form's 执行率.
    if (kind === 'overall' && rate !== null && rate < this.settings.lowExecutionThreshold && FORM_FUND_TOTAL.test(row.name)) {
      this.flags.push(lowExecution(row.name, rate, row.statedRate?.cell ?? row.actual.cell, this.settings));
    }
    const mismatch = rateMismatch(row, rate);
    if (mismatch) this.flags.push(mismatch);
    for (const f of row.flags) this.flags.push(f);
    const group = this.group(row.category);
    if (kind === 'categoryTotal' && !group.stated) Object.assign(group, { stated: row, statedCtx: ctx });
    if (kind === 'overall' && !this.overall) this.overall = { row, ctx };
    // The 自评表's 资金 block states the budget-execution 得分 on its 年度资金总额 row.
    if (row.statedScore && (!this.statedScore || kind === 'overall')) this.statedScore = row.statedScore;
  }

  private group(category: LineCategory): Group {
    let g = this.groups.get(category);
    if (!g) {
      g = { stated: null, statedCtx: null, lines: [] };
      this.groups.set(category, g);
    }
    return g;
  }
}

/**
 * A 其中 that need not list everything (SCORING.md "Totals and their parts"): every part came under 其中,
 * and their names do not make one of the complete breakdowns of the total (基本支出 = 人员经费 + 公用经费, …).
 */
function isPartial(totalName: string, parts: readonly BudgetRow[]): boolean {
  if (parts.length === 0 || !parts.every((p) => p.viaParts)) return false;
  const complete = COMPLETE_BREAKDOWNS.some((b) => b.total.test(totalName) && b.parts.every((name) => parts.some((p) => name.test(p.name))));
  return !complete;
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
    appendAll(flags, sumChecks(overall.row.name, overall.row, parts, overall.ctx, isPartial(overall.row.name, parts)));
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
