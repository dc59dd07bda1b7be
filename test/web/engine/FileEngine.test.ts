import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { evaluateWorkbook, readStoredSettings, SETTINGS_SHEET_NAME, toJsonReport } from '../../../src/core';
import { openWorkbookBytes } from '../../../src/xlsx/openWorkbookBytes';
import { readWorkbook } from '../../../src/xlsx';
import { EngineError, FileEngine } from '../../../src/web/engine/FileEngine';
import { buildSampleWorkbook } from '../../../scripts/buildSample';

/** The web page's engine as its worker runs it, on the sample workbook's bytes. */
const RUN_TIME = new Date('2026-03-15T09:30:00+08:00');
let sample: Uint8Array;
let dir: string;

beforeAll(async () => {
  sample = new Uint8Array(await buildSampleWorkbook().xlsx.writeBuffer());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-perf-engine-'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function opened(): FileEngine {
  const engine = new FileEngine(() => RUN_TIME);
  engine.open(sample, '市医保局.xlsx', 'zh-CN');
  return engine;
}

describe('FileEngine', () => {
  it('evaluates as the CLI does, and hands the page each form ready, without its lines', async () => {
    const file = path.join(dir, 'sample.xlsx');
    fs.writeFileSync(file, sample);
    const cli = evaluateWorkbook(await readWorkbook(file), {}, {});
    const result = await opened().recalculate('zh-CN', () => undefined);
    const [form] = result.evaluation.evaluations;
    expect([form.scores.total, form.scores.stated?.total, form.scores.grade]).toEqual([96.63, 96, '优']);
    expect(toJsonReport(result.evaluation, 'zh-CN').evaluations[0].scores).toEqual(toJsonReport(cli, 'zh-CN').evaluations[0].scores);
    expect(form.flags).toEqual(cli.evaluations[0].flags);
    expect(form.lines).toEqual([]);
    expect(result.sheets).toEqual(['自评_总览', '自评_预算执行', '自评_绩效指标', '自评_自评表', '自评_报告']);
    expect(result.views?.[0].flags.flatMap((g) => g.lines.map((l) => l.cell))).toContain('预算执行表!E12');
    expect(result.views?.[0].copies.formTsv).toMatch(/96\.63/);
  });

  it('describes a flagged cell by its row, under the table’s headers', () => {
    const context = opened().describeCell('预算执行表', 'E12', 'zh-CN');
    expect(context.row).toBe(12);
    expect(context.values.find((v) => v.flagged)).toEqual({ column: 'E', header: expect.stringContaining('执行数'), text: '0', flagged: true });
    expect(context.values.some((v) => v.text === '欺诈骗保行为举报奖励专项资金')).toBe(true);
    expect(() => opened().describeCell('已删除', 'A1', 'en')).toThrow('The sheet "已删除" is not in the workbook');
  });

  it('downloads the user’s parts as they were, with the settings sheet only once settings were changed', async () => {
    const engine = opened();
    const plain = openWorkbookBytes(new Uint8Array((await engine.download('zh-CN')).bytes), 'out.xlsx');
    expect(plain.snapshot.sheets.map((s) => s.name)).not.toContain(SETTINGS_SHEET_NAME);
    engine.saveSettings({ settings: { lowExecutionThreshold: 0.5 }, columns: {} });
    const once = await engine.download('zh-CN');
    expect(once.name).toBe('市医保局_自评结果.xlsx');
    const first = openWorkbookBytes(new Uint8Array(once.bytes), 'out.xlsx');
    expect(readStoredSettings(first.snapshot)?.settings).toEqual({ lowExecutionThreshold: 0.5 });
    // Opened again and changed again: the settings sheet is replaced where it was, never added twice.
    const again = new FileEngine(() => RUN_TIME);
    again.open(new Uint8Array(once.bytes), 'out.xlsx', 'zh-CN');
    expect(again.inspect('zh-CN').stored.settings).toEqual({ lowExecutionThreshold: 0.5 });
    again.saveSettings({ settings: { lowExecutionThreshold: 0.6 }, columns: {} });
    const second = openWorkbookBytes(new Uint8Array((await again.download('en')).bytes), 'out.xlsx');
    expect(second.pkg.sheets.filter((s) => s.name === SETTINGS_SHEET_NAME).map((s) => s.state)).toEqual(['veryHidden']);
    const visible = (pkg: typeof first.pkg) => pkg.sheets.filter((s) => s.state === 'visible').map((s) => s.name);
    expect(visible(second.pkg)).toEqual(visible(first.pkg));
    expect(readStoredSettings(second.snapshot)?.settings).toEqual({ lowExecutionThreshold: 0.6 });
  });

  it('names a damaged file in the user’s language, and keeps the workbook opened before', async () => {
    const engine = opened();
    expect(() => engine.open(sample.subarray(0, 3000), '损坏.xlsx', 'en')).toThrow(EngineError);
    expect(() => engine.open(sample.subarray(0, 3000), '损坏.xlsx', 'zh-CN')).toThrow(/损坏\.xlsx 无法作为 \.xlsx 打开/);
    expect((await engine.recalculate('zh-CN', () => undefined)).evaluation.evaluations[0].scores.total).toBe(96.63);
    expect(() => new FileEngine(() => RUN_TIME).inspect('en')).toThrow('No workbook is open yet.');
  });

  it('reviews files into the summary, an unreadable one named and never thrown', () => {
    const engine = new FileEngine(() => RUN_TIME);
    engine.reviewStart();
    const one = engine.reviewFile(sample, 'a/市医保局.xlsx', 'zh-CN');
    const bad = engine.reviewFile(new TextEncoder().encode('项目,金额\n a,1'), 'b/导出.xlsx', 'zh-CN');
    expect('rows' in one && one.rows.map((r) => [r.row.file, r.cells.total.text, r.cells.statedTotal.text, r.cells.gap.text])).toEqual([['a/市医保局.xlsx', '96.63', '96.00', '-0.63']]);
    expect('unreadable' in bad && bad.unreadable).toMatch(/b\/导出\.xlsx/);
    const summary = openWorkbookBytes(new Uint8Array(engine.reviewSummary('zh-CN').bytes), 'summary.xlsx');
    const sheet = (name: string) => summary.snapshot.sheets.find((s) => s.name === name);
    expect(summary.snapshot.sheets.map((s) => s.name)).toEqual(['汇总', '问题清单', '无法读取', '说明']);
    expect(sheet('汇总')?.rows.flat()).toContain('a/市医保局.xlsx');
    expect(sheet('无法读取')?.rows.flat()).toContain('b/导出.xlsx');
  });
});
