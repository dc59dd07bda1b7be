import type { CellValue } from '../../../src/core/snapshot';
import { findHeaders } from '../../../src/core/detect';
import { gridOf, sheet, type SheetOptions } from '../grids';

/** The header hits of a sheet: kind, header rows (1-based, as Excel shows them) and column letters per field. */
function headers(rows: CellValue[][], options: SheetOptions = {}) {
  return findHeaders(gridOf(sheet('S', rows, options))).map((hit) => ({
    kind: hit.schema.kind,
    rows: [hit.headerTop + 1, hit.headerRow + 1],
    columns: Object.fromEntries(Object.entries(hit.columns).map(([f, c]) => [f, String.fromCharCode(65 + c)])),
  }));
}

const body: CellValue[] = [1, '办公费', 100, 90, 0.9];

describe('findHeaders: budget header synonyms (DESIGN.md "Reading the tables")', () => {
  it.each<[string, CellValue[], Record<string, string>]>([
    ['the 10号 form', ['序号', '项目名称', '全年预算数', '全年执行数', '执行率'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['调整后预算数 / 实际支出', ['序号', '支出项目', '调整后预算数', '实际支出', '执行率'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['预算数 / 支出数', ['序号', '项目', '预算数', '支出数', '执行率'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['预算数 / 执行数', ['编号', '科目名称', '预算数', '执行数', '执行进度'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['English', ['No.', 'Project', 'Budget', 'Actual', 'Rate'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['English long forms', ['#', 'Project name', 'Adjusted budget', 'Actual expenditure', 'Execution rate'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['units and line breaks in the labels', ['序号', '项目\n名称', '全年预算数\n（万元）', '全年执行数(万元)', '执行率（%）'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['full-width spaces', ['序　号', '项目名称', '全年预算数', '全年执行数', '执 行 率'], { seq: 'A', name: 'B', budget: 'C', actual: 'D', rate: 'E' }],
    ['年初 beside 全年', ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数'], { seq: 'A', name: 'B', initialBudget: 'C', budget: 'D', actual: 'E' }],
    ['年初预算数 only', ['序号', '项目名称', '年初预算数', '全年执行数', '执行率'], { seq: 'A', name: 'B', initialBudget: 'C', actual: 'D', rate: 'E' }],
    ['category and note columns', ['项目名称', '支出类别', '全年预算数', '全年执行数', '备注'], { name: 'A', category: 'B', budget: 'C', actual: 'D', note: 'E' }],
    ['年中调整金额 is no budget', ['项目名称', '年中调整金额', '全年执行数', '年初预算数'], { name: 'A', actual: 'C', initialBudget: 'D' }],
    ['结余金额 and 资金结余率 are no actual and no rate', ['项目名称', '预算数', '结余金额', '资金结余率', '实际支出'], { name: 'A', budget: 'B', actual: 'E' }],
    ['annotated with circled numbers', ['项目名称', '全年预算数③', '全年执行数④', '执行率⑤=④/③'], { name: 'A', budget: 'B', actual: 'C', rate: 'D' }],
  ])('%s', (_, header, columns) => {
    const found = headers([header, body]);
    expect(found).toEqual([{ kind: 'budget', rows: [1, 1], columns }]);
  });

  it('needs a budget and an actual column', () => {
    expect(headers([['序号', '项目名称', '全年预算数', '备注'], body])).toEqual([]);
    expect(headers([['序号', '项目名称', '全年执行数', '备注'], body])).toEqual([]);
  });
});

describe('findHeaders: indicator and scores headers', () => {
  it('reads the 自评表 indicator header', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
    expect(headers([header])).toEqual([
      {
        kind: 'indicators',
        rows: [1, 1],
        columns: { level1: 'A', level2: 'B', level3: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', reason: 'H' },
      },
    ]);
  });

  it.each<[string, CellValue[], Record<string, string>]>([
    ['目标值 / 实际值 / 权重', ['一级指标', '二级指标', '指标名称', '目标值', '实际值', '权重'], { level1: 'A', level2: 'B', level3: 'C', target: 'D', actual: 'E', weight: 'F' }],
    ['English', ['Level1', 'Level2', 'Indicator', 'Target', 'Actual value', 'Weight', 'Score', 'Reason'], { level1: 'A', level2: 'B', level3: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', reason: 'H' }],
    ['no 三级: 二级 names the row', ['一级指标', '二级指标', '年度指标值', '实际完成值', '分值'], { level1: 'A', level2: 'B', target: 'C', actual: 'D', weight: 'E' }],
  ])('%s', (_, header, columns) => {
    expect(headers([header])).toEqual([{ kind: 'indicators', rows: [1, 1], columns }]);
  });

  it('reads a 评价内容 | 分值 | 自评得分 block', () => {
    expect(headers([['评价内容', '分值', '自评得分'], ['预算执行', 10, 10]])).toEqual([
      { kind: 'scores', rows: [1, 1], columns: { label: 'A', weight: 'B', score: 'C' } },
    ]);
  });
});

describe('findHeaders: where the header sits', () => {
  const header: CellValue[] = ['序号', '项目名称', '全年预算数', '全年执行数', '执行率'];

  it('on row 1', () => {
    expect(headers([header, body]).map((h) => h.rows)).toEqual([[1, 1]]);
  });

  it('on row 7, under a title, notes and blank rows', () => {
    const rows: CellValue[][] = [
      ['衡阳市医疗保障局2024年度部门预算执行情况表'],
      [],
      ['编制单位：衡阳市医疗保障局', null, null, null, '单位：万元'],
      [],
      ['填表说明：金额保留两位小数'],
      [],
      header,
      body,
    ];
    expect(headers(rows, { merges: ['A1:E1'] }).map((h) => h.rows)).toEqual([[7, 7]]);
  });

  it('in a used range that starts at C5', () => {
    const found = findHeaders(gridOf(sheet('S', [header, body], { origin: 'C5' })));
    expect(found.map((h) => [h.headerRow, h.columns.budget, h.columns.actual])).toEqual([[4, 4, 5]]);
  });

  it('does not read a merged title as a header', () => {
    const rows: CellValue[][] = [['2024年项目支出预算执行情况表'], ['单位：万元'], header, body];
    expect(headers(rows, { merges: ['A1:E1', 'A2:E2'] }).map((h) => h.rows)).toEqual([[3, 3]]);
  });

  it('does not read a title merged over half the columns as a header', () => {
    // One merged cell cannot be both the budget and the actual column.
    const rows: CellValue[][] = [['2024年项目支出预算执行情况表', null, null, null, null, '单位：万元'], [...header, '备注'], [...body, '']];
    expect(headers(rows, { merges: ['A1:C1'] }).map((h) => h.rows)).toEqual([[2, 2]]);
  });

  it('does not read a body row as a header', () => {
    const rows: CellValue[][] = [header, [1, '预算执行管理经费', 100, 90, 0.9], [2, '执行', '预算', '执行', '—']];
    expect(headers(rows).map((h) => h.rows)).toEqual([[1, 1]]);
  });
});

describe('findHeaders: two-row headers', () => {
  it('joins 预算数 merged over 年初预算数 | 全年预算数', () => {
    const rows: CellValue[][] = [
      ['序号', '项目名称', '预算数', null, '全年执行数', '执行率'],
      [null, null, '年初预算数', '全年预算数', null, null],
      [1, '办公费', 100, 120, 110, 0.9167],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'];
    expect(headers(rows, { merges })).toEqual([
      { kind: 'budget', rows: [1, 2], columns: { seq: 'A', name: 'B', initialBudget: 'C', budget: 'D', actual: 'E', rate: 'F' } },
    ]);
  });

  it('joins 预算数 merged over 年初 | 全年 (预算数年初, 预算数全年)', () => {
    // headerLabels' own example: the full-year column is the budget, the initial one is not.
    const rows: CellValue[][] = [
      ['序号', '项目名称', '预算数', null, '全年执行数', '执行率'],
      [null, null, '年初', '全年', null, null],
      [1, '办公费', 100, 120, 110, 0.9167],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'];
    expect(headers(rows, { merges })).toEqual([
      { kind: 'budget', rows: [1, 2], columns: { seq: 'A', name: 'B', initialBudget: 'C', budget: 'D', actual: 'E', rate: 'F' } },
    ]);
  });

  it('does not let 绩效指标 merged over the indicator columns steal 三级指标', () => {
    const rows: CellValue[][] = [
      ['绩效指标', null, null, '年度指标值', '实际完成值', '分值', '得分'],
      ['一级指标', '二级指标', '三级指标', null, null, null, null],
      ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8, 8],
    ];
    const merges = ['A1:C1', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2'];
    expect(headers(rows, { merges })).toEqual([
      {
        kind: 'indicators',
        rows: [1, 2],
        columns: { level1: 'A', level2: 'B', level3: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G' },
      },
    ]);
  });

  it('does not take 绩效指标 merged down the whole indicator block for a header cell', () => {
    // The 10号 form: a side label merged down over the header and every indicator row.
    const rows: CellValue[][] = [
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      [null, '产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8, 8],
      [null, null, '质量指标', '覆盖率', '≥95%', '95%', 6, 6],
      [null, '效益指标', '社会效益指标', '报销比例', '≥70%', '70%', 7, 7],
    ];
    expect(headers(rows, { merges: ['A1:A4', 'B2:B3'] })).toEqual([
      {
        kind: 'indicators',
        rows: [1, 1],
        columns: { level1: 'B', level2: 'C', level3: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H' },
      },
    ]);
  });

  it('reads a header whose top row is under a merged title', () => {
    const rows: CellValue[][] = [
      ['部门整体支出绩效自评表'],
      ['绩效指标', null, null, '年度指标值', '实际完成值', '分值', '得分'],
      ['一级指标', '二级指标', '三级指标', null, null, null, null],
      ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8, 8],
    ];
    const merges = ['A1:G1', 'A2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3'];
    const found = headers(rows, { merges });
    expect(found.map((h) => [h.kind, h.rows, h.columns.level3])).toEqual([['indicators', [2, 3], 'C']]);
  });
});

describe('findHeaders: several tables on a sheet', () => {
  it('finds each header once, top to bottom', () => {
    const rows: CellValue[][] = [
      ['项目名称', '全年预算数', '全年执行数'],
      ['办公费', 100, 90],
      [],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8],
      [],
      ['评价内容', '分值', '自评得分'],
      ['预算执行', 10, 10],
    ];
    expect(headers(rows).map((h) => [h.kind, h.rows[0]])).toEqual([
      ['budget', 1],
      ['indicators', 4],
      ['scores', 7],
    ]);
  });
});
