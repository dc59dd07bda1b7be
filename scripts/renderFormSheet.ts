/**
 * Renders the 自评_自评表 sheet of an output workbook to a PNG, the way it prints: the README's picture.
 * Needs LibreOffice and poppler from Debian's packages, and a CJK font or Chinese prints as empty boxes:
 *
 *   apt-get install -y libreoffice-calc fonts-noto-cjk poppler-utils
 *   npm run demo -- --out sample/out.xlsx        (or: node dist/src/cli/main.js evaluate sample/sample.xlsx --out sample/out.xlsx)
 *   node dist/scripts/renderFormSheet.js sample/out.xlsx assets/readme/form-sheet.png [sheet name]
 *
 * The sheet is copied alone into a scratch workbook (LibreOffice prints every sheet otherwise), converted to
 * PDF with its own page setup (A4 landscape, one page wide) and the first page drawn at 110 dpi, cut to
 * the printed text (pdftotext -bbox gives its extent) plus a margin, so the picture is the form, not the paper.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

const DPI = 110;
/** Points of paper kept around the text: enough for the grid's outer borders. */
const MARGIN = 14;

async function main(): Promise<void> {
  const [input, output, sheetName = '自评_自评表'] = process.argv.slice(2);
  if (!input || !output) {
    process.stderr.write('usage: node dist/scripts/renderFormSheet.js OUT.xlsx PICTURE.png [sheet]\n');
    process.exit(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'render-'));
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    if (!workbook.getWorksheet(sheetName)) throw new Error(`${input} has no sheet ${sheetName}`);
    for (const worksheet of [...workbook.worksheets]) {
      if (worksheet.name !== sheetName) workbook.removeWorksheet(worksheet.id);
    }
    const alone = join(scratch, 'sheet.xlsx');
    await workbook.xlsx.writeFile(alone);
    const env = { ...process.env, FONTCONFIG_FILE: fontConfig(scratch) };
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${scratch}/profile`, '--convert-to', 'pdf', '--outdir', scratch, alone], { stdio: 'ignore', env });
    const pdf = join(scratch, 'sheet.pdf');
    const crop = textExtent(pdf, scratch);
    const px = (points: number) => String(Math.round((points * DPI) / 72));
    execFileSync('pdftoppm', [
      '-png', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile',
      '-x', '0', '-y', px(crop.top), '-W', px(crop.width), '-H', px(crop.bottom - crop.top),
      pdf, join(scratch, 'page'),
    ]);
    mkdirSync(dirname(resolve(output)), { recursive: true });
    copyFileSync(join(scratch, 'page.png'), output);
    process.stdout.write(`wrote ${output} (${readdirSync(scratch).length} scratch files removed)\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A fontconfig file that draws 宋体 (SimSun) with a Simplified Chinese Noto face: left to itself fontconfig
 * takes DejaVu for the Latin letters and whichever CJK face comes first (often the Japanese one) for the rest.
 */
function fontConfig(scratch: string): string {
  const alias = (family: string) =>
    `<alias binding="same"><family>${family}</family><prefer><family>Noto Serif CJK SC</family><family>Noto Sans CJK SC</family></prefer></alias>`;
  const path = join(scratch, 'fonts.conf');
  writeFileSync(
    path,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>${alias('宋体')}${alias('SimSun')}</fontconfig>`,
  );
  return path;
}

/** The vertical extent of the first page's words (in points), with the page's width. */
function textExtent(pdf: string, scratch: string): { top: number; bottom: number; width: number } {
  const html = join(scratch, 'words.html');
  execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, html]);
  const text = readFileSync(html, 'utf8');
  const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(text);
  const words = [...text.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)];
  if (!page || words.length === 0) throw new Error(`${pdf}: no text on the first page`);
  const top = Math.min(...words.map((w) => Number(w[1])));
  const bottom = Math.max(...words.map((w) => Number(w[2])));
  const height = Number(page[2]);
  return { top: Math.max(0, top - MARGIN), bottom: Math.min(height, bottom + MARGIN), width: Number(page[1]) };
}

main().catch((err: unknown) => {
  process.stderr.write(`renderFormSheet: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
