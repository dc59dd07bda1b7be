import {
  evaluateWorkbook, parseStoredSettings, readStoredSettings, settingsSheetRows, SETTINGS_SHEET_NAME, type StoredSettings, type WorkbookSnapshot,
} from '../../../src/core';
import { seedWorkbook, sheet } from '../grids';

const STORED: StoredSettings = { settings: { lowExecutionThreshold: 0.5, capEnabled: true }, columns: { '预算执行表!A3': { note: null, actual: 'C' } } };

const withSettingsSheet = (stored: StoredSettings): WorkbookSnapshot => ({
  sheets: [...seedWorkbook().sheets, sheet(SETTINGS_SHEET_NAME, settingsSheetRows(stored, 'zh-CN'))],
});

describe('the settings sheet', () => {
  it('gives back what was written into it', () => {
    expect(readStoredSettings(withSettingsSheet(STORED))).toEqual(STORED);
  });

  it('is found by its marker, not its name, and a workbook without one has none', () => {
    const renamed = withSettingsSheet(STORED);
    const sheets = renamed.sheets.map((s) => (s.name === SETTINGS_SHEET_NAME ? { ...s, name: 'Sheet9' } : s));
    expect(readStoredSettings({ sheets })).toEqual(STORED);
    expect(readStoredSettings(seedWorkbook())).toBeNull();
  });

  it('is never read as the user’s data: the sample scores the same with it', () => {
    const alone = evaluateWorkbook(seedWorkbook());
    const beside = evaluateWorkbook(withSettingsSheet(STORED));
    expect(beside.evaluations.map((e) => [e.scores.total, e.flags.length])).toEqual(alone.evaluations.map((e) => [e.scores.total, e.flags.length]));
  });

  it('drops what another release or a hand edit got wrong, and keeps the rest', () => {
    const value = { version: 1, settings: { lowExecutionThreshold: 5, scoreTolerance: 0.5, surprise: 1 }, columns: { 'a!A1': { budget: 'not a column', actual: 'D' }, 'b!A1': 3 } };
    expect(parseStoredSettings(value)).toEqual({ settings: { scoreTolerance: 0.5 }, columns: { 'a!A1': { actual: 'D' } } });
    expect(parseStoredSettings({ version: 2, settings: { scoreTolerance: 0.5 } })).toEqual({ settings: {}, columns: {} });
  });

  it('survives text that is not JSON in its cell', () => {
    const broken: WorkbookSnapshot = { sheets: [sheet('x', [['BudgetPerf_Settings', ''], ['{not json', '']])] };
    expect(readStoredSettings(broken)).toEqual({ settings: {}, columns: {} });
  });
});
