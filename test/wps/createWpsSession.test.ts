import {
  buildOutputSheets, evaluateWorkbook, isOwnMarker, OUTPUT_SHEET_NAMES, readStoredSettings, SETTINGS_SHEET_NAME, toJsonReport, type WorkbookSnapshot,
} from '../../src/core';
import { SessionError, type WorkbookSession } from '../../src/excel';
import { createWpsSession, readEtWorkbook } from '../../src/wps';
import { fakeBookOf, FakeEtApplication, type FakeEtBook, type FakeSheetData, type FakeWrite } from './fake';
import { sampleSnapshot } from './sampleSnapshot';

const RUN_TIME = new Date('2026-03-15T09:30:00+08:00');
const OUTPUT = Object.values(OUTPUT_SHEET_NAMES);
const USER_SHEETS = ['预算执行表', '绩效指标表', '自评得分'];

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await sampleSnapshot();
});

function sample(): { book: FakeEtBook; session: WorkbookSession } {
  const app = new FakeEtApplication(fakeBookOf(snapshot));
  return { book: app.book, session: createWpsSession(() => app, { now: () => RUN_TIME, pause: () => Promise.resolve() }) };
}

/** A sheet's cells as `A1=value|format`, to compare a sheet before and after a run. */
function cellsOf(sheet: FakeSheetData): string[] {
  return [...sheet.cells].map(([key, cell]) => `${key}=${JSON.stringify(cell.value)}|${cell.format}`).sort();
}

const userCells = (book: FakeEtBook) => USER_SHEETS.map((name) => cellsOf(book.sheet(name) as FakeSheetData));
const sheetNames = (book: FakeEtBook) => book.sheets.map((s) => s.name);

/**
 * The writes that are not ours. Ours: a change on a 自评_ sheet (or its working ~ twin, the settings sheet), or on a
 * sheet the run added itself (`Sheet4` until it is named), our defined names, and the view.
 */
function strayWrites(writes: readonly FakeWrite[]): FakeWrite[] {
  const added = new Set<string>();
  return writes.filter((write) => {
    if (write.what === 'Add' && write.sheet !== null) added.add(write.sheet);
    if (write.kind === 'view') return false;
    if (write.kind === 'name') return !/^(add|delete) BudgetPerf_/.test(write.what);
    return write.sheet === null || !(/^(~旧|~)?自评_/.test(write.sheet) || added.has(write.sheet));
  });
}

describe('recalculate in WPS on the sample', () => {
  it('gives the CLI’s evaluation exactly, and writes the five 自评_ sheets after the user’s', async () => {
    const { book, session } = sample();
    const result = await session.recalculate('zh-CN');
    expect(toJsonReport(result.evaluation, 'zh-CN')).toEqual(toJsonReport(evaluateWorkbook(snapshot), 'zh-CN'));
    const [form] = result.evaluation.evaluations;
    expect([form.scores.total, form.scores.stated?.total, form.scores.grade]).toEqual([96.63, 96, '优']);
    expect(form.flags.find((f) => f.code === 'zero-execution')?.cell).toBe('预算执行表!E12');
    expect(sheetNames(book)).toEqual([...USER_SHEETS, ...OUTPUT]);
    expect([...book.names.keys()].sort()).toEqual(Object.keys(OUTPUT_SHEET_NAMES).map((id) => `BudgetPerf_Output_${id}`).sort());
  });

  it('writes what the sheet models say: values, text as text, merges, links, widths in characters', async () => {
    const { book, session } = sample();
    const { evaluation, sheets } = await session.recalculate('zh-CN');
    const models = buildOutputSheets(evaluation, 'zh-CN', RUN_TIME);
    expect(models.map((model) => model.name)).toEqual(sheets);
    for (const model of models) {
      const data = book.sheet(model.name) as FakeSheetData;
      for (const cell of model.cells) {
        const written = data.peek(cell.row, cell.col);
        expect([model.name, cell.row, cell.col, written?.value ?? null]).toEqual([model.name, cell.row, cell.col, cell.value]);
        if (typeof cell.value === 'string') expect([cell.value, written?.format, written?.formula]).toEqual([cell.value, cell.format ?? '@', false]);
      }
      expect([...data.merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual([...model.merges].sort((a, b) => a.top - b.top || a.left - b.left));
      expect(data.links.length).toBe(model.cells.filter((c) => c.link).length);
      model.columns.forEach(({ width, hidden }, col) => expect(hidden ? data.hiddenColumns.has(col) : data.widths.get(col)).toBe(hidden ? true : width));
    }
    const budget = book.sheet(OUTPUT_SHEET_NAMES.budget) as FakeSheetData;
    expect(budget.links).toContainEqual({ cell: expect.any(String), address: '', subAddress: "'预算执行表'!B12", text: '预算执行表!B12' });
  });

  it('writes only to its own sheets, names and settings; leaves every user cell, the screen, the prompts and the active sheet as they were', async () => {
    const { book, session } = sample();
    const before = userCells(book);
    await session.recalculate('zh-CN');
    await session.saveSettings({ settings: { lowExecutionThreshold: 0.8 }, columns: {} });
    await session.recalculate('en');
    expect(book.writes.length).toBeGreaterThan(100);
    expect(strayWrites(book.writes)).toEqual([]);
    expect(userCells(book)).toEqual(before);
    expect([book.screenUpdating, book.displayAlerts, book.active.name]).toEqual([true, true, '预算执行表']);
    expect(book.writes.filter((w) => w.what === 'ScreenUpdating=false').length).toBe(3);
  });

  it('replaces its sheets on a second run, one copy of each', async () => {
    const { book, session } = sample();
    await session.recalculate('zh-CN');
    await session.recalculate('en');
    expect(sheetNames(book)).toEqual([...USER_SHEETS, ...OUTPUT]);
    expect(book.names.size).toBe(OUTPUT.length);
  });
});

describe('a failure at any call of a run', () => {
  /** Each 自评_ sheet's cells after a run in each language, to tell an old sheet from a new one. */
  async function runsOf(): Promise<{ zh: Map<string, string[]>; en: Map<string, string[]>; calls: number }> {
    const { book, session } = sample();
    await session.recalculate('zh-CN');
    const zh = new Map(OUTPUT.map((name) => [name, cellsOf(book.sheet(name) as FakeSheetData)]));
    const start = book.calls;
    await session.recalculate('en');
    const en = new Map(OUTPUT.map((name) => [name, cellsOf(book.sheet(name) as FakeSheetData)]));
    return { zh, en, calls: book.calls - start };
  }

  it('leaves the user’s sheets and each previous 自评_ sheet whole, and the next run puts everything right', async () => {
    const { zh, en, calls } = await runsOf();
    expect(calls).toBeGreaterThan(500);
    // Every call of the reading, the planning and the swapping, and every 11th of the writing between them (the
    // same few kinds of call, block after block).
    const ks = Array.from({ length: calls }, (_, i) => i + 1).filter((k) => k < 300 || k > calls - 250 || k % 11 === 0);
    for (const k of ks) {
      const { book, session } = sample();
      const before = userCells(book);
      await session.recalculate('zh-CN');
      book.failAt = book.calls + k;
      const outcome = await session.recalculate('en').then(() => 'done', (error: unknown) => error);
      if (outcome !== 'done') expect([k, outcome instanceof SessionError]).toEqual([k, true]);
      expect([k, userCells(book)]).toEqual([k, before]);
      for (const name of OUTPUT) {
        const sheet = book.sheet(name);
        // A final name holds the old sheet or the new one, whole; between the two renames it is missing, the old one kept under its working name.
        if (sheet) expect([k, name, [zh.get(name), en.get(name)].some((cells) => JSON.stringify(cells) === JSON.stringify(cellsOf(sheet)))]).toEqual([k, name, true]);
        else expect([k, name, book.sheets.some((s) => s.name === `~旧${name}` && JSON.stringify(cellsOf(s)) === JSON.stringify(zh.get(name)))]).toEqual([k, name, true]);
      }
      expect([k, book.sheets.filter((s) => /^Sheet\d+$/.test(s.name)).length]).toEqual([k, 0]);
      await session.recalculate('en');
      expect([k, sheetNames(book), [...book.names.keys()].filter((n) => !isOwnMarker(n))]).toEqual([k, [...USER_SHEETS, ...OUTPUT], []]);
    }
  }, 240_000);
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell (Select works on the active sheet only)', async () => {
    const { book, session } = sample();
    await session.recalculate('zh-CN');
    await session.selectCell('预算执行表', 'E12');
    expect([book.active.name, book.selection]).toEqual(['预算执行表', { sheet: '预算执行表', address: 'E12' }]);
  });

  it('says, in the user’s language, that a sheet is gone', async () => {
    const { session } = sample();
    await expect(session.selectCell('旧表', 'A1', 'en')).rejects.toThrow(new SessionError('The sheet "旧表" is not in the workbook any more (deleted or renamed?). Click Recalculate and try again', ''));
  });
});

describe('settings', () => {
  it('are stored in the very hidden settings sheet, in the form the CLI and Excel read, and used by the next run', async () => {
    const { book, session } = sample();
    const stored = { settings: { lowExecutionThreshold: 0.8 }, columns: {} };
    await session.saveSettings(stored, 'zh-CN');
    expect((book.sheet(SETTINGS_SHEET_NAME) as FakeSheetData).visible).toBe(2);
    expect(book.active.name).toBe('预算执行表');
    const app = new FakeEtApplication(book);
    const { snapshot: saved } = await readEtWorkbook(app.ActiveWorkbook, { pause: () => Promise.resolve() });
    expect(readStoredSettings(saved)).toEqual(stored);
    expect((await session.inspect('zh-CN')).stored).toEqual(stored);
    const result = await session.recalculate('zh-CN');
    expect(toJsonReport(result.evaluation, 'zh-CN')).toEqual(toJsonReport(evaluateWorkbook(saved, stored.settings, stored.columns), 'zh-CN'));
    expect(result.evaluation.settings.lowExecutionThreshold).toBe(0.8);
  });
});
