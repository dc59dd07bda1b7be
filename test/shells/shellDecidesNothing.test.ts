/**
 * No shell formats a number or a percentage or works out a category's state: core/view does, once. The project's
 * own lint configuration holds every shell folder to it; each case is what a shell might write, and each is refused.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..');
// The configuration given as it is rather than looked up: ESLint loads a config file by dynamic import, which jest's VM does not allow.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- eslint.config.js is CommonJS
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require('../../eslint.config.js') });

async function problems(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.map((m) => m.message);
}

jest.setTimeout(60_000);

describe('the shells decide nothing core/view decides', () => {
  it.each<[string, string, string]>([
    ['toFixed in the CLI', 'src/cli/x.ts', 'export const shown = (n: number) => n.toFixed(2);'],
    ['toLocaleString in the pane', 'src/taskpane/x.tsx', 'export const shown = (n: number) => n.toLocaleString("zh-CN");'],
    ['toPrecision in the Office.js shell', 'src/excel/x.ts', 'export const shown = (n: number) => n.toPrecision(3);'],
    ['Intl.NumberFormat in the file shell', 'src/xlsx/x.ts', 'export const f = new Intl.NumberFormat("zh-CN");'],
    // eslint-disable-next-line no-template-curly-in-string -- the code a shell might write, as text
    ['a percent sign after a number', 'src/cli/x.ts', 'export const shown = (rate: number) => `${rate * 100}%`;'],
    ['a category state from maxima', 'src/taskpane/x.tsx', 'export const none = (s: { maxima: Record<string, number> }) => s.maxima.output === 0;'],
    ['the WPS shell too', 'src/wps/x.ts', 'export const shown = (n: number) => n.toFixed(1);'],
  ])('refuses %s', async (_, file, code) => {
    expect((await problems(code, file)).join('\n')).toMatch(/src\/core\/view/);
  });

  it('lets the core format, and a shell show what the core formatted', async () => {
    // eslint-disable-next-line no-template-curly-in-string -- as above
    expect(await problems('export const shown = (n: number) => `${n.toFixed(2)}%`;', 'src/core/view/x.ts')).toEqual([]);
    expect(await problems("import { formatPercent } from '../core';\nexport const shown = (r: number) => formatPercent(r);", 'src/cli/x.ts')).toEqual([]);
  });
});
