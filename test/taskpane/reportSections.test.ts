import { buildReportSheet, type SheetCell, type SheetModel } from '../../src/core';
import { reportSections } from '../../src/taskpane/reportSections';
import { seedWorkbook } from '../core/grids';
import { evaluateOne } from '../core/evaluateOne';

const model = (cells: SheetCell[]): SheetModel => ({
  id: 'report',
  name: '自评_报告',
  columns: [{ width: 3 }, { width: 104 }],
  rowHeights: [],
  cells,
  merges: [],
  print: { orientation: 'portrait', fitToWidth: true },
});

describe('reportSections: the drafted paragraphs under their headings', () => {
  it.each<[string, SheetCell[], { heading: string; paragraphs: string[] }[]]>([
    [
      'skips the title and the note, keeps the reading order whatever the cells’ order',
      [
        { row: 4, col: 1, value: '第二段', style: 'paragraph' },
        { row: 0, col: 0, value: '绩效自评报告（草稿段落）', style: 'title' },
        { row: 1, col: 0, value: '以下段落按本工作簿的数据起草', style: 'note' },
        { row: 2, col: 0, value: '一、预算执行情况', style: 'heading' },
        { row: 3, col: 1, value: '第一段', style: 'paragraph' },
        { row: 6, col: 0, value: '二、绩效指标完成情况', style: 'heading' },
        { row: 7, col: 1, value: '第三段', style: 'paragraph' },
      ],
      [
        { heading: '一、预算执行情况', paragraphs: ['第一段', '第二段'] },
        { heading: '二、绩效指标完成情况', paragraphs: ['第三段'] },
      ],
    ],
    [
      'leaves out a heading without paragraphs and blank paragraphs',
      [
        { row: 2, col: 0, value: '一、预算执行情况', style: 'heading' },
        { row: 3, col: 1, value: '  ', style: 'paragraph' },
        { row: 5, col: 0, value: '四、存在的问题', style: 'heading' },
        { row: 6, col: 1, value: '（1）部分项目预算执行率偏低', style: 'paragraph' },
      ],
      [{ heading: '四、存在的问题', paragraphs: ['（1）部分项目预算执行率偏低'] }],
    ],
    ['keeps paragraphs above any heading', [{ row: 3, col: 1, value: '一段', style: 'paragraph' }], [{ heading: '', paragraphs: ['一段'] }]],
  ])('%s', (_, cells, expected) => {
    expect(reportSections(model(cells))).toEqual(expected);
  });

  it('reads the sample’s four sections', () => {
    const sections = reportSections(buildReportSheet(evaluateOne(seedWorkbook()), 'zh-CN'));
    expect(sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['一、预算执行情况', 3],
      ['二、绩效指标完成情况', 4],
      ['三、综合评价情况和评价结论', 2],
      ['四、存在的问题', 5],
    ]);
    expect(sections[0].paragraphs[0]).toMatch(/^本年度全年预算数 1,981.04万元，全年执行数 1,963.91万元/);
  });
});
