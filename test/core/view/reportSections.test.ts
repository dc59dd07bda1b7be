import { reportSections, type SheetModel } from '../../../src/core';
import { buildReportSheet } from '../../../src/core/output';
import { seedWorkbook } from '../grids';
import { evaluateOne } from '../evaluateOne';

/** The sections as 自评_报告 lays them out: each heading cell, its paragraph cells, a continued one joined back. */
function sectionsOnSheet(model: SheetModel): { heading: string; paragraphs: string[] }[] {
  const sections: { heading: string; paragraphs: string[] }[] = [];
  for (const cell of model.cells) {
    if (typeof cell.value !== 'string') continue;
    if (cell.style === 'heading') sections.push({ heading: cell.value, paragraphs: [] });
    else if (cell.style === 'paragraph') sections[sections.length - 1].paragraphs.push(cell.value);
    else if (cell.style === 'paragraphContinued') sections[sections.length - 1].paragraphs.push(`${sections[sections.length - 1].paragraphs.pop() ?? ''}${cell.value}`);
  }
  return sections;
}

describe('reportSections: the drafted report as data', () => {
  const evaluation = evaluateOne(seedWorkbook());

  it('gives the sample’s four sections, each paragraph whole', () => {
    const sections = reportSections(evaluation, 'zh-CN');
    expect(sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['一、预算执行情况', 3],
      ['二、绩效指标完成情况', 4],
      ['三、综合评价情况和评价结论', 2],
      ['四、存在的问题', 5],
    ]);
    expect(sections[0].paragraphs[0]).toMatch(/^本年度全年预算数 1,981.04万元，全年执行数 1,963.91万元/);
  });

  it.each(['zh-CN', 'en'] as const)('says exactly what 自评_报告 says, in order (%s)', (lang) => {
    expect(sectionsOnSheet(buildReportSheet(evaluation, lang))).toEqual(reportSections(evaluation, lang));
  });

  it('in English too', () => {
    expect(reportSections(evaluation, 'en').map((s) => s.heading)).toEqual([
      expect.stringMatching(/budget/i), expect.stringMatching(/indicator/i), expect.stringMatching(/overall|assessment|conclusion/i), expect.stringMatching(/problem|issue/i),
    ]);
  });
});
