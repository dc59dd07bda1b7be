/**
 * The reader against the ExcelJS reader it replaced, on files from three producers: ExcelJS itself, LibreOffice
 * Calc (a committed fixture, made by scripts/makeLibreOfficeFixture.ts) and raw XML as Excel writes it. Both
 * must give the same snapshot wherever ExcelJS is right; where it is not, the new reader's answer is tested
 * in package/readPackage.test.ts (t="d", zh-CN date formats, formulas without results, headerRowCount, and
 * the cells of a shared formula after its first, whose cached values ExcelJS reads as empty).
 */
import { join } from 'node:path';
import { buildSampleWorkbook } from '../../scripts/buildSample';
import { writeBenchWorkbook } from '../../scripts/benchWorkbooks';
import { evaluateWorkbook, toJsonReport, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core';
import { readWorkbook } from '../../src/xlsx';
import { makeTempDir } from './fixtures';
import { writeSampleWithExtras } from './outputFixtures';
import { writeRaw } from './rawWorkbook';
import { readWithExcelJs } from './reference/readWithExcelJs';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

/** A snapshot as plain data; a table's header flag is left out (ExcelJS misreads Excel's default). */
function plain(snapshot: WorkbookSnapshot): unknown {
  return snapshot.sheets.map((sheet: SheetSnapshot) => ({
    ...sheet,
    rows: sheet.rows.map((row) => [...row]),
    tables: sheet.tables.map(({ name, range }) => ({ name, range })),
  }));
}

async function expectAgreement(path: string): Promise<void> {
  const [ours, reference] = await Promise.all([readWorkbook(path), readWithExcelJs(path)]);
  expect(plain(ours)).toEqual(plain(reference));
  expect(toJsonReport(evaluateWorkbook(ours), 'zh-CN')).toEqual(toJsonReport(evaluateWorkbook(reference), 'zh-CN'));
}

describe('the reader agrees with ExcelJS', () => {
  it('on the sample written by ExcelJS, with merges, formulas, dates, errors, rich text and links', async () => {
    await expectAgreement(await writeSampleWithExtras(dir));
  });

  it('on a 2 000-line bench workbook written by ExcelJS', async () => {
    const path = join(dir, 'bench.xlsx');
    await writeBenchWorkbook(2_000, path);
    await expectAgreement(path);
  });

  it('on the sample as LibreOffice Calc saves it', async () => {
    await expectAgreement(join(__dirname, '..', 'fixtures', 'libreoffice-sample.xlsx'));
    const sample = buildSampleWorkbook();
    const calc = await readWorkbook(join(__dirname, '..', 'fixtures', 'libreoffice-sample.xlsx'));
    expect(calc.sheets.map((s) => s.name)).toEqual(sample.worksheets.map((w) => w.name));
  });

  it('on raw XML as Excel writes it: shared strings, styles, a merge, a shared formula, a 0.00% rate', async () => {
    const path = await writeRaw(dir, 'excel.xlsx', {
      sharedStrings: ['单位：万元', '项目名称', '全年预算数', '全年执行数', '执行率', '办公经费', '举报奖励'],
      styles:
        '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>',
      sheets: [{
        name: '预算表',
        body:
          '<dimension ref="A1:D4"/><sheetData><row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c></row>' +
          '<row r="2" spans="1:4"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c></row>' +
          '<row r="3" spans="1:4"><c r="A3" t="s"><v>5</v></c><c r="B3"><v>100</v></c><c r="C3"><v>90</v></c><c r="D3" s="1"><f t="shared" ref="D3:D3" si="0">C3/B3</f><v>0.9</v></c></row>' +
          '<row r="4" spans="1:4"><c r="A4" t="s"><v>6</v></c><c r="B4"><v>30</v></c><c r="C4"><v>0</v></c><c r="D4" s="1"><v>0</v></c></row></sheetData>' +
          '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>',
      }],
    });
    await expectAgreement(path);
  });
});
