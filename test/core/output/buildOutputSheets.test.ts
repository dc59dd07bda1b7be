import { buildOutputSheets, OUTPUT_SHEET_IDS, OUTPUT_SHEET_NAMES, STYLE_NAMES, type SheetModel } from '../../../src/core';
import { line, makeEvaluation } from './makeEvaluation';
import { RUN_TIME, sampleEvaluation } from './sampleEvaluation';
import { asWorkbook } from '../evaluateOne';

const covered = (model: SheetModel, row: number, col: number) =>
  model.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));

describe('buildOutputSheets', () => {
  it.each(['dept-2024', 'mof-2020'] as const)('gives the five sheets in order (%s)', async (ruleSet) => {
    const sheets = buildOutputSheets(asWorkbook(await sampleEvaluation(ruleSet)), 'zh-CN', RUN_TIME);
    expect(sheets.map((s) => [s.id, s.name])).toEqual(OUTPUT_SHEET_IDS.map((id) => [id, OUTPUT_SHEET_NAMES[id]]));
    expect(sheets.map((s) => s.name)).toEqual(['自评_总览', '自评_预算执行', '自评_绩效指标', '自评_自评表', '自评_报告']);
  });

  it('is deterministic: the same evaluation, language and time give the same sheets', async () => {
    const evaluation = await sampleEvaluation();
    expect(buildOutputSheets(asWorkbook(evaluation), 'en', RUN_TIME)).toEqual(buildOutputSheets(asWorkbook(evaluation), 'en', new Date(RUN_TIME.getTime())));
  });

  it.each(['zh-CN', 'en'] as const)('keeps every sheet well formed (%s)', async (lang) => {
    for (const sheet of buildOutputSheets(asWorkbook(await sampleEvaluation()), lang, RUN_TIME)) {
      const positions = sheet.cells.map((c) => `${c.row},${c.col}`);
      expect(new Set(positions).size).toBe(positions.length);
      for (const cell of sheet.cells) {
        expect(STYLE_NAMES).toContain(cell.style);
        expect(cell.col).toBeLessThan(sheet.columns.length);
        // A covered cell of a merge would be lost (or clash) in a shell: the builders never put one.
        expect(covered(sheet, cell.row, cell.col)).toBe(false);
        // Text is formatted as text, except a link, whose cell is a formula in the .xlsx shell.
        if (typeof cell.value === 'string' && !cell.link) expect(cell.format).toBe('@');
        // No placeholder left unfilled by the catalogue.
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/\{\w+\}/);
      }
      for (const merge of sheet.merges) expect(merge.right).toBeLessThan(sheet.columns.length);
    }
  });

  it('keeps a workbook of 5 000 flagged lines within Excel’s limits', () => {
    const lines = Array.from({ length: 5000 }, (_, i) =>
      line(`${'很长的项目名称'.repeat(20)}${i}`, 100_00, 10_00, { flags: ['low-execution'], cell: `预算表!B${i + 2}` }),
    );
    const flags = lines.map((l, i) => ({
      code: 'low-execution' as const, severity: 'warning' as const, cell: `预算表!D${i + 2}`, key: 'low-execution' as const,
      params: { name: l.name, rate: '10.0%', threshold: '90%' },
    }));
    const sheets = buildOutputSheets(asWorkbook(makeEvaluation({ lines, flags })), 'zh-CN', RUN_TIME);
    expect(sheets[0].cells.filter((c) => c.style === 'link')).toHaveLength(5000);
    expect(sheets[1].cells.filter((c) => c.col === 1 && c.row > 2 && c.style === 'text')).toHaveLength(5000);
    for (const sheet of sheets) for (const cell of sheet.cells) expect(String(cell.value ?? '').length).toBeLessThanOrEqual(32767);
  });
});
