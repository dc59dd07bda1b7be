/**
 * A run stopped while it writes --out: killed outright (kill -9) it leaves the previous OUT as it was and the
 * next run removes its temporary file; stopped with SIGTERM it removes the temporary file itself.
 */
import { watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeBenchWorkbook } from '../../scripts/benchWorkbooks';
import { bundleCli, runScript, type ChildRun } from '../xlsx/childProcess';
import { makeTempDir } from '../xlsx/fixtures';

jest.setTimeout(120_000);

let dir: string;
let cleanup: () => Promise<void>;
let cli: string;
let input: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  cli = bundleCli(dir);
  input = join(dir, 'bench-20000.xlsx');
  await writeBenchWorkbook(20_000, input);
});
afterAll(() => cleanup());

const temporary = async () => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

/** Runs --out and sends `signal` the moment its temporary file appears beside OUT. */
function runStoppedWhileWriting(out: string, signal: NodeJS.Signals): Promise<{ run: ChildRun; seen: boolean }> {
  let seen = false;
  const watcher = watch(dir);
  return runScript(cli, ['evaluate', input, '--out', out], (child) => {
    watcher.on('change', (_event, name) => {
      if (!seen && String(name).endsWith('.tmp')) {
        seen = true;
        child.kill(signal);
      }
    });
  }).then((run) => {
    watcher.close();
    return { run, seen };
  });
}

describe('budget-perf evaluate --out on 20 000 lines, stopped while writing', () => {
  it('kill -9 leaves the previous OUT intact, and the next run leaves no temporary file', async () => {
    const out = join(dir, 'out.xlsx');
    expect((await runScript(cli, ['evaluate', input, '--out', out])).code).toBe(0);
    const previous = await readFile(out);
    const { run, seen } = await runStoppedWhileWriting(out, 'SIGKILL');
    expect([seen, run.signal]).toEqual([true, 'SIGKILL']);
    expect((await readFile(out)).equals(previous)).toBe(true);
    expect(await temporary()).toHaveLength(1);
    expect((await runScript(cli, ['evaluate', input, '--out', out])).code).toBe(0);
    expect(await temporary()).toEqual([]);
  });

  it('SIGTERM removes the temporary file before the process ends', async () => {
    const out = join(dir, 'term.xlsx');
    const { run, seen } = await runStoppedWhileWriting(out, 'SIGTERM');
    expect([seen, run.signal]).toEqual([true, 'SIGTERM']);
    expect(await temporary()).toEqual([]);
  });
});
