import { SheetDraft } from '../../../src/core/output/SheetDraft';
import { withContentMarker } from '../../../src/core/output/outputSheets';

const PRINT = { orientation: 'portrait', fitToWidth: true } as const;

describe('SheetDraft', () => {
  it('gives its cells in row-major order whatever order they were put in, the last put of a cell winning', () => {
    const draft = new SheetDraft('budget', '自评_预算执行', [6, 34, 16]);
    draft.put(5, 2, 3, 'amount', '#,##0.00');
    draft.put(0, 1, '标题', 'title');
    draft.put(5, 0, 1, 'score');
    draft.put(2, 1, '人员经费', 'text');
    draft.put(2, 1, '公用经费', 'text');
    const model = draft.toModel(PRINT);
    expect(model.cells.map((c) => [c.row, c.col, c.value])).toEqual([[0, 1, '标题'], [2, 1, '公用经费'], [5, 0, 1], [5, 2, 3]]);
    expect(model.cells[1]).toEqual({ row: 2, col: 1, value: '公用经费', style: 'text', format: '@' });
  });

  it('frames a block with empty cells, leaving what is there and what a merge covers', () => {
    const draft = new SheetDraft('budget', '自评_预算执行', [6, 34, 16]);
    draft.put(1, 0, '合计', 'totalLabel');
    draft.merge(1, 0, 1, 1);
    draft.frame(1, 0, 2, 2, 'text');
    const model = draft.toModel(PRINT);
    expect(model.cells.map((c) => [c.row, c.col, c.value, c.style])).toEqual([
      [1, 0, '合计', 'totalLabel'], [1, 2, null, 'text'], [2, 0, null, 'text'], [2, 1, null, 'text'], [2, 2, null, 'text'],
    ]);
    expect(model.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
  });

  it('keeps each row at the tallest height asked for, rows in order', () => {
    const draft = new SheetDraft('report', '自评_报告', [40]);
    draft.atLeast(7, 30);
    draft.atLeast(2, 20);
    draft.atLeast(7, 18);
    expect(draft.toModel(PRINT).rowHeights).toEqual([{ row: 2, height: 20 }, { row: 7, height: 30 }]);
  });

  it('has its content marker placed after the first row’s cells, so the cells stay in row-major order', () => {
    const draft = new SheetDraft('budget', '自评_预算执行', [6, 34]);
    draft.put(0, 0, '标题', 'title');
    draft.put(0, 1, '续', 'title');
    draft.put(1, 0, 1, 'score');
    const cells = withContentMarker(draft.toModel(PRINT)).cells;
    expect(cells.map((c) => [c.row, c.col])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0]]);
    expect(cells[2].value).toBe('BudgetPerf_Output_budget');
  });
});
