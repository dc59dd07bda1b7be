import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { catalogue } from '../../../src/core';
import { collectErrors, launch } from '../../taskpane/browser/chromium';
import { compile, serve } from '../../taskpane/browser/paneBuild';
import type { FakeEtApplication } from '../fake';
import { sampleSnapshot } from '../sampleSnapshot';

/** The page's window with the stand-in (wpsStandIn.ts) as WPS's Application, as the test reads it back. */
interface StandInWindow {
  Application: FakeEtApplication & { panes: { url: string; Visible: boolean; DockPosition: number }[] };
  OnAction: (control: { Id: string }) => boolean;
}

/** The WPS add-in built by webpack.wps.config.js, in headless Chromium with a stand-in window.Application over the fake holding the sample. */
jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '..', '..', '..');
const zh = catalogue['zh-CN'];
const CALLBACKS = ['onLoad', 'onAction', 'getImage', 'getEnabled', 'getVisible', 'getLabel', 'getPressed'];
let dir: string;
let addin: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let standIn: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-perf-wps-'));
  addin = path.join(dir, 'budget-perf_0.1.0');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's config is plain CommonJS
  const factory = require(path.join(ROOT, 'webpack.wps.config.js')) as (env: object, argv: object) => import('webpack').Configuration;
  await compile(factory({}, { mode: 'production', outputPath: addin }));
  const bundle = buildSync({ entryPoints: [path.join(__dirname, 'wpsStandIn.ts')], bundle: true, write: false, target: 'es2017', platform: 'browser', format: 'iife' });
  standIn = `window.sampleSnapshot = ${JSON.stringify(await sampleSnapshot())};\n${bundle.outputFiles[0].text}`;
  server = await serve(addin);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(page: string): Promise<{ page: Page; errors: string[] }> {
  // A zh-CN WPS: the pane takes its language from the page's (navigator.language).
  const tab = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  const errors = collectErrors(tab);
  await tab.addInitScript({ content: standIn });
  await tab.goto(`${server.url}${page}`);
  return { page: tab, errors };
}

describe('the WPS build', () => {
  it('is the add-in folder, publish.xml for the offline mode and the folder zipped', () => {
    expect(fs.readdirSync(addin).sort()).toEqual(expect.arrayContaining(['assets', 'index.html', 'main.js', 'manifest.xml', 'package.json', 'ribbon.xml', 'taskpane.html']));
    expect(JSON.parse(fs.readFileSync(path.join(addin, 'package.json'), 'utf8'))).toMatchObject({ name: 'budget-perf', version: '0.1.0', addonType: 'et' });
    expect(fs.readFileSync(path.join(addin, 'manifest.xml'), 'utf8')).toMatch(/<JsPlugin>[\s\S]*<Name>budget-perf<\/Name>/);
    expect(fs.readFileSync(path.join(dir, 'publish.xml'), 'utf8')).toContain('<jsplugin name="budget-perf" type="et" url="budget-perf_0.1.0" version="0.1.0"');
    const zip = fs.readFileSync(path.join(dir, 'budget-perf_0.1.0.zip'));
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(zip.includes(Buffer.from('budget-perf_0.1.0/ribbon.xml'))).toBe(true);
  });

  it('parses at ECMAScript 2017, every script, and carries nothing of Office or ExcelJS', () => {
    const scripts = fs.readdirSync(addin).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBe(2);
    const refused = scripts.flatMap((file) => {
      const source = fs.readFileSync(path.join(addin, file), 'utf8');
      try {
        acorn.parse(source, { ecmaVersion: 2017, sourceType: 'script' });
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
      return source.includes('exceljs') || source.includes('randomUUID') ? [`${file}: exceljs or randomUUID`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('has a ribbon.xml that starts with <customUI, puts 绩效自评 on the start tab, and names only callbacks main.js defines', async () => {
    const xml = fs.readFileSync(path.join(addin, 'ribbon.xml'), 'utf8');
    expect(xml.startsWith('<customUI')).toBe(true);
    const named: string[] = [];
    const parser = new SaxesParser();
    const tabs: string[] = [];
    parser.on('opentag', (tag) => {
      if (tag.name === 'tab') tabs.push(String(tag.attributes.idMso));
      for (const attribute of CALLBACKS) if (attribute in tag.attributes) named.push(String(tag.attributes[attribute]));
      if (tag.name === 'button') expect(tag.attributes.label).toBe('绩效自评');
    });
    parser.write(xml).close();
    expect(tabs).toEqual(['TabHome']);
    expect(named.length).toBeGreaterThanOrEqual(3);
    const { page, errors } = await open('index.html');
    const defined = await page.evaluate((names) => names.filter((name) => typeof (window as unknown as Record<string, unknown>)[name] === 'function'), named);
    expect(defined).toEqual(named);
    // The button opens the pane, docked on the right; a second click hides it.
    await page.evaluate(() => (window as unknown as StandInWindow).OnAction({ Id: 'budgetPerfOpen' }));
    expect(await page.evaluate(() => (window as unknown as StandInWindow).Application.panes)).toEqual([expect.objectContaining({ url: `${server.url}taskpane.html`, Visible: true, DockPosition: 2 })]);
    await page.evaluate(() => (window as unknown as StandInWindow).OnAction({ Id: 'budgetPerfOpen' }));
    expect(await page.evaluate(() => (window as unknown as StandInWindow).Application.panes.map((p) => p.Visible))).toEqual([false]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the pane in WPS, over the sample', () => {
  it('recalculates: 96.63 against the stated 96, and the 0% flag selects 预算执行表!E12 in the workbook', async () => {
    const { page, errors } = await open('taskpane.html');
    await page.getByRole('button', { name: zh['pane.firstRun.start'] }).click();
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByText('96.63').first().waitFor();
    await expect(page.getByText('（自评 96').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(zh['grade.优']).first().isVisible()).resolves.toBe(true);
    const screenshots = process.env.PANE_SCREENSHOTS;
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'wps-pane-zh.png'), fullPage: true });
    await page.getByRole('button', { name: /预算执行表!E12/ }).first().click();
    await page.waitForFunction(() => (window as unknown as StandInWindow).Application.book.selection?.address === 'E12');
    expect(await page.evaluate(() => [(window as unknown as StandInWindow).Application.book.active.name, (window as unknown as StandInWindow).Application.book.selection])).toEqual(['预算执行表', { sheet: '预算执行表', address: 'E12' }]);
    expect(await page.evaluate(() => (window as unknown as StandInWindow).Application.book.sheets.map((s) => s.name))).toEqual([
      '预算执行表', '绩效指标表', '自评得分', '自评_总览', '自评_预算执行', '自评_绩效指标', '自评_自评表', '自评_报告',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
