import { evaluateWorkbook } from '../../src/core';
import { EXIT, runCli } from '../../src/cli';
import { makeTempDir, writeXlsx } from '../xlsx/fixtures';

// Pass-through, so that one test can make the engine fail the way an unforeseen bug would.
jest.mock('../../src/core', () => {
  const actual = jest.requireActual<typeof import('../../src/core')>('../../src/core');
  return { ...actual, evaluateWorkbook: jest.fn(actual.evaluateWorkbook) };
});

describe('budget-perf evaluate: an unexpected failure', () => {
  it('is one line on stderr, exit 1, no stack trace', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const path = await writeXlsx(dir, 'ok.xlsx', (workbook) => workbook.addWorksheet('预算表'));
      jest.mocked(evaluateWorkbook).mockImplementationOnce(() => {
        throw new TypeError("Cannot read properties of undefined\n(reading 'fen')");
      });
      let stdout = '';
      let stderr = '';
      const code = await runCli(['evaluate', path], {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
      });
      expect(code).toBe(EXIT.unreadable);
      expect(stdout).toBe('');
      expect(stderr).toBe(`处理 ${path} 时出错：TypeError: Cannot read properties of undefined (reading 'fen')\n`);
      expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
    } finally {
      await cleanup();
    }
  });
});
