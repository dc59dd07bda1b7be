import { buildOutputSheets, evaluateWorkbook, OUTPUT_SHEET_NAMES, SETTINGS_SHEET_NAME, toJsonReport, type CellValue } from '../../src/core';
import { createWorkbookSession, LEGACY_SETTING_KEY, SessionError, type RecalcProgress, type StoredSettings, type WorkbookSession } from '../../src/excel';
import { book, seedWorkbook, sheet } from '../core/grids';
import { DEPARTMENT_SHEET, first, FORMS_SHEET } from '../core/formGrids';
import { EXCEL_ON_THE_WEB, FakeExcel, fakeSheetsOf, type FakeExcelOptions, type FakeSheet, type WriteRecord } from './fake';

const RUN_TIME = new Date('2026-03-15T09:30:00+08:00');
const OUTPUT = Object.values(OUTPUT_SHEET_NAMES);
const NO_SETTINGS: StoredSettings = { settings: {}, columns: {} };

/** A session over the fake, told the requirement sets the fake itself supports (FakeExcelOptions.apiVersion). */
function sessionOver(excel: FakeExcel, maxBytesPerSync?: number): WorkbookSession {
  return createWorkbookSession((action) => action(excel), {
    supportsExcelApi: (version) => excel.supportsExcelApi(version),
    now: () => RUN_TIME,
    limits: { maxBytesPerSync },
  });
}

const sample = (options: FakeExcelOptions = {}) => new FakeExcel(fakeSheetsOf(seedWorkbook()), options);
const sheetNames = (excel: FakeExcel) => excel.sheets.map((s) => s.name);

/** Every user cell as `Sheet!A1=value`, to compare a workbook before and after a run. */
function userCells(excel: FakeExcel): string[] {
  return excel.sheets
    .filter((s) => !s.name.includes('自评_'))
    .flatMap((s) => [...s.cells].map(([key, cell]) => `${s.name}!${key}=${JSON.stringify(cell.value)}|${cell.numberFormat}`));
}

/** A write is ours when it touches a 自评_ sheet (or its temporary ~自评_ twin), our defined names or our setting. */
function isOurs(write: WriteRecord): boolean {
  if (write.kind === 'setting') return false;
  if (write.kind === 'name') return /^(add|delete) BudgetPerf_/.test(write.what);
  if (write.kind === 'view') return true;
  return write.sheet !== null && /^(~旧|~)?自评_/.test(write.sheet);
}

describe('recalculate on the sample', () => {
  it('writes the five 自评_ sheets after the user’s and returns the sample’s figures', async () => {
    const excel = sample();
    const result = await sessionOver(excel).recalculate('zh-CN');
    expect(sheetNames(excel)).toEqual(['预算执行表', '绩效指标表', '自评得分', ...OUTPUT]);
    expect(result.evaluation.evaluations[0].scores.total).toBe(96.63);
    expect(result.evaluation.evaluations[0].scores.stated?.total).toBe(96);
    expect(result.evaluation.evaluations[0].scores.grade).toBe('优');
    expect(result.evaluation.evaluations[0].flags.find((f) => f.code === 'zero-execution')?.cell).toBe('预算执行表!E12');
    expect(result.sheets).toEqual(OUTPUT);
    expect([...excel.names.keys()].sort()).toEqual(Object.keys(OUTPUT_SHEET_NAMES).map((id) => `BudgetPerf_Output_${id}`).sort());
  });

  it('writes what the sheet models say, text as text', async () => {
    const excel = sample();
    const { evaluation, sheets } = await sessionOver(excel).recalculate('zh-CN');
    const models = buildOutputSheets(evaluation, 'zh-CN', RUN_TIME);
    expect(models.map((model) => model.name)).toEqual(sheets);
    for (const model of models) {
      const state = excel.sheet(model.name);
      for (const cell of model.cells) {
        const written = state?.peek(cell.row, cell.col);
        expect([model.name, cell.row, cell.col, written?.value ?? '']).toEqual([model.name, cell.row, cell.col, cell.value ?? '']);
        if (typeof cell.value === 'string') expect(written?.numberFormat).toBe(cell.format ?? '@');
      }
      expect(state?.merges).toEqual(expect.arrayContaining([...model.merges]));
    }
  });

  it('writes only to its own sheets, names and setting, and leaves every user cell as it was', async () => {
    const excel = sample();
    const before = userCells(excel);
    const session = sessionOver(excel);
    await session.recalculate('zh-CN');
    await session.saveSettings({ settings: { lowExecutionThreshold: 0.8 }, columns: {} });
    await session.recalculate('en');
    expect(excel.writes.length).toBeGreaterThan(100);
    expect(excel.writes.filter((w) => !isOurs(w))).toEqual([]);
    expect(userCells(excel)).toEqual(before);
  });

  it('replaces its sheets on a second run, one copy of each', async () => {
    const excel = sample();
    const session = sessionOver(excel);
    await session.recalculate('zh-CN');
    await session.recalculate('en');
    expect(sheetNames(excel)).toEqual(['预算执行表', '绩效指标表', '自评得分', ...OUTPUT]);
    expect(excel.valuesOf('自评_总览', { top: 0, left: 0, bottom: 0, right: 0 })[0][0]).toMatch(/self-evaluation/i);
  });

  it('suspends screen updating and calculation for every sync it writes in', async () => {
    const excel = sample();
    await sessionOver(excel).recalculate('zh-CN');
    expect(excel.syncCount - 3).toBeGreaterThan(1);
    expect(excel.suspended).toEqual({ screenUpdating: 1, calculation: 1 });
  });

  it('reports progress through reading, evaluating and writing each sheet', async () => {
    const steps: RecalcProgress[] = [];
    await sessionOver(sample()).recalculate('zh-CN', (p) => steps.push(p));
    expect(steps.map((p) => `${p.step} ${p.done}/${p.total}`)).toEqual([
      'read 0/1', 'evaluate 0/1', 'write 0/5', 'write 1/5', 'write 2/5', 'write 3/5', 'write 4/5', 'write 5/5',
    ]);
  });
});

describe('recalculate: a failure at any sync keeps the previous results', () => {
  const overviewTop = (excel: FakeExcel) => excel.valuesOf('自评_总览', { top: 0, left: 0, bottom: 3, right: 1 });
  let syncsOfARerun = 0;

  beforeAll(async () => {
    const excel = sample();
    const session = sessionOver(excel);
    await session.recalculate('zh-CN');
    const before = excel.syncCount;
    await session.recalculate('en');
    syncsOfARerun = excel.syncCount - before;
  });

  it('takes a handful of syncs: three to read, the rest to write and swap', () => {
    expect(syncsOfARerun).toBeGreaterThanOrEqual(5);
    expect(syncsOfARerun).toBeLessThanOrEqual(8);
  });

  it('at every one of the rerun’s syncs, and the run after it replaces them', async () => {
    for (let k = 1; k <= syncsOfARerun; k++) {
      const excel = sample();
      const session = sessionOver(excel);
      await session.recalculate('zh-CN');
      const previous = overviewTop(excel);
      const userBefore = userCells(excel);

      excel.failIn(k);
      const message = await session.recalculate('en').then(() => '', (e: Error) => e.message);
      expect(message).toMatch(/^Excel could not finish (writing the result sheets )?\(sync \d+ failed\)/);
      expect(message).toMatch(/unchanged|not changed/);
      expect([k, OUTPUT.filter((name) => !excel.sheet(name))]).toEqual([k, []]);
      expect(overviewTop(excel)).toEqual(previous);
      expect(userCells(excel)).toEqual(userBefore);

      await session.recalculate('en');
      expect(sheetNames(excel)).toEqual(['预算执行表', '绩效指标表', '自评得分', ...OUTPUT]);
      expect(overviewTop(excel)).not.toEqual(previous);
    }
  });
});

describe('the settings and column corrections travel with the workbook', () => {
  const stored: StoredSettings = {
    settings: { lowExecutionThreshold: 0.5, capEnabled: true },
    columns: { '预算执行表!A3': { note: null } },
  };

  it('are stored by saveSettings in a very hidden settings sheet, and come back from inspect', async () => {
    const excel = sample();
    const session = sessionOver(excel);
    expect((await session.inspect()).stored).toEqual(NO_SETTINGS);
    await session.saveSettings(stored);
    const settingsSheet = excel.sheet(SETTINGS_SHEET_NAME);
    expect(settingsSheet?.visibility).toBe('VeryHidden');
    expect(JSON.parse(String(settingsSheet?.peek(1, 0)?.value))).toEqual({ version: 1, ...stored });
    expect(settingsSheet?.peek(1, 0)?.numberFormat).toBe('@');
    expect((await session.inspect()).stored).toEqual(stored);
    await session.saveSettings(NO_SETTINGS);
    expect((await session.inspect()).stored).toEqual(NO_SETTINGS);
    expect(excel.sheets.filter((s) => s.name === SETTINGS_SHEET_NAME)).toHaveLength(1);
  });

  it('are what recalculate reads from the workbook: the same file gives the same result in the CLI', async () => {
    const excel = sample();
    const session = sessionOver(excel);
    await session.saveSettings(stored);
    const fromPane = (await session.recalculate('zh-CN')).evaluation;
    const fromFile = evaluateWorkbook(seedWorkbook(), stored.settings, stored.columns);
    expect(toJsonReport(fromPane, 'zh-CN')).toEqual(toJsonReport(fromFile, 'zh-CN'));
  });

  it('are taken from workbook.settings, where an earlier release kept them, while there is no settings sheet', async () => {
    const excel = sample();
    excel.settings.set(LEGACY_SETTING_KEY, { version: 1, ...stored });
    expect((await sessionOver(excel).inspect()).stored).toEqual(stored);
  });

  it('change the result: 52% is no longer low against a 50% threshold', async () => {
    const session = sessionOver(sample());
    const lowAt = async (s: StoredSettings) => {
      await session.saveSettings(s);
      return (await session.recalculate('zh-CN')).evaluation.evaluations[0].flags.filter((f) => f.code === 'low-execution').map((f) => f.cell);
    };
    expect(await lowAt(NO_SETTINGS)).toContain('预算执行表!E8');
    expect(await lowAt(stored)).not.toContain('预算执行表!E8');
  });

  it('inspect lists the tables with the corrected columns, in 3 syncs and without writing', async () => {
    const excel = sample({ apiVersion: '1.12' });
    excel.settings.set(LEGACY_SETTING_KEY, { version: 1, ...stored });
    const state = await sessionOver(excel).inspect();
    expect(state.mergesSupported).toBe(false);
    expect(state.tables.map((t) => `${t.key} ${t.kind}`)).toEqual([
      '预算执行表!A3 budget', '预算执行表!A21 budget', '绩效指标表!A2 indicators', '自评得分!A2 scores',
    ]);
    expect(state.tables[0].columns.find((c) => c.header === '备注')?.field).toBeNull();
    expect(excel.syncCount).toBe(3);
    expect(excel.writes).toEqual([]);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell a flag names', async () => {
    const excel = sample();
    await sessionOver(excel).selectCell('预算执行表', 'E12');
    expect(excel.syncCount).toBe(1);
    expect(excel.activeSheet).toBe('预算执行表');
    expect(excel.selection).toEqual({ sheet: '预算执行表', address: 'E12' });
    await sessionOver(excel).selectCell('绩效指标表', 'D7:E7');
    expect(excel.selection).toEqual({ sheet: '绩效指标表', address: 'D7:E7' });
    expect(excel.writes.every((w) => w.kind === 'view')).toBe(true);
  });

  it.each([
    ['zh-CN', '找不到工作表“已删除的表”'],
    ['en', 'The sheet "已删除的表" is not in the workbook any more'],
  ] as const)('says in %s that a sheet is gone', async (language, message) => {
    await expect(sessionOver(sample()).selectCell('已删除的表', 'A1', language)).rejects.toThrow(message);
  });
});

describe('recalculate refuses what it must not touch', () => {
  it('a sheet of the user’s called 自评_总览: nothing is written, and the message names it', async () => {
    const own: FakeSheet = { name: '自评_总览', rows: [['我自己的总览']] };
    const excel = new FakeExcel([...fakeSheetsOf(seedWorkbook()), own]);
    await expect(sessionOver(excel).recalculate('en')).rejects.toThrow('自评_总览');
    expect(excel.writes.filter((w) => w.kind !== 'setting')).toEqual([]);
    expect(excel.valuesOf('自评_总览', { top: 0, left: 0, bottom: 0, right: 0 })).toEqual([['我自己的总览']]);
  });

  it('a project called =HYPERLINK(…) or +1 stays text in every sheet written', async () => {
    const rows: CellValue[][] = [
      ['项目名称', '全年预算数', '全年执行数'],
      ['=HYPERLINK("http://example.com","点我")', 10, 5],
      ['+1', 10, 10],
    ];
    const excel = new FakeExcel([{ name: '预算表', rows }]);
    await sessionOver(excel).recalculate('zh-CN');
    const written = excel.sheets.filter((s) => s.name.startsWith('自评_')).flatMap((s) => [...s.cells.values()]);
    expect(written.filter((c) => c.type === 'Formula')).toEqual([]);
    expect(written.some((c) => c.value === '=HYPERLINK("http://example.com","点我")' && c.numberFormat === '@')).toBe(true);
  });
});

describe('recalculate in chunks', () => {
  const bigBudget = (lines: number): FakeSheet => ({
    name: '预算表',
    rows: [
      ['项目名称', '全年预算数', '全年执行数', '备注'],
      ...Array.from({ length: lines }, (_, i): CellValue[] => [`项目${i + 1}`, 100 + (i % 7), 90 + (i % 13), i % 5 === 0 ? '按进度执行' : null]),
    ],
  });

  it('keeps every request under its budget, and Excel on the web’s limit is never reached', async () => {
    const excel = new FakeExcel([bigBudget(3_000)], { requestByteLimit: 120_000 });
    const result = await sessionOver(excel, 100_000).recalculate('zh-CN');
    expect(result.evaluation.evaluations[0].lines).toHaveLength(3_000);
    expect(excel.syncCount).toBeGreaterThan(10);
    expect(Math.max(...excel.bytesPerSync)).toBeLessThanOrEqual(120_000);
    const names = [...(excel.sheet('自评_预算执行')?.cells.values() ?? [])].map((c) => c.value);
    expect(names).toEqual(expect.arrayContaining(['项目1', '项目1500', '项目3000']));
  });
});

describe('a workbook of several forms', () => {
  const snapshot = book(...[DEPARTMENT_SHEET, FORMS_SHEET].map((s) => sheet(s.name, s.rows, { merges: s.merges })));

  it('gives one evaluation per form, each as the engine gives it, and names each form in the sheets', async () => {
    const result = await sessionOver(new FakeExcel(fakeSheetsOf(snapshot))).recalculate('zh-CN');
    expect(toJsonReport(result.evaluation, 'zh-CN')).toEqual(toJsonReport(evaluateWorkbook(snapshot), 'zh-CN'));
    expect(result.evaluation.evaluations.map((e) => [e.scope.project, e.scores.total])).toEqual([
      [null, 9.95], ['医疗保障能力建设经费', 90.2], ['欺诈骗保行为举报奖励专项资金', 90],
    ]);
    expect(result.sheets).toEqual(OUTPUT);
  });

  it('agrees, form by form, with each form alone in the workbook', async () => {
    const together = await sessionOver(new FakeExcel(fakeSheetsOf(snapshot))).recalculate('zh-CN');
    const alone = book(sheet(FORMS_SHEET.name, first.rows, { merges: first.merges }));
    const single = await sessionOver(new FakeExcel(fakeSheetsOf(alone))).recalculate('zh-CN');
    expect(toJsonReport(single.evaluation, 'zh-CN').evaluations).toEqual([toJsonReport(together.evaluation, 'zh-CN').evaluations[1]]);
  });
});

describe('a workbook without a table', () => {
  it('evaluates to nothing and writes nothing', async () => {
    const excel = new FakeExcel(fakeSheetsOf(book(sheet('自评报告', [['部门整体支出绩效自评报告'], ['一、部门基本情况']]))));
    const result = await sessionOver(excel).recalculate('zh-CN');
    expect(result.evaluation.evaluations).toEqual([]);
    expect(result.evaluation.flags.map((f) => f.code)).toEqual(['table-not-found', 'table-not-found']);
    expect(result.sheets).toEqual([]);
    expect(sheetNames(excel)).toEqual(['自评报告']);
    expect(excel.writes).toEqual([]);
  });
});

describe('recalculate when Excel applies the failing swap in part', () => {
  /** The sheets, markers and cells of the user after two runs, and the count of changes in the swap's sync. */
  async function twoRuns(options: FakeExcelOptions = {}) {
    const excel = sample(options);
    const session = sessionOver(excel);
    await session.recalculate('zh-CN');
    const before = excel.syncCount;
    await session.recalculate('zh-CN');
    const lastSync = excel.syncCount;
    return { excel, session, syncs: lastSync - before, swapChanges: excel.writes.filter((w) => w.sync === lastSync).length };
  }

  it('leaves a consistent workbook after any part of the swap, says what it found, and the next run tidies up', async () => {
    const { syncs, swapChanges } = await twoRuns();
    expect(swapChanges).toBeGreaterThan(20);
    for (let applied = 0; applied < swapChanges; applied++) {
      const excel = sample();
      const session = sessionOver(excel);
      await session.recalculate('zh-CN');
      const userBefore = userCells(excel);
      const titleOf = (name: string) => excel.sheet(name)?.peek(0, 0)?.value;
      const previous = new Map(OUTPUT.map((name) => [name, titleOf(name)]));
      excel.failIn(syncs, applied);
      const message = await session.recalculate('en').then(() => '', (e: Error) => e.message);
      expect([applied, message]).toEqual([applied, expect.stringMatching(/^Excel could not finish writing the result sheets/)]);
      // The message says what the workbook shows: each sheet new (English now), previous, or missing.
      const updated = OUTPUT.filter((name) => excel.sheet(name) && titleOf(name) !== previous.get(name));
      const missing = OUTPUT.filter((name) => !excel.sheet(name));
      if (updated.length + missing.length === 0) expect(message).toMatch(/previous 自评_ sheets are unchanged/);
      else expect([applied, message]).not.toEqual([applied, expect.stringMatching(/unchanged/)]);
      for (const name of updated) expect(message).toMatch(new RegExp(`Already this run’s results: [^.]*"${name}"`));
      for (const name of missing) expect(message).toMatch(new RegExp(`Missing for now: [^.]*"${name}"`));
      for (const name of excel.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))) expect(message).toContain(`"${name}"`);
      expect(userCells(excel)).toEqual(userBefore);

      await session.recalculate('zh-CN');
      expect([applied, sheetNames(excel)]).toEqual([applied, ['预算执行表', '绩效指标表', '自评得分', ...OUTPUT]]);
      expect([...excel.names.keys()].sort()).toEqual(Object.keys(OUTPUT_SHEET_NAMES).map((id) => `BudgetPerf_Output_${id}`).sort());
    }
  });
});

describe('recalculate under Excel on the web’s limits', () => {
  const notes = (rows: number): FakeSheet => ({
    name: '项目说明',
    rows: [
      ['项目名称', '全年预算数', '全年执行数', '说明一', '说明二', '说明三', '说明四', '说明五'],
      ...Array.from({ length: rows }, (_, i): CellValue[] => [
        `项目${i + 1}`, 100, 90, ...Array.from({ length: 5 }, (_, j) => `第${j + 1}项说明：本项目按照年度计划推进，资金使用规范，绩效目标基本完成，群众满意度较高。${i}`),
      ]),
    ],
  });

  it('reads and writes a text-heavy workbook without one answer or request over 5 MB', async () => {
    const excel = new FakeExcel([notes(4_000)], EXCEL_ON_THE_WEB);
    const result = await sessionOver(excel).recalculate('zh-CN');
    expect(result.evaluation.evaluations[0].lines).toHaveLength(4_000);
    expect(excel.largest.response).toBeLessThanOrEqual(5_000_000);
    expect(excel.largest.request).toBeLessThanOrEqual(5_000_000);
    expect(excel.largest.response).toBeGreaterThan(1_000_000);
  });

  it('recalculates a workbook whose 存在的问题 paragraph is taller than a row can be', async () => {
    const rows: CellValue[][] = [
      ['项目名称', '全年预算数', '全年执行数'],
      ...Array.from({ length: 60 }, (_, i): CellValue[] => [`第${i + 1}项城乡居民基本医疗保险待遇保障及医疗救助资金专项补助项目`, 100, 20]),
    ];
    const excel = new FakeExcel([{ name: '预算表', rows }], EXCEL_ON_THE_WEB);
    await sessionOver(excel).recalculate('zh-CN');
    const heights = [...(excel.sheet('自评_报告')?.rowHeights.values() ?? [])];
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
    expect(Math.max(...heights)).toBeGreaterThan(300);
  });
});

describe('an older Excel: each requirement set checked before it is used', () => {
  it.each([
    ['1.3', ['write', 'merges']],
    ['1.6', ['write', 'merges']],
    ['1.8', ['write', 'merges']],
    ['1.12', ['merges']],
  ] as const)('ExcelApi %s opens the pane with the sample read, and says what it cannot do', async (apiVersion, missing) => {
    const excel = sample({ apiVersion });
    const state = await sessionOver(excel).inspect('en');
    expect(state.missing).toEqual(missing);
    expect(state.tables.map((t) => t.kind)).toEqual(['budget', 'budget', 'indicators', 'scores']);
  });

  it('refuses to recalculate before 1.9, in words, touching nothing', async () => {
    const excel = sample({ apiVersion: '1.3' });
    await expect(sessionOver(excel).recalculate('en')).rejects.toThrow(/^This version of Excel cannot write the result sheets/);
    expect(excel.writes).toEqual([]);
  });

  it('keeps settings in the workbook on any Excel: the settings sheet needs nothing above ExcelApi 1.1', async () => {
    const excel = sample({ apiVersion: '1.1' });
    const stored = { settings: { lowExecutionThreshold: 0.5 }, columns: {} };
    await sessionOver(excel).saveSettings(stored);
    expect((await sessionOver(excel).inspect()).stored).toEqual(stored);
  });

  it('words an ApiNotFound that still gets through, keeping Excel’s words as the detail', async () => {
    const excel = sample({ apiVersion: '1.3' });
    const session = createWorkbookSession((action) => action(excel), { supportsExcelApi: () => true, now: () => RUN_TIME });
    const error = (await session.inspect('zh-CN').catch((e: SessionError) => e)) as SessionError;
    expect(error.message).toMatch(/^此版本的 Excel 缺少本操作所需的功能（ApiNotFound: /);
    expect(error.detail).toMatch(/^ApiNotFound: .*ExcelApi 1\.\d+/);
  });
});

describe('recalculate after a run that stopped between adding a sheet and marking it', () => {
  it('deletes the empty, unmarked ~ sheet it left at the next run', async () => {
    const excel = sample();
    const session = sessionOver(excel);
    await session.recalculate('zh-CN');
    // The first write sync (the first temporary sheet, then its marker…) applied up to the sheet, and the
    // sync that would have deleted it again failing too.
    excel.failIn(4, 1, 1);
    await expect(session.recalculate('zh-CN')).rejects.toThrow(/~自评_总览/);
    expect(excel.sheet('~自评_总览')).toBeDefined();
    expect([...excel.names.keys()].some((name) => name.startsWith('BudgetPerf_Temp_'))).toBe(false);

    await session.recalculate('zh-CN');
    expect(sheetNames(excel)).toEqual(['预算执行表', '绩效指标表', '自评得分', ...OUTPUT]);
  });
});
