import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWorkbook, WorkbookReadError, type WorkbookReadErrorCode } from '../../src/xlsx';
import { makeTempDir, writeBadFile, writeXlsx } from './fixtures';

// Pass-through, so that one test can make `open` refuse the way an unreadable file does.
jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises');
  return { ...actual, open: jest.fn(actual.open) };
});

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});

afterAll(() => cleanup());

async function readError(path: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<WorkbookReadError> {
  try {
    await readWorkbook(path, { lang });
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error(`${path} was read`);
}

describe('readWorkbook: files that are not readable workbooks', () => {
  it.each<[string, () => Promise<string>, WorkbookReadErrorCode, string]>([
    ['a missing file', async () => join(dir, 'missing.xlsx'), 'not-found', '找不到文件：'],
    ['a folder', async () => { const p = join(dir, 'folder.xlsx'); await mkdir(p); return p; }, 'is-directory', '是文件夹'],
    ['a legacy .xls', () => writeBadFile(dir, 'xls'), 'xls', '是旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再试'],
    ['an encrypted .xlsx', () => writeBadFile(dir, 'encrypted'), 'encrypted', '已加密：请先取消密码保护'],
    ['a damaged zip', () => writeBadFile(dir, 'corrupt'), 'corrupt', '文件可能已损坏'],
    ['a .csv', () => writeBadFile(dir, 'csv'), 'csv', '是 CSV 文本文件'],
    ['an HTML page saved as .xls', () => writeBadFile(dir, 'notXlsx'), 'not-xlsx', '不是 .xlsx 工作簿'],
    ['an empty file', async () => { const p = join(dir, 'empty.xlsx'); await writeFile(p, ''); return p; }, 'not-xlsx', '不是 .xlsx 工作簿'],
  ])('names %s, on one line, in Chinese by default', async (_what, make, code, sentence) => {
    const path = await make();
    const error = await readError(path);
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain(sentence);
    expect(error.message).not.toMatch(/\n/);
  });

  it('says it in English when asked, and in either language afterwards', async () => {
    const path = await writeBadFile(dir, 'xls');
    const error = await readError(path, 'en');
    expect(error.message).toBe(`${path} is a legacy .xls file: save it as .xlsx in Excel or WPS and try again`);
    expect(error.messageIn('zh-CN')).toBe(`${path} 是旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
  });

  it('tells a CSV by its content under another name', async () => {
    const path = join(dir, 'export.xlsx');
    await writeFile(path, '项目名称\t全年预算数\n办公经费\t100\n');
    expect((await readError(path)).code).toBe('csv');
  });

  it('gives the reader’s reason for a damaged file, shortened to one line', async () => {
    const error = await readError(await writeBadFile(dir, 'corrupt'), 'en');
    expect(error.reason).not.toBe('');
    expect(error.reason.length).toBeLessThanOrEqual(160);
    expect(error.message).toContain(`(${error.reason})`);
  });

  it('reads a zip without worksheets as not a workbook', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<document/>');
    const path = join(dir, 'letter.docx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await readError(path)).code).toBe('not-xlsx');
  });

  it('reports a file it may not read', async () => {
    const path = await writeXlsx(dir, 'private.xlsx', (workbook) => workbook.addWorksheet('a'));
    // chmod 000 does not stop root (CI containers run as root), so the refusal is simulated.
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    jest.mocked(open).mockRejectedValueOnce(denied);
    expect((await readError(path)).code).toBe('unreadable');
  });
});
