import { evaluateWorkbook, type WorkbookEvaluation } from '../../../src/core';
import { reviewOrder, reviewRows, type ReviewRow } from '../../../src/core/review';
import { book, seedWorkbook, sheet } from '../grids';

describe('reviewRows: a unit’s workbook as rows of the reviewer’s 汇总', () => {
  it('gives the sample’s one form with its figures worked out by hand from SCORING.md', () => {
    const [row] = reviewRows('衡阳市医疗保障局.xlsx', evaluateWorkbook(seedWorkbook()), 'zh-CN');
    expect(row).toMatchObject({
      file: '衡阳市医疗保障局.xlsx',
      ruleSet: 'dept-2024',
      // 合计 1,981.04 and 1,963.91 万元, in 元.
      budget: 19_810_400,
      actual: 19_639_100,
      total: 96.63,
      grade: '优',
      statedTotal: 96,
      statedGrade: '优',
      // 96 stated against 96.63 computed.
      gap: -0.63,
      errors: 2,
      warnings: 9,
      infos: 2,
    });
    expect(row.rate).toBeCloseTo(19_639_100 / 19_810_400, 12);
    expect(row.problems).toEqual([
      '预算执行表!D7：“项目支出”预算数 451.04万元 与明细之和 138.35万元 不符，相差 312.69万元',
      '预算执行表!E7：“项目支出”执行数 437.20万元 与明细之和 124.51万元 不符，相差 312.69万元',
    ]);
  });

  it('keeps a workbook in which no form was found as a row of its own, naming why', () => {
    const [row] = reviewRows('空表.xlsx', evaluateWorkbook(book(sheet('Sheet1', [['备注']]))), 'zh-CN');
    expect(row).toMatchObject({ file: '空表.xlsx', sheet: null, name: '空表.xlsx', total: null, gap: null, errors: 2 });
    expect(row.problems[0]).toMatch(/^没有找到预算执行表/);
  });

  it('words the problems in English too', () => {
    const [row] = reviewRows('a.xlsx', evaluateWorkbook(seedWorkbook()), 'en');
    expect(row.problems[0]).toMatch(/^预算执行表!D7: "项目支出": budget 451.04 万元 does not match the sum of its parts/);
  });
});

describe('reviewOrder: the rows a reviewer must open first come first', () => {
  const row = (file: string, gap: number | null, errors: number, sheet = 'Sheet1'): ReviewRow => ({
    file, sheet, name: file, ruleSet: 'dept-2024', budget: null, actual: null, rate: null, total: 90, grade: '优',
    statedTotal: gap === null ? null : 90 + gap, statedGrade: null, gap, errors, warnings: 0, infos: 0, problems: [],
  });

  it.each<[string, ReviewRow[], string[]]>([
    ['the largest gap first, either way', [row('a', 1, 0), row('b', -12, 0), row('c', 8, 0)], ['b', 'c', 'a']],
    ['then the most errors', [row('a', 2, 1), row('b', 2, 5), row('c', 0, 9)], ['b', 'a', 'c']],
    ['a row without a stated total after those with one', [row('a', null, 9), row('b', 0, 0)], ['b', 'a']],
    ['then by file and sheet', [row('b', 1, 1), row('a', 1, 1, 'S2'), row('a', 1, 1, 'S1')], ['a', 'a', 'b']],
  ])('%s', (_, rows, files) => {
    expect([...rows].sort(reviewOrder).map((r) => r.file)).toEqual(files);
  });

  it('puts a 10/10 self-score beside a 0% fund above a careful unit', () => {
    const careful = evaluateWorkbook(seedWorkbook());
    const claims: WorkbookEvaluation = { ...careful, evaluations: careful.evaluations.map((e) => ({ ...e, scores: { ...e.scores, stated: { ...e.scores.stated, total: 100, grade: '优' } } })) };
    const rows = [...reviewRows('careful.xlsx', careful, 'zh-CN'), ...reviewRows('claims.xlsx', claims, 'zh-CN')].sort(reviewOrder);
    expect(rows.map((r) => [r.file, r.gap])).toEqual([['claims.xlsx', 3.37], ['careful.xlsx', -0.63]]);
  });
});
