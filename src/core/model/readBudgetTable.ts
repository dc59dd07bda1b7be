import type { BudgetTable } from '../detect';
import type { SheetGrid } from '../snapshot';
import type { Fen, Flag, LineCategory } from '../report';
import { LINE_CATEGORY_WORDS, TITLE_CATEGORY_WORDS } from '../rules';
import { parseRate } from '../numbers';
import type { AmountCell, BudgetRow, BudgetRowKind, BudgetTableModel } from './BudgetRow';
import { classifyBudgetRow, type RowName } from './classifyBudgetRow';
import { isPlausible, parseErrorFlag, readAmount, readNumber, tooLarge } from './readCells';
import { rateColumnInPoints } from './rateColumnInPoints';

const NO_FLAGS: Flag[] = [];

/** Where the walk down the table is: the category heading in force and the line whose 其中 parts follow. */
interface Walk {
  category: LineCategory;
  /** The last line that may have 其中 parts (null after a heading, a total or a blank row). */
  lastLine: number | null;
  /** Inside a 其中 group: indented rows (or rows without a 序号) go on being parts. */
  inParts: boolean;
  /** The numbered rows above that may still have children, shallowest first (`一、`, `（一）`, …). */
  numbered: Numbered[];
}

interface Numbered {
  readonly level: number;
  /** The row's index among the table's rows; -1 for a heading without figures. */
  readonly index: number;
  /** A budget line (whose children are its parts), not a category heading (whose children are its lines). */
  readonly isLine: boolean;
}

/** The rows of a budget table, classified, with their amounts in 分 and the problems found reading them. */
export function readBudgetTable(table: BudgetTable): BudgetTableModel {
  const { grid } = table;
  const unitFactor = table.unit?.factor ?? 1;
  const tableCategory = categoryFromTitle(`${table.preamble} ${grid.name}`);
  const ratesInPoints = rateColumnInPoints(table);
  const rows: BudgetRow[] = [];
  const walk: Walk = { category: tableCategory ?? '未分类', lastLine: null, inParts: false, numbered: [] };
  // `预算执行表!B`: every line's name cell is this and its row number.
  const nameColumn = grid.address(0, table.columns.name ?? grid.firstCol).slice(0, -1);
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (grid.isBlankRow(r)) {
      walk.lastLine = null;
      walk.inParts = false;
      continue;
    }
    const named = classifyBudgetRow(rowName(table, r));
    if (named.role.kind === 'category') walk.category = named.role.category;
    const flags: Flag[] = [];
    const budget = readBudget(table, r, unitFactor, flags);
    const actual = readAmount(grid, r, table.columns.actual, unitFactor, flags);
    // A heading or label row without figures has nothing to check (and 0/0 lines are not flagged either).
    if (budget.cell.fen === null && actual.fen === null && flags.length === 0) {
      nest(walk, named.level, { index: -1, isLine: false });
      continue;
    }
    const { kind, parentIndex, viaParts } = place(named, walk, rows.length, hasNoOrderNumber(table, r));
    rows.push({
      kind,
      name: named.name,
      nameCell: nameColumn + String(r + 1),
      category: lineCategory(table, r, walk.category),
      budget: budget.cell,
      actual,
      initialBudget: budget.initial,
      budgetFromInitial: budget.fromInitial,
      statedRate: readStatedRate(table, r, ratesInPoints, budget.cell.fen !== null && budget.cell.fen > 0, flags),
      statedScore: readStatedScoreCell(table, r, flags),
      parentIndex,
      viaParts,
      // Most rows have no problem: they share one empty list rather than keep one each.
      flags: flags.length === 0 ? NO_FLAGS : flags,
    });
  }
  // A title saying 项目支出 over a table that has its own category headings names only part of it.
  const mixed = rows.some((row) => row.kind === 'categoryTotal' && row.category !== tableCategory);
  return {
    sheet: grid.name,
    unit: table.unit?.unit ?? '元',
    unitFactor,
    category: mixed ? null : tableCategory,
    rows,
    hasFullYearColumn: table.columns.budget !== undefined,
    flags: tableFlags(table),
  };
}

interface Placed {
  readonly kind: BudgetRowKind;
  readonly parentIndex: number | null;
  readonly viaParts: boolean;
}

/** Decides a row's kind and moves the walk on. */
function place(named: RowName, walk: Walk, index: number, noOrderNumber: boolean): Placed {
  if (named.role.kind !== 'line') {
    walk.lastLine = null;
    walk.inParts = false;
    if (named.role.kind === 'category') nest(walk, named.level, { index, isLine: false });
    else walk.numbered = [];
    const kind = named.role.kind === 'category' ? 'categoryTotal' : named.role.kind;
    return { kind, parentIndex: null, viaParts: false };
  }
  if (named.level !== null) {
    // A numbered row one level down is a part of the numbered line above it (`（一）` under `一、`).
    const parent = nest(walk, named.level, { index, isLine: true });
    walk.lastLine = index;
    walk.inParts = false;
    return parent?.isLine ? { kind: 'part', parentIndex: parent.index, viaParts: false } : { kind: 'line', parentIndex: null, viaParts: false };
  }
  const continuesParts = walk.inParts && (named.indented || noOrderNumber);
  if (named.opensParts || continuesParts) {
    walk.inParts = true;
    // 其中 under a category heading lists the category's own lines (基本支出 其中：人员经费, 公用经费).
    const parentIndex = walk.lastLine;
    return parentIndex === null ? { kind: 'line', parentIndex, viaParts: true } : { kind: 'part', parentIndex, viaParts: true };
  }
  walk.lastLine = index;
  walk.inParts = false;
  return { kind: 'line', parentIndex: null, viaParts: false };
}

/** Puts a numbered row on the walk's stack; returns the row it is a child of, if any. */
function nest(walk: Walk, level: number | null, entry: Omit<Numbered, 'level'>): Numbered | null {
  if (level === null) return null;
  while (walk.numbered.length > 0 && walk.numbered[walk.numbered.length - 1].level >= level) walk.numbered.pop();
  const parent = walk.numbered.length > 0 ? walk.numbered[walk.numbered.length - 1] : null;
  walk.numbered.push({ level, ...entry });
  return parent;
}

/** The name cell as written (leading spaces kept: they mark a part); 合计 may stand in the 序号 column. */
function rowName(table: BudgetTable, row: number): string {
  const { grid, columns } = table;
  const name = columns.name === undefined ? null : grid.value(row, columns.name);
  if (typeof name === 'string' && name.trim() !== '') return name;
  if (typeof name === 'number') return String(name);
  return columns.seq === undefined ? '' : grid.text(row, columns.seq);
}

function hasNoOrderNumber(table: BudgetTable, row: number): boolean {
  if (table.columns.seq === undefined) return false;
  const seq = table.grid.value(row, table.columns.seq);
  return seq === null || (typeof seq === 'string' && seq.trim() === '');
}

/** 全年预算数, or 年初预算数 where the 全年 figure is missing (SCORING.md, with an info flag). */
function readBudget(
  table: BudgetTable,
  row: number,
  unitFactor: number,
  flags: Flag[],
): { cell: AmountCell; fromInitial: boolean; initial: Fen | null } {
  const { grid, columns } = table;
  const full = readAmount(grid, row, columns.budget ?? columns.initialBudget, unitFactor, flags);
  if (columns.budget === undefined || columns.initialBudget === undefined) {
    const fromInitial = columns.budget === undefined;
    return { cell: full, fromInitial, initial: fromInitial ? full.fen : null };
  }
  // Read even when not needed: a 年初 cell that is not a number is still worth a reviewer's look.
  const initial = readAmount(grid, row, columns.initialBudget, unitFactor, flags);
  const fallBack = full.fen === null && !full.invalid && initial.fen !== null;
  return { cell: fallBack ? initial : full, fromInitial: fallBack, initial: initial.fen };
}

/**
 * The 执行率 the sheet states. `#DIV/0!` from a 执行数/预算数 formula on a line without budget is the
 * honest answer (三公经费 0/0), not a reading problem.
 */
function readStatedRate(
  table: BudgetTable,
  row: number,
  inPoints: boolean,
  hasBudget: boolean,
  flags: Flag[],
): BudgetRow['statedRate'] {
  const col = table.columns.rate;
  if (col === undefined) return null;
  const { grid } = table;
  const read = parseRate(grid.raw(row, col), grid.format(row, col), inPoints);
  const parsed = read.kind === 'rate' && !isPlausible(read.fraction) ? tooLarge(read.fraction) : read;
  const divisionByNoBudget = parsed.kind === 'invalid' && parsed.shown === '#DIV/0!' && !hasBudget;
  if (parsed.kind === 'invalid' && !divisionByNoBudget) {
    flags.push(parseErrorFlag(grid, row, col, parsed));
  }
  if (parsed.kind !== 'rate') return null;
  return new StatedRate(parsed.fraction, parsed.tolerance, grid, row, col);
}

/** A stated 执行率 whose address is worked out only if a rate-mismatch needs it. */
class StatedRate {
  constructor(
    readonly fraction: number,
    readonly tolerance: number,
    private readonly grid: SheetGrid,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string {
    return this.grid.address(this.row, this.col);
  }
}

function readStatedScoreCell(table: BudgetTable, row: number, flags: Flag[]): BudgetRow['statedScore'] {
  const col = table.columns.score;
  const value = readNumber(table.grid, row, col, flags);
  return value === null || col === undefined ? null : { value, cell: table.grid.address(row, col) };
}

function lineCategory(table: BudgetTable, row: number, running: LineCategory): LineCategory {
  const col = table.columns.category;
  if (col === undefined) return running;
  const text = table.grid.text(row, col).replace(/\s+/g, '');
  const word = LINE_CATEGORY_WORDS.find((w) => w.pattern.test(text));
  return word ? (word.category as LineCategory) : running;
}

function categoryFromTitle(title: string): LineCategory | null {
  const word = TITLE_CATEGORY_WORDS.find((w) => w.pattern.test(title));
  return word ? (word.category as LineCategory) : null;
}

/** Notes about the whole table: no unit stated, or only 年初预算数 to compute rates with. */
function tableFlags(table: BudgetTable): Flag[] {
  const { grid, columns } = table;
  const flags: Flag[] = [];
  const headerCell = (col: number | undefined) => grid.address(table.headerRow, col ?? grid.firstCol);
  if (!table.unit) {
    const cell = headerCell(columns.budget ?? columns.initialBudget);
    flags.push({ code: 'missing-value', severity: 'info', cell, key: 'missing-value.unit', params: { table: table.preamble || grid.name } });
  }
  if (columns.budget === undefined) {
    const cell = headerCell(columns.initialBudget);
    flags.push({ code: 'missing-value', severity: 'info', cell, key: 'missing-value.initialColumn', params: {} });
  }
  return flags;
}
