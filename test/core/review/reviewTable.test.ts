import { compareReviewRows, reviewRowView, type ReviewRow } from '../../../src/core';

const row = (file: string, total: number | null, gap: number | null, errors: number): ReviewRow => ({
  file, sheet: total === null ? null : '自评表', name: file, ruleSet: 'dept-2024', budget: 2_650_900, actual: 2_437_812.5, rate: 0.91964,
  total, grade: total === null ? null : '优', statedTotal: gap === null || total === null ? null : total + gap, statedGrade: '优', gap, errors,
  warnings: 1, infos: 0, problems: ['甲', '乙'],
});
const rows = [row('a.xlsx', 96.63, -0.63, 2), row('b.xlsx', 96.63, 3.37, 2), row('c.xlsx', null, null, 0), row('d.xlsx', 80, 0.5, 5)].map((r) => reviewRowView(r, 'zh-CN'));
const order = (sort: Parameters<typeof compareReviewRows>[0]) => [...rows].sort(compareReviewRows(sort)).map((r) => r.row.file);

describe('reviewRowView', () => {
  it('words and formats a row as 汇总 shows it', () => {
    const [a] = rows;
    expect([a.cells.budget.text, a.cells.rate.text, a.cells.total.text, a.cells.gap.text, a.cells.grade.text, a.cells.problems.text]).toEqual([
      '2,650,900.00', '91.96%', '96.63', '-0.63', '优', '甲；乙',
    ]);
    expect(rows.map((r) => r.gapHigh)).toEqual([false, true, false, true]);
    expect(rows[2].cells.name.text).toBe('（未找到自评表或预算执行表）');
  });
});

describe('compareReviewRows', () => {
  it.each([
    [null, ['b.xlsx', 'a.xlsx', 'd.xlsx', 'c.xlsx']],
    [{ key: 'total', descending: false }, ['d.xlsx', 'b.xlsx', 'a.xlsx', 'c.xlsx']],
    [{ key: 'total', descending: true }, ['b.xlsx', 'a.xlsx', 'd.xlsx', 'c.xlsx']],
    [{ key: 'errors', descending: true }, ['d.xlsx', 'b.xlsx', 'a.xlsx', 'c.xlsx']],
    [{ key: 'file', descending: true }, ['d.xlsx', 'c.xlsx', 'b.xlsx', 'a.xlsx']],
  ] as const)('%j', (sort, files) => expect(order(sort)).toEqual(files));
});
