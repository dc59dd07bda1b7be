/**
 * The reader on SpreadsheetML as Excel, WPS and the Open XML SDK write it, byte by byte: each case is the raw
 * XML a producer writes and the value Excel shows for it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UNCALCULATED, type CellValue, type SheetSnapshot } from '../../../src/core';
import { readWorkbook, WorkbookReadError } from '../../../src/xlsx';
import { makeTempDir } from '../fixtures';
import { writeRaw, type RawWorkbook } from '../rawWorkbook';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

let count = 0;
async function read(book: RawWorkbook): Promise<SheetSnapshot[]> {
  return (await readWorkbook(await writeRaw(dir, `raw${count++}.xlsx`, book))).sheets.slice();
}

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="176" formatCode="0.0&quot;万元&quot;"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="176"/><xf numFmtId="10"/><xf numFmtId="58"/></cellXfs>';

describe('readWorkbook on raw SpreadsheetML', () => {
  it.each<[string, string, CellValue]>([
    ['a shared string', '<c r="A1" t="s"><v>0</v></c>', '项目名称'],
    ['rich text runs joined, phonetic runs left out', '<c r="A1" t="s"><v>1</v></c>', '办公经费'],
    ['an inline string', '<c r="A1" t="inlineStr"><is><t>举报奖励</t></is></c>', '举报奖励'],
    ['an inline rich string', '<c r="A1" t="inlineStr"><is><r><t>约</t></r><r><rPr><b/></rPr><t>9.4万</t></r></is></c>', '约9.4万'],
    ['an ST_Xstring escape, once', '<c r="A1" t="inlineStr"><is><t>a_x000D_b _x005F_x000D_</t></is></c>', 'a\rb _x000D_'],
    ['a number', '<c r="A1"><v>1526.71</v></c>', 1526.71],
    ['a boolean', '<c r="A1" t="b"><v>0</v></c>', false],
    ['an error', '<c r="A1" t="e"><v>#DIV/0!</v></c>', { error: '#DIV/0!' }],
    ['an ISO date cell (t="d")', '<c r="A1" t="d"><v>2024-12-31T00:00:00</v></c>', '2024-12-31'],
    ['a formula’s cached number', '<c r="A1"><f>B1*2</f><v>90</v></c>', 90],
    ['a formula’s cached 0 (ExcelJS reads it as empty)', '<c r="A1"><f>C4/B4</f><v>0</v></c>', 0],
    ['a formula’s cached text', '<c r="A1" t="str"><f>B1&amp;""</f><v>52%</v></c>', '52%'],
    ['a shared formula’s cached value', '<c r="A1"><f t="shared" si="0"/><v>45</v></c>', 45],
    ['a formula without its result', '<c r="A1"><f>SUM(B1:B9)</f></c>', UNCALCULATED],
    ['a date serial under numFmtId 14', '<c r="A1" s="1"><v>45657</v></c>', '2024-12-31'],
    ['a date serial under the zh-CN numFmtId 31 (yyyy"年"m"月"d"日")', '<c r="A1" s="2"><v>45657.75</v></c>', '2024-12-31'],
    ['a date serial under the zh-CN numFmtId 58 (m"月"d"日")', '<c r="A1" s="5"><v>45627</v></c>', '2024-12-01'],
    ['70.42 formatted as a date', '<c r="A1" s="1"><v>70.42</v></c>', '1900-03-10'],
    ['a number under a custom format', '<c r="A1" s="3"><v>9.4</v></c>', 9.4],
  ])('%s', async (_what, cell, expected) => {
    const [sheet] = await read({
      sharedStrings: ['项目名称', '<r><t>办公</t></r><r><rPr><b/></rPr><t>经费</t></r><rPh sb="0" eb="2"><t>バンコウ</t></rPh><phoneticPr fontId="0"/>'],
      styles: STYLES,
      sheets: [{ name: '表', body: `<sheetData><row r="1">${cell}</row></sheetData>` }],
    });
    expect(sheet.rows[0][0]).toEqual(expected);
  });

  it('keeps the number formats Excel shows, the zh-CN built-in ones named', async () => {
    const [sheet] = await read({
      styles: STYLES,
      sheets: [{ name: '表', body: '<sheetData><row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" s="4"><v>0.5</v></c><c r="C1"><v>2</v></c></row></sheetData>' }],
    });
    expect(sheet.formats).toEqual([['0.0"万元"', '0.00%']]);
  });

  it('counts 1904 dates from 1904-01-01', async () => {
    const [sheet] = await read({ styles: STYLES, date1904: true, sheets: [{ name: '表', body: '<sheetData><row r="1"><c r="A1" s="1"><v>44195</v></c></row></sheetData>' }] });
    expect(sheet.rows[0][0]).toBe('2024-12-31');
  });

  it('reads the x: prefix of the Open XML SDK, and rows and cells without r', async () => {
    const [sheet] = await read({
      prefix: 'x:',
      sharedStrings: ['项目名称', '全年预算数'],
      sheets: [{ name: '表', body: '<x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>办公</x:t></x:is></x:c><x:c><x:v>100</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A3:B3"/></x:mergeCells>' }],
    });
    expect(sheet.rows).toEqual([['项目名称', '全年预算数'], ['办公', 100]]);
    expect(sheet.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });

  it('skips a chart sheet, reads hidden and very hidden sheets', async () => {
    const sheets = await read({
      sheets: [
        { name: '数据', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
        { name: '设置', state: 'veryHidden', body: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' },
      ],
      moreSheets: '<sheet name="图表1" sheetId="9" r:id="rId90"/>',
      workbookRels: '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>',
      parts: { 'xl/chartsheets/sheet1.xml': '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
    });
    expect(sheets.map((s) => s.name)).toEqual(['数据', '设置']);
  });

  it('reads only the worksheets a choice keeps, leaving a damaged one it leaves out unread', async () => {
    const file = await writeRaw(dir, `raw${count++}.xlsx`, {
      sheets: [
        { name: '数据', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
        { name: '自评_报告', body: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' },
        { name: '坏表', body: '<sheetData><row r="1"><c r="A1"><v>3</v></c></row>' },
      ],
    });
    const workbook = await readWorkbook(file, { sheets: () => (sheet) => sheet.name === '自评_报告' });
    expect(workbook.sheets.map((s) => [s.name, s.rows[0][0]])).toEqual([['自评_报告', 2]]);
    await expect(readWorkbook(file)).rejects.toBeInstanceOf(WorkbookReadError);
  });

  it('keeps a row with cells in A and XFD sparse, and reads its origin and covered cells as ExcelJS did', async () => {
    const [sheet] = await read({
      sheets: [{ name: '表', body: '<sheetData><row r="2"><c r="B2"><v>1</v></c><c r="XFD2"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c r="C3"><v>4</v></c></row></sheetData><mergeCells><mergeCell ref="B3:C3"/></mergeCells>' }],
    });
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.rows[0].length).toBe(16383);
    expect(Object.keys(sheet.rows[0])).toEqual(['0', '16382']);
    expect(sheet.rows[1]).toEqual([3]);
  });

  it('reads an Excel table without headerRowCount as having a header row, and headerRowCount="0" as none', async () => {
    const table = (name: string, extra: string) =>
      `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="${name}" displayName="${name}" ref="A1:B2"${extra}><tableColumns count="2"><tableColumn id="1" name="项目"/><tableColumn id="2" name="预算数"/></tableColumns></table>`;
    const [sheet] = await read({
      sheets: [{
        name: '表',
        body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c></row></sheetData><tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/></tableParts>',
        rels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/table2.xml"/>',
      }],
      parts: { 'xl/tables/table1.xml': table('T1', ''), 'xl/tables/table2.xml': table('T2', ' headerRowCount="0"') },
    });
    expect(sheet.tables.map((t) => [t.name, t.hasHeaderRow])).toEqual([['T1', true], ['T2', false]]);
  });
});

describe('readWorkbook: damaged and oversized packages', () => {
  async function readError(path: string): Promise<WorkbookReadError> {
    const error: unknown = await readWorkbook(path, { lang: 'en' }).catch((e: unknown) => e);
    if (!(error instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
    return error;
  }

  it('refuses an entry whose CRC does not match', async () => {
    const path = await writeRaw(dir, 'crc.xlsx', { sheets: [{ name: '表', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }] });
    const bytes = await readFile(path);
    // The central directory's CRC of the last entry, one bit flipped.
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes[central + 16] ^= 1;
    await writeFile(path, bytes);
    const error = await readError(path);
    expect([error.code, error.reason]).toEqual(['corrupt', expect.stringContaining('CRC')]);
  });

  it('refuses malformed XML as damaged, naming the part', async () => {
    const path = await writeRaw(dir, 'xml.xlsx', { sheets: [{ name: '表', body: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' }] });
    const error = await readError(path);
    expect([error.code, error.reason]).toEqual(['corrupt', expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: /)]);
  });

  it('stops at the cap on inflated bytes and on cells, saying which in the user’s language', async () => {
    const body = `<sheetData>${Array.from({ length: 200 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('')}</sheetData>`;
    const path = await writeRaw(dir, 'caps.xlsx', { sheets: [{ name: '表', body }] });
    const big: unknown = await readWorkbook(path, { limits: { maxInflatedBytes: 4000, maxCells: 1e6 } }).catch((e: unknown) => e);
    expect(big).toMatchObject({ code: 'too-large', message: expect.stringContaining('工作簿展开后超过') });
    const many: unknown = await readWorkbook(path, { lang: 'en', limits: { maxInflatedBytes: 1e8, maxCells: 100 } }).catch((e: unknown) => e);
    expect(many).toMatchObject({ code: 'too-many-cells', message: `${path} has more than 100 cells holding data (sheet "表"): delete what is not needed and try again` });
  });

  it('reads a zip that is not a workbook as not an .xlsx', async () => {
    const path = join(dir, 'doc.docx');
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<document/>');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await readError(path)).code).toBe('not-xlsx');
  });
});
