import {
  buildOutputSheets, evaluateWorkbook, OUTPUT_SHEET_IDS, type CellValue, type SheetModel, type SheetSnapshot,
} from '../../../src/core';
import { isResultSheet } from '../../../src/core/output/outputSheets';
import { seedWorkbook } from '../grids';
import { RUN_TIME } from './sampleEvaluation';

/** A result sheet as a shell would read it back: its values from A1, under another name (a user's copy). */
function readBack(model: SheetModel, name: string): SheetSnapshot {
  const rows: CellValue[][] = [];
  for (const cell of model.cells) {
    while (rows.length <= cell.row) rows.push([]);
    rows[cell.row][cell.col] = cell.value;
  }
  return { name, origin: { row: 0, col: 0 }, rows: rows.map((row) => Array.from(row, (v) => v ?? null)), merges: model.merges, tables: [] };
}

const sampleSheets = () => buildOutputSheets(evaluateWorkbook(seedWorkbook()), 'zh-CN', RUN_TIME);
const errorsOf = (snapshot: ReturnType<typeof seedWorkbook>) =>
  evaluateWorkbook(snapshot).evaluations.flatMap((e) => e.flags).filter((f) => f.severity === 'error').length;

describe('the content marker of every result sheet', () => {
  it.each(['zh-CN', 'en'] as const)('sits on the first row, in a hidden column right of the last one, naming the sheet (%s)', (lang) => {
    for (const model of buildOutputSheets(evaluateWorkbook(seedWorkbook()), lang, RUN_TIME)) {
      const last = model.columns.length - 1;
      expect(model.columns[last]).toEqual({ width: 2, hidden: true });
      expect(model.cells.filter((c) => c.col === last)).toEqual([{ row: 0, col: last, value: `BudgetPerf_Output_${model.id}`, style: 'marker', format: '@' }]);
    }
  });

  it('makes every one of our sheets, and only those, known as ours', () => {
    const models = sampleSheets();
    expect(models.map((m) => m.id)).toEqual(OUTPUT_SHEET_IDS);
    for (const model of models) expect(isResultSheet(readBack(model, `${model.name} (2)`))).toBe(true);
    for (const sheet of seedWorkbook().sheets) expect(isResultSheet(sheet)).toBe(false);
  });

  it('keeps a copied or renamed result sheet out of the evaluation: two errors stay two', () => {
    const snapshot = seedWorkbook();
    expect(errorsOf(snapshot)).toBe(2);
    const copies = sampleSheets().map((model) => readBack(model, `${model.name} (2)`));
    const withCopies = { sheets: [...snapshot.sheets, ...copies] };
    expect(errorsOf(withCopies)).toBe(2);
    const result = evaluateWorkbook(withCopies);
    expect(result.resultSheets).toEqual(copies.map((c) => c.name));
    expect(result.evaluations.map((e) => e.scores.total)).toEqual([96.63]);
  });

  it('is not set off by the same text lower down in a user sheet', () => {
    const sheet: SheetSnapshot = { name: '说明', origin: { row: 0, col: 0 }, rows: [['说明'], [], [], ['BudgetPerf_Output_budget']], merges: [], tables: [] };
    expect(isResultSheet(sheet)).toBe(false);
  });
});
