import type { SheetGrid } from '../snapshot';
import type { Flag } from '../report';
import { decimalsTolerance, parseAmount, readNumberFormat, shownDecimals, toFen, type ParsedInvalid } from '../numbers';
import type { AmountCell } from './BudgetRow';

/**
 * No 部门 or 项目 handles 10^15 元 (a thousand trillion): a figure that large is a typing or export error, and
 * beyond it sums of 分 lose exactness and products overflow to Infinity. Such a cell is a parse-error.
 */
const MAX_PLAUSIBLE_YUAN = 1e15;

/** A parse-error for the cell at (row, col), quoting what the user sees there. */
export function parseErrorFlag(grid: SheetGrid, row: number, col: number, parsed: ParsedInvalid): Flag {
  return { code: 'parse-error', severity: 'error', cell: grid.address(row, col), key: parseErrorKey(parsed), params: { value: parsed.shown } };
}

function parseErrorKey(parsed: ParsedInvalid): Flag['key'] {
  if (parsed.problem === 'uncalculated') return 'parse-error.uncalculated';
  if (parsed.problem === 'too-large') return 'parse-error.tooLarge';
  return parsed.excelError ? 'parse-error.excelError' : 'parse-error.number';
}

/** Within the bound, for a figure that is not an amount (a rate, a score). */
export function isPlausible(value: number): boolean {
  return Math.abs(value) < MAX_PLAUSIBLE_YUAN;
}

export function tooLarge(value: number): ParsedInvalid {
  return { kind: 'invalid', shown: String(value), excelError: false, problem: 'too-large' };
}

/**
 * An amount cell whose address is worked out only when a flag asks for it: a budget table of 100 000
 * lines has 300 000 such cells and hardly a few hundred flags.
 */
class SheetAmount implements AmountCell {
  constructor(
    readonly fen: number | null,
    readonly halfUnitFen: number,
    readonly invalid: boolean,
    private readonly grid: SheetGrid,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string {
    return this.grid.address(this.row, this.col);
  }
}

/** An amount in 分; a cell that is not a number adds a parse-error to `flags` and reads as null, never 0. */
export function readAmount(
  grid: SheetGrid,
  row: number,
  col: number | undefined,
  unitFactor: number,
  flags: Flag[],
): AmountCell {
  if (col === undefined) return new SheetAmount(null, 0, false, grid, row, grid.firstCol);
  const raw = grid.raw(row, col);
  if (typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw * unitFactor) < MAX_PLAUSIBLE_YUAN) {
    // Hot path: most amounts are plain numbers.
    const decimals = readNumberFormat(grid.format(row, col)).decimals ?? shownDecimals(raw);
    return new SheetAmount(toFen(raw, unitFactor), halfUnitFen(decimals, unitFactor), false, grid, row, col);
  }
  const read = parseAmount(raw, grid.format(row, col));
  const parsed = read.kind === 'number' && Math.abs(read.value * unitFactor) >= MAX_PLAUSIBLE_YUAN ? tooLarge(read.value) : read;
  if (parsed.kind === 'invalid') {
    flags.push(parseErrorFlag(grid, row, col, parsed));
    return new SheetAmount(null, 0, true, grid, row, col);
  }
  if (parsed.kind === 'empty') return new SheetAmount(null, 0, false, grid, row, col);
  return new SheetAmount(toFen(parsed.value, unitFactor), halfUnitFen(parsed.decimals, unitFactor), false, grid, row, col);
}

/** Half a unit of the last shown digit, in 分: a 万元 figure shown to 2 decimals is exact to ±50 分. */
function halfUnitFen(decimals: number, unitFactor: number): number {
  return decimalsTolerance(decimals) * unitFactor * 100;
}

/** A plain number (分值, 得分); a cell that is not one adds a parse-error and reads as null. */
export function readNumber(grid: SheetGrid, row: number, col: number | undefined, flags: Flag[]): number | null {
  if (col === undefined) return null;
  const read = parseAmount(grid.raw(row, col), grid.format(row, col));
  const parsed = read.kind === 'number' && !isPlausible(read.value) ? tooLarge(read.value) : read;
  if (parsed.kind === 'invalid') {
    flags.push(parseErrorFlag(grid, row, col, parsed));
    return null;
  }
  return parsed.kind === 'number' ? parsed.value : null;
}
