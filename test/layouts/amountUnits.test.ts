/**
 * Layout 1: where the amount unit is stated — a `单位：万元` note under the title, a `（元）` note, only in the
 * headers, or nowhere (SCORING.md "Amounts": 元 ×1, 万元 ×10 000; none found: 元, with an `info` flag).
 */
import { flagSummary, line, workbookFolder, type RowInput } from './workbooks';

const folder = workbookFolder();

const TITLE = '某某市医疗保障局2024年度部门预算执行情况表';
const BODY: readonly RowInput[] = [
  [1, '办公经费', 120.5, 108.45, '90%'],
  [2, '培训费', 30, 27, '90%'],
  ['合计', null, 150.5, 135.45, '90%'],
];
const PLAIN_HEADER = ['序号', '项目名称', '全年预算数', '全年执行数', '执行率'];

interface UnitCase {
  readonly layout: string;
  readonly noteRow: RowInput;
  readonly header: RowInput;
  readonly unit: string;
  readonly factor: number;
  readonly flags: ReturnType<typeof flagSummary>;
}

const CASES: readonly UnitCase[] = [
  {
    layout: 'a title row and a 单位：万元 note above the header',
    noteRow: [null, null, null, null, '单位：万元'],
    header: PLAIN_HEADER,
    unit: '万元',
    factor: 10_000,
    flags: [],
  },
  {
    layout: 'a （元） note above the header',
    noteRow: ['编制单位：某某市医疗保障局', null, null, null, '（元）'],
    header: PLAIN_HEADER,
    unit: '元',
    factor: 1,
    flags: [],
  },
  {
    layout: 'the unit only in the header (全年预算数（万元）)',
    noteRow: ['编制单位：某某市医疗保障局'],
    header: ['序号', '项目名称', '全年预算数（万元）', '全年执行数（万元）', '执行率'],
    unit: '万元',
    factor: 10_000,
    flags: [],
  },
  {
    layout: 'no unit anywhere',
    noteRow: ['编制单位：某某市医疗保障局'],
    header: PLAIN_HEADER,
    unit: '元',
    factor: 1,
    flags: [{ code: 'missing-value', severity: 'info', cell: '预算表!C3' }],
  },
];

describe('amount unit of a budget table', () => {
  it.each(CASES)('$layout → amounts in 元 (unit $unit)', async ({ noteRow, header, unit, factor, flags }) => {
    const { report } = await folder.evaluate([
      { name: '预算表', rows: [[TITLE], noteRow, header, ...BODY], merges: ['A1:E1'] },
    ]);

    expect(report.unit).toBe(unit);
    expect(line(report, '办公经费')).toMatchObject({
      budget: 120.5 * factor,
      actual: 108.45 * factor,
      rate: 0.9,
      statedRate: 0.9,
      flags: [],
      cell: '预算表!B4',
    });
    expect(line(report, '培训费')).toMatchObject({ budget: 30 * factor, actual: 27 * factor, rate: 0.9 });
    expect(report.lines).toHaveLength(2);
    expect(report.totals.overall).toEqual({ budget: 150.5 * factor, actual: 135.45 * factor, rate: 0.9 });
    expect(report.scores.budgetExecution).toBe(9);
    expect(flagSummary(report).filter((f) => f.code !== 'table-not-found')).toEqual(flags);
  });

  it('says which table has no unit and that 元 is assumed', async () => {
    const { report } = await folder.evaluate([
      { name: '预算表', rows: [[TITLE], CASES[3].noteRow, PLAIN_HEADER, ...BODY], merges: ['A1:E1'] },
    ]);
    const [unitFlag] = report.flags.filter((f) => f.code === 'missing-value');
    expect(unitFlag.message).toContain('预算表!C3');
    expect(unitFlag.message).toContain('没有注明金额单位，按“元”计算');
  });
});
