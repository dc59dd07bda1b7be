/// <reference lib="dom" />
/**
 * A local stand-in for office.js, for the pane's browser tests: the globals `Office` and `Excel` as the pane
 * uses them, over the in-memory fake workbook holding the sample (the seed report's figures). The page gets
 * it in place of Microsoft's CDN script; the test reads `window.standIn` to see what the pane did to the
 * workbook. `?lang=en-US` in the page's address sets Office's display language; `?book=forms` holds the two
 * 项目支出绩效自评表 and the 部门整体 table of test/core/formGrids.ts instead, `?book=empty` a sheet of prose.
 */
import type { WorkbookSnapshot } from '../../../src/core';
import { book, seedWorkbook, sheet } from '../../core/grids';
import { DEPARTMENT_SHEET, FORMS_SHEET } from '../../core/formGrids';
import { FakeExcel, fakeSheetsOf } from '../../excel/fake';

const query = new URLSearchParams(window.location.search);
const BOOKS: Record<string, () => WorkbookSnapshot> = {
  sample: seedWorkbook,
  forms: () => book(...[DEPARTMENT_SHEET, FORMS_SHEET].map((s) => sheet(s.name, s.rows, { merges: s.merges }))),
  empty: () => book(sheet('自评报告', [['部门整体支出绩效自评报告'], ['一、部门基本情况'], ['本单位2024年度支出合计1963.91万元。']])),
};
// `?api=1.3`: an older Excel, whose syncs fail on any member above that ExcelApi requirement set.
const excel = new FakeExcel(fakeSheetsOf((BOOKS[query.get('book') ?? 'sample'] ?? seedWorkbook)()), { apiVersion: query.get('api') ?? undefined });
const state = { excel, runs: 0 };
const language = query.get('lang') ?? 'zh-CN';
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
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && excel.supportsExcelApi(version) },
    },
  },
  Excel: {
    run: async <T>(action: (context: FakeExcel) => Promise<T>): Promise<T> => {
      state.runs++;
      return action(excel);
    },
  },
});
