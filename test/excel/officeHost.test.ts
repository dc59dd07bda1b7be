import { OfficeMockObject } from 'office-addin-mock';
import { SETTINGS_SHEET_NAME } from '../../src/core';
import { createOfficeSession, whenOfficeReady } from '../../src/excel';

/**
 * Thin smoke tests of the one module that names Office's globals: that each entry point reaches the Office.js
 * call it should. Excel's proxies come from Microsoft's office-addin-mock; the Office global is a plain object,
 * since office-addin-mock makes every plain property wait for a load() that the real Office global never needs.
 * What the calls do to a workbook is tested against the fake (createWorkbookSession.test.ts).
 */
const globals = globalThis as { Office?: unknown; Excel?: unknown };

/** Office's isSetSupported: true for every version up to the host's own. */
function officeGlobal(host: string | null, highest: string) {
  const below = (version: string) => {
    const [a, b] = [version, highest].map((v) => v.split('.').map(Number));
    return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
  };
  return {
    HostType: { Excel: 'Excel' },
    onReady: async () => ({ host, platform: host ? 'PC' : null }),
    context: {
      displayLanguage: 'zh-CN',
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && highest !== '' && below(version) },
    },
  };
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe('whenOfficeReady', () => {
  it.each([
    ['in Excel with ExcelApi 1.9', 'Excel', '1.13', { inExcel: true, displayLanguage: 'zh-CN', canWrite: true }],
    ['in an Excel without 1.9 (Office 2016)', 'Excel', '1.3', { inExcel: true, displayLanguage: 'zh-CN', canWrite: false }],
    ['outside Office (a browser tab)', null, '1.9', { inExcel: false, displayLanguage: '', canWrite: false }],
  ] as const)('%s', async (_label, host, supported, expected) => {
    globals.Office = officeGlobal(host, supported);
    await expect(whenOfficeReady()).resolves.toEqual(expected);
  });
});

describe('createOfficeSession through Excel.run', () => {
  it('saveSettings writes the settings sheet it finds, as text, very hidden, and syncs', async () => {
    globals.Office = officeGlobal('Excel', '1.13');
    const added: string[] = [];
    const sheet = { visibility: 'Visible', range: { address: '', numberFormat: [] as unknown[], values: [] as unknown[] } };
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => {
              added.push(name);
              return Object.assign(sheet, { getRange: (address: string) => Object.assign(sheet.range, { address }) });
            },
          },
        },
      },
      run: async function (this: { context: unknown }, action: (context: unknown) => Promise<unknown>) {
        return action(this.context);
      },
    });
    globals.Excel = excel;
    await createOfficeSession().saveSettings({ settings: { capEnabled: true }, columns: {} });
    expect(added).toEqual([SETTINGS_SHEET_NAME]);
    expect(sheet.visibility).toBe('VeryHidden');
    expect(sheet.range.address).toBe('A1:B2');
    expect(sheet.range.numberFormat).toEqual([['@', '@'], ['@', '@']]);
    expect(sheet.range.values[1]).toEqual(['{"version":1,"settings":{"capEnabled":true},"columns":{}}', '']);
  });
});
