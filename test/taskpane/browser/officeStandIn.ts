/// <reference lib="dom" />
/**
 * A local stand-in for office.js, for the pane's browser tests: the globals `Office` and `Excel` as the pane
 * uses them, over the in-memory fake workbook holding the sample (the seed report's figures). The page gets
 * it in place of Microsoft's CDN script; the test reads `window.standIn` to see what the pane did to the
 * workbook. `?lang=en-US` in the page's address sets Office's display language.
 */
import { seedWorkbook } from '../../core/grids';
import { FakeExcel, fakeSheetsOf } from '../../excel/fake';

const excel = new FakeExcel(fakeSheetsOf(seedWorkbook()));
const state = { excel, runs: 0 };
const language = new URLSearchParams(window.location.search).get('lang') ?? 'zh-CN';
const ready = { host: 'Excel', platform: 'OfficeOnline' };
Object.assign(window, {
  standIn: state,
  Office: {
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (info: typeof ready) => void) => {
      callback?.(ready);
      return Promise.resolve(ready);
    },
    context: {
      displayLanguage: language,
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 17 },
    },
  },
  Excel: {
    run: async <T>(action: (context: FakeExcel) => Promise<T>): Promise<T> => {
      state.runs++;
      return action(excel);
    },
  },
});
