import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
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

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

describe('budget-perf evaluate --settings FILE.json', () => {
  const settingsFile = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };

  it('scores with the file’s settings on a workbook that carries none, and the report shows them', async () => {
    const book = await sampleWithSettings('none.xlsx', { settings: {}, columns: {} });
    const run = await runInProcess(['evaluate', book, '--json', '--settings', await settingsFile('half.json', '{"lowExecutionThreshold": 0.5}')]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(run.code).toBe(0);
    expect(lowLines(report)).not.toContain('预算执行表!E8');
    expect(report.settings.lowExecutionThreshold).toBe(0.5);
  });

  it('goes over what the workbook carries', async () => {
    const book = await sampleWithSettings('stored-half.xlsx', { settings: { lowExecutionThreshold: 0.5 }, columns: {} });
    const run = await runInProcess(['evaluate', book, '--json', '--settings', await settingsFile('ninety.json', '{"lowExecutionThreshold": 0.9}')]);
    expect(lowLines(JSON.parse(run.stdout) as JsonReport)).toContain('预算执行表!E8');
  });

  it.each([
    ['out of range', '{"lowExecutionThreshold": 50}', /设置“lowExecutionThreshold”的值 50 超出范围：应在 0.01 到 1 之间/],
    ['unknown', '{"threshold": 0.5}', /没有名为“threshold”的设置/],
    ['not JSON', '{lowExecutionThreshold: 0.5}', /不是有效的 JSON/],
  ])('refuses a setting %s, naming it, with exit 2 and nothing on stdout', async (_, text, message) => {
    const book = await sampleWithSettings('refused.xlsx', { settings: {}, columns: {} });
    const run = await runInProcess(['evaluate', book, '--settings', await settingsFile('bad.json', text)]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^用法错误：设置文件 /);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['missing', () => join(dir, 'nowhere.json'), /^用法错误：找不到设置文件 .*nowhere\.json\n/],
    ['a folder', () => dir, /^用法错误：设置文件 .* 不是普通文件：请指定一个 \.json 文件\n/],
    ['a FIFO, refused at once rather than waited on', () => fifo('settings.fifo'), /^用法错误：设置文件 .*settings\.fifo 不是普通文件：请指定一个 \.json 文件\n/],
  ])('refuses a settings file that is %s in one line of its own words (exit 2)', async (_, path, message) => {
    const book = await sampleWithSettings('unreadable.xlsx', { settings: {}, columns: {} });
    const run = await runInProcess(['evaluate', book, '--settings', path()]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/ENOENT|EISDIR|no such file/);
  });

  it('says so in English too', async () => {
    const book = await sampleWithSettings('refused-en.xlsx', { settings: {}, columns: {} });
    const run = await runInProcess(['evaluate', book, '--lang', 'en', '--settings', await settingsFile('bad-en.json', '{"scoreTolerance": -1}')]);
    expect(run.stderr).toMatch(/^usage error: settings file .*: the setting "scoreTolerance" is -1, out of range: it must be between 0 and 10/);
  });
});
