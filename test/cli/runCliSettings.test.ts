import { join } from 'node:path';
import { buildSampleWorkbook } from '../../scripts/buildSample';
import { settingsSheetRows, SETTINGS_SHEET_NAME, type JsonReport, type StoredSettings } from '../../src/core';
import { runInProcess } from './runInProcess';
import { makeTempDir } from '../xlsx/fixtures';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

/** The sample with the settings the pane would have saved into it: a very hidden 自评_设置 sheet. */
async function sampleWithSettings(name: string, stored: StoredSettings): Promise<string> {
  const workbook = buildSampleWorkbook();
  const sheet = workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: 'veryHidden' });
  for (const row of settingsSheetRows(stored, 'zh-CN')) sheet.addRow(row);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const lowLines = (report: JsonReport) =>
  report.evaluations[0].flags.filter((f) => f.code === 'low-execution').map((f) => f.cell);

describe('budget-perf evaluate on a workbook that carries settings', () => {
  it('scores with them, as the pane does: the 52% line is not low against a 50% threshold', async () => {
    const plain = JSON.parse((await runInProcess(['evaluate', await sampleWithSettings('plain.xlsx', { settings: {}, columns: {} }), '--json'])).stdout) as JsonReport;
    expect(lowLines(plain)).toContain('预算执行表!E8');

    const path = await sampleWithSettings('half.xlsx', { settings: { lowExecutionThreshold: 0.5 }, columns: {} });
    const run = await runInProcess(['evaluate', path, '--json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(run.code).toBe(0);
    expect(lowLines(report)).not.toContain('预算执行表!E8');
    expect(report.settings.lowExecutionThreshold).toBe(0.5);
    expect(report.evaluations[0].scores.total).toBe(96.63);
  });

  it('takes the workbook’s column corrections too', async () => {
    const path = await sampleWithSettings('columns.xlsx', { settings: {}, columns: { '预算执行表!A3': { actual: 'C' } } });
    const report = JSON.parse((await runInProcess(['evaluate', path, '--json'])).stdout) as JsonReport;
    expect(report.evaluations[0].flags.some((f) => f.cell === '预算执行表!E12' && f.code === 'zero-execution')).toBe(false);
  });
});
