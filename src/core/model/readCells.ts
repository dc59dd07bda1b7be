import type { SheetGrid } from '../snapshot';
import type { Flag } from '../report';
import { decimalsTolerance, parseAmount, readNumberFormat, shownDecimals, toFen } from '../numbers';
import type { AmountCell } from './BudgetRow';

/** A parse-error for the cell at (row, col), quoting what the user sees there. */
export function parseErrorFlag(grid: SheetGrid, row: number, col: number, shown: string, excelError: boolean): Flag {
  return {
    code: 'parse-error',
    severity: 'error',
    cell: grid.address(row, col),
    key: excelError ? 'parse-error.excelError' : 'parse-error.number',
    params: { value: shown },
  };
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
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    // Hot path: most amounts are plain numbers.
    const decimals = readNumberFormat(grid.format(row, col)).decimals ?? shownDecimals(raw);
    return new SheetAmount(toFen(raw, unitFactor), halfUnitFen(decimals, unitFactor), false, grid, row, col);
  }
  const parsed = parseAmount(raw, grid.format(row, col));
  if (parsed.kind === 'invalid') {
    flags.push(parseErrorFlag(grid, row, col, parsed.shown, parsed.excelError));
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
  const parsed = parseAmount(grid.raw(row, col), grid.format(row, col));
  if (parsed.kind === 'invalid') {
    flags.push(parseErrorFlag(grid, row, col, parsed.shown, parsed.excelError));
    return null;
  }
  return parsed.kind === 'number' ? parsed.value : null;
}
