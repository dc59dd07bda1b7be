import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** A fresh temporary folder per test file; `cleanup` removes it and everything written in it. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'budget-perf-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Builds a workbook with ExcelJS, writes it to `dir/name` and returns the path. */
export async function writeXlsx(dir: string, name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Files that are not readable workbooks, each the way it arrives in practice: a legacy .xls (a compound
 * file), a password-protected .xlsx (a compound file with an EncryptionInfo stream, here past the first
 * 4 KB as in a real directory sector), a damaged zip, a CSV export, an HTML page saved as .xls.
 */
export const BAD_FILES: Readonly<Record<string, { name: string; bytes: () => Buffer }>> = {
  xls: { name: 'old.xls', bytes: () => Buffer.concat([Buffer.from(OLE2_SIGNATURE), Buffer.alloc(1024)]) },
  encrypted: {
    name: 'locked.xlsx',
    bytes: () =>
      Buffer.concat([
        Buffer.from(OLE2_SIGNATURE),
        Buffer.alloc(5000),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(64),
        Buffer.from('EncryptedPackage', 'utf16le'),
        Buffer.alloc(512),
      ]),
  },
  corrupt: {
    name: 'broken.xlsx',
    bytes: () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('this is not a zip archive at all '.repeat(20))]),
  },
  csv: { name: 'budget.csv', bytes: () => Buffer.from('项目名称,全年预算数,全年执行数\n办公经费,100,90\n', 'utf8') },
  notXlsx: { name: 'report.xls', bytes: () => Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>') },
};

export async function writeBadFile(dir: string, kind: keyof typeof BAD_FILES): Promise<string> {
  const { name, bytes } = BAD_FILES[kind];
  const path = join(dir, name);
  await writeFile(path, bytes());
  return path;
}
