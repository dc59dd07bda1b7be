import { join } from 'node:path';
import { buildSampleWorkbook } from '../../../scripts/buildSample';
import { cellAddress, type Evaluation, type RuleSetId, type SheetCell, type SheetModel } from '../../../src/core';
import { parseCellAddress } from '../../../src/core/snapshot';
import { readWorkbook } from '../../../src/xlsx';
import { makeTempDir } from '../../xlsx/fixtures';
import { evaluateOne } from '../evaluateOne';

const cache = new Map<RuleSetId, Promise<Evaluation>>();

/** The sample workbook (the seed's figures) as the engine evaluates it, once per rule set per test file. */
export function sampleEvaluation(ruleSet: RuleSetId = 'dept-2024'): Promise<Evaluation> {
  let evaluation = cache.get(ruleSet);
  if (!evaluation) {
    evaluation = (async () => {
      const { dir, cleanup } = await makeTempDir();
      try {
        const path = join(dir, 'sample.xlsx');
        await buildSampleWorkbook().xlsx.writeFile(path);
        return evaluateOne(await readWorkbook(path), { ruleSet });
      } finally {
        await cleanup();
      }
    })();
    cache.set(ruleSet, evaluation);
  }
  return evaluation;
}

/** A fixed moment of the run: 1 March 2025, 10:05 on the machine's clock. */
export const RUN_TIME = new Date(2025, 2, 1, 10, 5);

/** The cell at `B12` of a model, or undefined. */
export function cellAt(model: SheetModel, address: string): SheetCell | undefined {
  const at = parseCellAddress(address);
  return at ? model.cells.find((c) => c.row === at.row && c.col === at.col) : undefined;
}

export function valueAt(model: SheetModel, address: string): string | number | null | undefined {
  return cellAt(model, address)?.value;
}

/** The 0-based row of the first cell holding `value` in column `col` (any column when omitted). */
export function rowOf(model: SheetModel, value: string | number, col?: number): number {
  const cell = model.cells.find((c) => c.value === value && (col === undefined || c.col === col));
  if (!cell) throw new Error(`no cell holds ${String(value)}`);
  return cell.row;
}

/** A row's values from column A to `lastCol`, null where there is no cell. */
export function rowValues(model: SheetModel, row: number, lastCol = model.columns.length - 1): (string | number | null)[] {
  return Array.from({ length: lastCol + 1 }, (_, col) => model.cells.find((c) => c.row === row && c.col === col)?.value ?? null);
}

/** `A1:I1` for each merge, in the order the model lists them. */
export function mergeAddresses(model: SheetModel): string[] {
  return model.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`);
}

export function paragraphs(model: SheetModel): string[] {
  return model.cells.filter((c) => c.style === 'paragraph' && typeof c.value === 'string').map((c) => String(c.value));
}
