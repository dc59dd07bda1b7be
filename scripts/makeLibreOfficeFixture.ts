/**
 * Writes test/fixtures/libreoffice-sample.xlsx: the sample workbook as LibreOffice Calc saves it, so that the
 * reader is tested on a second producer's SpreadsheetML (shared strings, its own styles and number formats,
 * rows and cells as Calc writes them). CI has no LibreOffice, so the file is made once here and committed.
 *
 *   npm run build:cli && node dist/scripts/makeLibreOfficeFixture.js
 *
 * Needs `soffice` (Debian: apt-get install -y libreoffice-calc).
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { buildSampleWorkbook } from './buildSample';

const ROOT = resolve(__dirname, '..', '..'); // dist/scripts → the repository
const TARGET = join(ROOT, 'test', 'fixtures', 'libreoffice-sample.xlsx');

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'budget-perf-lo-'));
  try {
    const source = join(work, 'exceljs.xlsx');
    await buildSampleWorkbook().xlsx.writeFile(source);
    const out = join(work, 'out');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, source], { stdio: 'ignore' });
    copyFileSync(join(out, 'exceljs.xlsx'), TARGET);
    console.log(`written ${TARGET}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
