import { evaluateWorkbook, toJsonReport, type WorkbookSnapshot } from '../../src/core';
import { readEtWorkbook } from '../../src/wps';
import { CV_ERR, fakeBookOf, FakeEtApplication, FakeEtBook, FakeSheetData } from './fake';
import { sampleSnapshot } from './sampleSnapshot';

const pause = () => Promise.resolve();

/** A snapshot with each row's formats cut at its last value: src/xlsx keeps the formats of empty cells after it, WPS's reader does not. */
function trimmed(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: snapshot.sheets.map((s) => ({ ...s, formats: s.formats?.map((row, r) => row.slice(0, s.rows[r]?.length ?? 0)) })) };
}

function bookOf(sheet: FakeSheetData): { app: FakeEtApplication; book: FakeEtBook } {
  const book = new FakeEtBook([sheet]);
  return { app: new FakeEtApplication(book), book };
}

describe('the WPS reader', () => {
  it('reads the sample as src/xlsx reads the file: the same snapshot, the same evaluation', async () => {
    const snapshot = await sampleSnapshot();
    const app = new FakeEtApplication(fakeBookOf(snapshot));
    const read = await readEtWorkbook(app.ActiveWorkbook!, { pause });
    expect(trimmed(read.snapshot)).toEqual(trimmed(snapshot));
    expect(toJsonReport(evaluateWorkbook(read.snapshot), 'zh-CN')).toEqual(toJsonReport(evaluateWorkbook(snapshot), 'zh-CN'));
  });

  it('reads a used range that starts below A1, error integers as errors, and a mixed column cell by cell only where it changes', async () => {
    const sheet = new FakeSheetData('预算');
    for (let r = 2; r < 1002; r++) {
      sheet.cell(r, 1).value = `项目${r}`;
      sheet.cell(r, 2).value = r;
      sheet.cell(r, 2).format = '#,##0.00';
    }
    sheet.cell(500, 2).format = '@';
    sheet.cell(600, 2).value = CV_ERR['#DIV/0!'];
    sheet.merges.push({ top: 2, left: 3, bottom: 3, right: 4 });
    sheet.cell(2, 3).value = '备注';
    const { app, book } = bookOf(sheet);
    const { snapshot } = await readEtWorkbook(app.ActiveWorkbook!, { pause });
    const [read] = snapshot.sheets;
    expect(read.origin).toEqual({ row: 2, col: 1 });
    expect(read.rows[0]).toEqual(['项目2', 2, '备注']);
    expect(read.rows[598][1]).toEqual({ error: '#DIV/0!' });
    expect(read.formats?.[0]).toEqual([null, '#,##0.00']);
    expect(read.formats?.[498][1]).toBe('@');
    expect(read.merges).toEqual([{ top: 2, left: 3, bottom: 3, right: 4 }]);
    // 1 000 rows × 4 columns in some 150 calls, not 4 000: a call a column where it is uniform, some twenty for
    // each place where a format changes or a merge begins.
    expect(book.calls).toBeLessThan(160);
  });

  it('reads an empty sheet as no cells', async () => {
    const { app } = bookOf(new FakeSheetData('空白'));
    const { snapshot } = await readEtWorkbook(app.ActiveWorkbook!, { pause });
    expect(snapshot.sheets).toEqual([{ name: '空白', origin: { row: 0, col: 0 }, rows: [[]], formats: [[]], merges: [], tables: [] }]);
  });
});
