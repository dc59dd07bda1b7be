import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as acorn from 'acorn';
import type { Browser, Page } from 'playwright-core';
import { catalogue } from '../../../src/core';
import { buildPane, buildStandIn, serve } from './paneBuild';
import { collectErrors, launch, OFFICE_CDN, routeRealOfficeJs, routeStandIn } from './chromium';
import type { FakeExcel } from '../../excel/fake';

declare global {
  interface Window {
    standIn: { excel: FakeExcel; runs: number };
  }
}

/**
 * The pane in headless Chromium, built as `npm run build` builds it and served as a web server would: first
 * with the real office.js outside Office, then with the stand-in for office.js over the fake workbook that
 * holds the sample.
 */
jest.setTimeout(180_000);

const zh = catalogue['zh-CN'];
const en = catalogue.en;
let dir: string;
let server: { url: string; close: () => Promise<void> };
/** The OFFICE_JS=local build, as an intranet without Microsoft's CDN hosts it. */
let intranet: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-perf-pane-'));
  await Promise.all([
    buildPane(path.join(dir, 'addin')),
    buildPane(path.join(dir, 'addin-local'), { officeJs: 'local' }),
    buildStandIn(path.join(dir, 'stand-in')),
  ]);
  server = await serve(path.join(dir, 'addin'));
  intranet = await serve(path.join(dir, 'addin-local'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await intranet?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openPane(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const errors = collectErrors(page);
  return { page, errors };
}

/**
 * Every script of a build: each emitted .js (office.js copied from Microsoft's package left out: not ours) and each
 * inline script of its pages, the loader among them.
 */
interface EmittedScript {
  file: string;
  kind: 'script' | 'inline';
  source: string;
}

function scriptsOf(root: string): EmittedScript[] {
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('office-js'));
  return files.flatMap((name): EmittedScript[] => {
    const file = path.join(root, name);
    if (!/\.(js|html)$/.test(name)) return [];
    const source = fs.readFileSync(file, 'utf8');
    if (name.endsWith('.js')) return [{ file, kind: 'script', source }];
    if (!name.endsWith('.html')) return [];
    return [...source.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({ file, kind: 'inline', source: m[1] }));
  });
}

describe('the build', () => {
  it('holds the page, its script, the icons, the help page and the manifest that links to them', () => {
    const files = fs.readdirSync(path.join(dir, 'addin'));
    expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'help.html', 'manifest.xml', 'assets']));
    expect(files.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'addin', 'assets')).sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
    const manifest = fs.readFileSync(path.join(dir, 'addin', 'manifest.xml'), 'utf8');
    const linked = [...manifest.matchAll(/="https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect(linked).toEqual(expect.arrayContaining(['taskpane.html', 'help.html', 'assets/icon-32.png']));
    expect(linked.filter((file) => !fs.existsSync(path.join(dir, 'addin', file)))).toEqual([]);
  });

  it('emits only ES2017 (Edge Legacy’s most), and a loader in the page that Internet Explorer 11 can parse (ES5)', () => {
    const pages = ['addin', 'addin-local'].flatMap((build) => scriptsOf(path.join(dir, build)));
    expect(pages.filter((file) => file.kind === 'script').length).toBeGreaterThanOrEqual(2);
    const refused = pages.flatMap(({ file, kind, source }) => {
      try {
        acorn.parse(source, { ecmaVersion: kind === 'script' ? 2017 : 5, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${path.basename(file)} (${kind}): ${(error as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
  });

  it('leaves ExcelJS out of the pane’s script', () => {
    const script = fs.readdirSync(path.join(dir, 'addin')).filter((f) => f.endsWith('.js'));
    expect(script.filter((f) => fs.readFileSync(path.join(dir, 'addin', f), 'utf8').includes('exceljs'))).toEqual([]);
  });
});

describe('outside Office, with the real office.js', () => {
  it('says to open it in Excel, in both languages, with nothing on the console', async () => {
    const { page, errors } = await openPane();
    const served = await routeRealOfficeJs(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(zh['pane.notInExcel.title']).waitFor();
    await expect(page.getByText(en['pane.notInExcel.title']).isVisible()).resolves.toBe(true);
    expect(served).toContain('office.js');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The pane in Excel, past the first-run screen (a new browser context has never seen it). */
async function openInExcel(query = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPane();
  await routeStandIn(opened.page, path.join(dir, 'stand-in', 'office-stand-in.js'));
  await opened.page.goto(`${server.url}taskpane.html${query}`);
  await opened.page.getByRole('button', { name: zh['pane.firstRun.start'] }).click();
  return opened;
}

const screenshotsTo = process.env.PANE_SCREENSHOTS;

describe('outside Office, with office.js served by the add-in’s own server (OFFICE_JS=local)', () => {
  it('boots from the copied office.js alone: nothing fetched elsewhere, nothing on the console', async () => {
    const { page, errors } = await openPane();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(intranet.url)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${intranet.url}taskpane.html`);
    await page.getByText(zh['pane.notInExcel.title']).waitFor();
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'addin-local', 'office-js', 'office.js'))).toBe(true);
    await page.close();
  });
});

describe('in Excel, with the stand-in over the sample workbook', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openInExcel());
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByText('96.63').first().waitFor();
  });

  afterAll(() => page.close());

  it('shows the computed total against the stated 96, and the grade', async () => {
    await expect(page.getByText('（自评 96').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(zh['grade.优']).first().isVisible()).resolves.toBe(true);
  });

  it('lists the 0% line as a flag that selects its cell in the workbook', async () => {
    const zeroFlag = page.getByRole('button', { name: /预算执行表!E12/ }).first();
    await zeroFlag.click();
    await page.waitForFunction(() => window.standIn.excel.selection?.address === 'E12');
    expect(await page.evaluate(() => [window.standIn.excel.activeSheet, window.standIn.excel.selection])).toEqual([
      '预算执行表', { sheet: '预算执行表', address: 'E12' },
    ]);
  });

  it('wrote the five 自评_ sheets and nothing else', async () => {
    const written = await page.evaluate(() => ({
      sheets: window.standIn.excel.sheets.map((s) => s.name),
      strays: window.standIn.excel.writes.filter((w) => w.kind === 'cells' && !/^~?自评_/.test(w.sheet ?? '')).length,
    }));
    expect(written).toEqual({
      sheets: ['预算执行表', '绩效指标表', '自评得分', '自评_总览', '自评_预算执行', '自评_绩效指标', '自评_自评表', '自评_报告'],
      strays: 0,
    });
  });

  it('copies the 自评表 grid as tab-separated rows, ready to paste into the template', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: zh['pane.copy.form'] }).click();
    await page.getByText(zh['pane.copy.done']).first().waitFor();
    const rows = (await page.evaluate(() => navigator.clipboard.readText())).split(/\r?\n/);
    expect(rows[0].split('\t')[0]).toBe('部门（单位）名称');
    expect(rows.some((row) => row.includes('\t') && row.includes('96.63'))).toBe(true);
  });

  it('has no horizontal scroll at the default pane widths: 270 (Mac), 320 (Windows), 350 (web)', async () => {
    const overflow: number[] = [];
    for (const width of [270, 320, 350]) {
      await page.setViewportSize({ width, height: 900 });
      overflow.push((await page.evaluate(() => document.documentElement.scrollWidth)) - width);
    }
    await page.setViewportSize({ width: 320, height: 900 });
    expect(overflow).toEqual([0, 0, 0]);
  });

  it('switches to English', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(300, 890);
    if (screenshotsTo) {
      await page.screenshot({ path: path.join(screenshotsTo, 'pane-zh.png') });
      // The other default widths, to be looked at (the README shows 320).
      for (const width of [270, 350]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(screenshotsTo, `pane-zh-${width}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 320, height: 900 });
    }
    await page.getByRole('button', { name: en['pane.language.en'] }).click();
    await page.getByRole('button', { name: en['pane.recalculate'] }).waitFor();
    await expect(page.getByText(en['pane.flags.heading']).first().isVisible()).resolves.toBe(true);
    if (screenshotsTo) {
      // Away from the button just pressed, and past Fluent's transitions, so the picture shows the pane at rest.
      await page.mouse.move(300, 890);
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(screenshotsTo, 'pane-en.png') });
    }
    expect(errors).toEqual([]);
  });
});

describe('in Excel, the settings', () => {
  it('are saved in the workbook and change the next 重新计算: 52% is not low against a 50% threshold', async () => {
    const { page, errors } = await openInExcel();
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByRole('button', { name: /预算执行表!E8/ }).first().waitFor();

    await page.getByRole('button', { name: zh['pane.settings.heading'] }).click();
    const threshold = page.getByLabel(zh['pane.settings.lowExecution']);
    await threshold.fill('50');
    await threshold.press('Tab');
    await page.waitForFunction(() => window.standIn.excel.sheet('自评_设置') !== undefined);
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByRole('button', { name: /预算执行表!E8/ }).first().waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: /预算执行表!E12/ }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('96.63').first().isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => [JSON.parse(String(window.standIn.excel.sheet('自评_设置')?.peek(1, 0)?.value))])).toEqual([
      { version: 1, settings: { lowExecutionThreshold: 0.5 }, columns: {} },
    ]);
    if (screenshotsTo) await page.screenshot({ path: path.join(screenshotsTo, 'pane-settings.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('in Excel, the column picker', () => {
  it('stores a corrected column in the workbook, and the next 重新计算 reads it', async () => {
    const { page, errors } = await openInExcel();
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByRole('button', { name: /预算执行表!E12/ }).first().waitFor();

    // The tables found are open from the start: a wrong guess should be seen before the results are trusted.
    const tables = page.getByRole('button', { name: zh['pane.tables.heading'].replace('{count}', '4') });
    expect(await tables.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: zh['pane.tables.correct'] }).first().click();
    await page.getByLabel(zh['pane.field.budget.actual']).first().selectOption('C');
    await page.waitForFunction(() => window.standIn.excel.sheet('自评_设置') !== undefined);
    expect(await page.evaluate(() => [JSON.parse(String(window.standIn.excel.sheet('自评_设置')?.peek(1, 0)?.value))])).toEqual([
      { version: 1, settings: {}, columns: { '预算执行表!A3': { actual: 'C' } } },
    ]);

    // 执行数 now read from 年初预算数: the 0% fund is fully spent on paper, and its flag goes.
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByRole('button', { name: /预算执行表!E12/ }).first().waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('in Excel, a workbook of several forms', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openInExcel('?book=forms'));
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByRole('combobox', { name: /本工作簿中的表/ }).waitFor();
  });

  afterAll(() => page.close());

  it('offers a picker of the forms found, each with its total and grade, and shows the first', async () => {
    const options = await page.getByRole('combobox', { name: /本工作簿中的表/ }).locator('option').allTextContents();
    expect(options).toEqual([
      // Score and grade first: a narrow pane cuts the end of the line.
      '1. 9.95 分 · 差 · 2024年度部门预算执行情况表',
      '2. 90.2 分 · 优 · 医疗保障能力建设经费',
      '3. 90 分 · 优 · 欺诈骗保行为举报奖励专项资金',
    ]);
    await expect(page.getByRole('button', { name: /部门预算执行!D4/ }).count()).resolves.toBe(0);
    // The picker stays inside the 320 px pane, its arrow visible, however long a form's name.
    await page.getByRole('combobox', { name: /本工作簿中的表/ }).selectOption('2');
    const right = await page.getByRole('combobox', { name: /本工作簿中的表/ }).evaluate((select) => select.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(320);
    await page.getByRole('combobox', { name: /本工作簿中的表/ }).selectOption('0');
    expect(errors).toEqual([]);
  });

  it('shows the picked form’s own score and flags, and copies its own 自评表 grid', async () => {
    await page.getByRole('combobox', { name: /本工作簿中的表/ }).selectOption('2');
    await page.getByRole('button', { name: /项目自评表!D29/ }).first().waitFor();
    if (screenshotsTo) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(300, 890);
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(screenshotsTo, 'pane-forms.png') });
    }
    await expect(page.getByRole('button', { name: /项目自评表!G6/ }).count()).resolves.toBe(0);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: zh['pane.copy.form'] }).click();
    await page.getByText(zh['pane.copy.done']).first().waitFor();
    const grid = await page.evaluate(() => navigator.clipboard.readText());
    expect(grid).toContain('欺诈骗保行为举报奖励专项资金');
    expect(grid).not.toContain('医疗保障能力建设经费');
  });

  it('wrote one section per form into the five 自评_ sheets', async () => {
    const headings = await page.evaluate(() =>
      [...(window.standIn.excel.sheets.find((s) => s.name === '自评_自评表')?.cells.values() ?? [])]
        .map((cell) => String(cell.value))
        .filter((value) => /^表 \d：/.test(value)),
    );
    expect(headings).toEqual([
      '表 1：2024年度部门预算执行情况表（部门预算执行!A3:D5）',
      '表 2：医疗保障能力建设经费（项目自评表!A1:K21）',
      '表 3：欺诈骗保行为举报奖励专项资金（项目自评表!A24:K41）',
    ]);
  });
});

describe('in Excel, a workbook without a table', () => {
  it('says what was looked for, shows no score and writes no sheet', async () => {
    const { page, errors } = await openInExcel('?book=empty');
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByText(zh['forms.none']).waitFor();
    await expect(page.getByText(zh['pane.score.heading']).count()).resolves.toBe(0);
    expect(await page.evaluate(() => window.standIn.excel.sheets.map((s) => s.name))).toEqual(['自评报告']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('in Excel, in Office’s display language', () => {
  it('starts in English when Office is in English', async () => {
    const { page, errors } = await openPane();
    await routeStandIn(page, path.join(dir, 'stand-in', 'office-stand-in.js'));
    await page.goto(`${server.url}taskpane.html?lang=en-US`);
    await page.getByRole('button', { name: en['pane.firstRun.start'] }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The user agents of the engines Office 2016/2019 and older Microsoft 365 builds show add-ins in. */
const OLD_ENGINES = [
  ['Internet Explorer 11 (Trident)', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'],
  ['Edge Legacy (EdgeHTML)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763'],
] as const;

/** The page in a browser of `userAgent`, with the stand-in as office.js; what it shows and the scripts it asked for. */
async function openAs(userAgent?: string, init?: () => void): Promise<{ page: Page; scripts: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, userAgent });
  if (init) await page.addInitScript(init);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (/\/taskpane\.[0-9a-f]+\.js$/.test(request.url())) scripts.push(request.url());
  });
  await routeStandIn(page, path.join(dir, 'stand-in', 'office-stand-in.js'));
  await page.goto(`${server.url}taskpane.html`);
  return { page, scripts };
}

describe('in an engine too old for the pane', () => {
  const notices: string[] = [];

  it.each(OLD_ENGINES)('%s: the plain notice in both languages, and the pane’s script never fetched', async (_engine, userAgent) => {
    const { page, scripts } = await openAs(userAgent);
    const notice = page.locator('#old-engine');
    await notice.getByText(zh['pane.oldEngine.title']).waitFor();
    await expect(notice.getByText(en['pane.oldEngine.title']).isVisible()).resolves.toBe(true);
    await expect(notice.getByText(zh['pane.oldEngine.route']).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0);
    expect(scripts).toEqual([]);
    notices.push(await notice.innerText());
    await page.close();
  });

  it('says the same to both, naming the Office builds that use these engines', () => {
    expect(notices).toHaveLength(2);
    expect(notices[1]).toBe(notices[0]);
    for (const build of ['Office 2016', '2019', '16.0.11629', '16.0.13530', 'WebView2', '绩效自评助手.html', '.xlsx']) expect(notices[0]).toContain(build);
  });

  it('a browser that passes for a new one but lacks what the script needs (Object.fromEntries) gets the notice too', async () => {
    const { page, scripts } = await openAs(undefined, () => {
      delete (Object as { fromEntries?: unknown }).fromEntries;
    });
    await page.locator('#old-engine').getByText(zh['pane.oldEngine.title']).waitFor();
    expect(scripts).toEqual([]);
    await page.close();
  });
});

describe('without office.js (a network that cannot reach where it is served from)', () => {
  it.each([
    ['Microsoft’s CDN, blocked', 'pane.noOffice.cdn', () => server, `${OFFICE_CDN}office.js`],
    ['the add-in’s own copy (OFFICE_JS=local), missing', 'pane.noOffice.local', () => intranet, '**/office-js/office.js'],
  ] as const)('%s: says office.js could not be loaded and what IT can do, in both languages', async (_case, key, host, officeJs) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const thrown: string[] = [];
    page.on('pageerror', (error) => thrown.push(error.message));
    await page.route(officeJs, (route) => route.abort('blockedbyclient'));
    await page.goto(`${host().url}taskpane.html`);
    const notice = page.locator('#no-office');
    await notice.getByText(zh['pane.noOffice.title']).waitFor();
    for (const text of [zh[key], en['pane.noOffice.title'], en[key], en['pane.noOffice.meanwhile']]) {
      await expect(notice.getByText(text).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText('Office is not defined').count()).resolves.toBe(0);
    expect(thrown).toEqual([]);
    await page.close();
  });
});

describe('in Excel, when Excel fails', () => {
  it('marks the results of the run before as such, says what the workbook holds, and recovers on the next run', async () => {
    const { page } = await openInExcel();
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByText(zh['pane.recalculate.done']).waitFor();

    // The 4th sync of the next run: the first of its writes.
    await page.evaluate(() => window.standIn.excel.failIn(4));
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByText(zh['pane.recalculate.failed']).waitFor();
    await expect(page.getByText(zh['pane.recalculate.stale']).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/^Excel 未能完成结果工作表的写入（sync \d+ failed）。已核对：原有的“自评_”工作表保持不变/).isVisible()).resolves.toBe(true);
    await expect(page.getByText(zh['pane.recalculate.done']).count()).resolves.toBe(0);
    await expect(page.getByText('96.63').first().isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByText(zh['pane.recalculate.done']).waitFor();
    await expect(page.getByText(zh['pane.recalculate.stale']).count()).resolves.toBe(0);
    await page.close();
  });

  it('says in the user’s language that a flag’s sheet is gone, not Excel’s English', async () => {
    const { page } = await openInExcel();
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByRole('button', { name: /预算执行表!E12/ }).first().waitFor();
    await page.evaluate(() => window.standIn.excel.sheets.splice(0, 1));
    await page.getByRole('button', { name: /预算执行表!E12/ }).first().click();
    await page.getByText(/^找不到工作表“预算执行表”/).waitFor();
    await page.close();
  });
});

describe('in an older Excel (ExcelApi 1.3, Office 2016 without updates)', () => {
  it('opens with the tables read, says what it cannot do, and shows no raw "API not found"', async () => {
    const { page, errors } = await openInExcel('?api=1.3');
    await page.getByText(zh['pane.mergesUnsupported']).waitFor();
    await expect(page.getByText(zh['pane.cannotWrite']).isVisible()).resolves.toBe(true);
    // Said as Excel versions a finance officer knows, not as requirement sets.
    expect([zh['pane.cannotWrite'], en['pane.cannotWrite']].filter((text) => /ExcelApi/.test(text))).toEqual([]);
    await expect(page.getByRole('button', { name: zh['pane.tables.heading'].replace('{count}', '4') }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: zh['pane.recalculate'] }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText(/API|could not be found/).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('in Excel, what a finance officer sees at 320 px', () => {
  it('a grade beside errors is shown as provisional, paragraphs open in full, and no badge repeats its sheet', async () => {
    const { page, errors } = await openInExcel();
    await page.getByRole('button', { name: zh['pane.recalculate'] }).click();
    await page.getByText('96.63').first().waitFor();
    await expect(page.getByText(zh['pane.score.provisional'].replace('{count}', '2')).isVisible()).resolves.toBe(true);

    const more = page.getByRole('button', { name: zh['pane.copy.more'] }).first();
    const text = page.locator(`#${await more.getAttribute('aria-controls')}`);
    const clamped = await text.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    await more.click();
    expect([clamped, await text.evaluate((el) => el.scrollHeight > el.clientHeight + 1)]).toEqual([true, false]);
    await expect(page.getByRole('button', { name: zh['pane.copy.less'] }).first().getAttribute('aria-expanded')).resolves.toBe('true');

    // The sample's sheets are called 预算执行表 and 绩效指标表: their cards show the name once.
    const cards = await page.locator('text=预算执行表').count();
    const badges = await page.getByText(zh['pane.kind.budget'], { exact: true }).evaluateAll((els) => els.filter((el) => el.closest('[class*="Badge"], .fui-Badge')).length);
    expect([cards > 0, badges]).toEqual([true, 0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
