/**
 * `--out` adds our sheets to a copy of the package: every part of the user's is the same, byte for byte, in
 * OUT as in IN (a chart, a pivot cache, a comment, a VBA project, a date-formatted 70.42), and only the parts
 * that list sheets and styles are edited. A second run replaces our sheets and adds no styles.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildOutputSheets, evaluateWorkbook, OUTPUT_SHEET_NAMES } from '../../../src/core';
import { openWorkbook, readWorkbook, writeOutputWorkbook } from '../../../src/xlsx';
import { makeTempDir } from '../fixtures';
import { loadWorkbook, RUN_TIME } from '../outputFixtures';
import { writeRaw, type RawWorkbook } from '../rawWorkbook';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

/** A workbook as Excel saves one with a chart, a pivot table's cache, a comment and macros beside the tables. */
const BOOK: RawWorkbook = {
  sharedStrings: ['单位：万元', '项目名称', '全年预算数', '全年执行数', '办公经费', '举报奖励', '合计'],
  styles:
    '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
    '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
  definedNames: '<definedName name="_xlnm.Print_Area" localSheetId="0">预算表!$A$1:$C$5</definedName><definedName name="预算合计">预算表!$B$5</definedName>',
  sheets: [
    {
      name: '预算表',
      body:
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v>100</v></c><c r="C3"><v>90</v></c></row><row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4"><v>250000000</v></c><c r="C4"><v>0</v></c></row>' +
        '<row r="5"><c r="A5" t="s"><v>6</v></c><c r="B5"><f>SUM(B3:B4)</f><v>250000100</v></c><c r="C5"><f>SUM(C3:C4)</f><v>90</v></c><c r="D5" s="1"><v>70.42</v></c></row></sheetData>' +
        '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>',
      rels: `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="${REL}/comments" Target="../comments1.xml"/>`,
    },
  ],
  workbookRels: `<Relationship Id="rId10" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rId11" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
  parts: {
    'xl/drawings/drawing1.xml': '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor/></xdr:wsDr>',
    'xl/drawings/_rels/drawing1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>预算表!$B$3:$B$4</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>',
    'xl/drawings/vmlDrawing1.vml': '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape/></xml>',
    'xl/comments1.xml': '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>财务科</author></authors><commentList><comment ref="B4" authorId="0"><text><t>待核实</t></text></comment></commentList></comments>',
    'xl/pivotCache/pivotCacheDefinition1.xml': '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="1"><cacheSource type="worksheet"><worksheetSource ref="A2:C4" sheet="预算表"/></cacheSource><cacheFields count="1"><cacheField name="项目名称"/></cacheFields></pivotCacheDefinition>',
    'xl/vbaProject.bin': 'VBA\u0000project bytes',
  },
};

let dir: string;
let cleanup: () => Promise<void>;
let input: string;
let output: string;

async function evaluateInto(from: string, to: string): Promise<void> {
  const opened = await openWorkbook(from);
  const models = buildOutputSheets(evaluateWorkbook(opened.snapshot), 'zh-CN', RUN_TIME);
  await writeOutputWorkbook(opened, models, to);
}

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  return out;
}

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  input = await writeRaw(dir, 'in.xlsx', BOOK);
  output = join(dir, 'out.xlsx');
  await evaluateInto(input, output);
});
afterAll(() => cleanup());

describe('--out: the user’s parts', () => {
  it('are in OUT byte for byte, the chart, pivot cache, comment, drawing and VBA project included', async () => {
    const [before, after] = [await parts(input), await parts(output)];
    for (const [name, bytes] of before) {
      if (EDITED.includes(name)) continue;
      expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
    }
    const added = [...after.keys()].filter((name) => !before.has(name));
    expect(added.sort()).toEqual(['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml', 'xl/worksheets/sheet6.xml']);
  });

  it('keep their values: 70.42 under a date format, 250 000 000, the formulas and the user’s defined names', async () => {
    const sheet = (await parts(output)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toContain('<c r="D5" s="1"><v>70.42</v></c>');
    expect(sheet).toContain('<c r="B4"><v>250000000</v></c>');
    const workbook = (await parts(output)).get('xl/workbook.xml')!.toString();
    expect(workbook).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">预算表!$A$1:$C$5</definedName><definedName name="预算合计">预算表!$B$5</definedName>');
    expect(workbook).toContain('<definedName name="BudgetPerf_Output_overview">\'自评_总览\'!$A$1</definedName>');
  });

  it('edit workbook.xml only in its sheet list and defined names, and styles.xml only by adding to it', async () => {
    const [before, after] = [await parts(input), await parts(output)];
    const strip = (xml: string) => xml.replace(/<sheets>.*<\/sheets>/, '').replace(/<definedNames>.*<\/definedNames>/, '');
    expect(strip(after.get('xl/workbook.xml')!.toString())).toBe(strip(before.get('xl/workbook.xml')!.toString()));
    const styles = after.get('xl/styles.xml')!.toString();
    expect(styles).toContain('<cellXfs count="');
    expect(styles.startsWith(before.get('xl/styles.xml')!.toString().split('<cellXfs')[0].split('<numFmts')[0])).toBe(true);
    expect(styles).toContain('<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
  });

  it('open in ExcelJS with our five sheets after the user’s, marked, and evaluate as IN did', async () => {
    const workbook = await loadWorkbook(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['预算表', ...Object.values(OUTPUT_SHEET_NAMES)]);
    const [a, b] = [await readWorkbook(input), await readWorkbook(output)];
    expect(evaluateWorkbook(b).evaluations).toEqual(evaluateWorkbook(a).evaluations);
  });

  it('stay byte for byte through a second run, which replaces our sheets and adds no style', async () => {
    const again = join(dir, 'again.xlsx');
    await evaluateInto(output, again);
    const [first, second, original] = [await parts(output), await parts(again), await parts(input)];
    for (const [name, bytes] of original) if (!EDITED.includes(name)) expect({ name, same: second.get(name)?.equals(bytes) }).toEqual({ name, same: true });
    expect(second.get('xl/styles.xml')!.equals(first.get('xl/styles.xml')!)).toBe(true);
    // The same workbook part but for the ids our new sheets were given.
    const ids = (xml: string) => xml.replace(/sheetId="\d+" r:id="rId\d+"/g, 'ids');
    expect(ids(second.get('xl/workbook.xml')!.toString())).toBe(ids(first.get('xl/workbook.xml')!.toString()));
    expect((await loadWorkbook(again)).worksheets.map((w) => w.name)).toEqual(['预算表', ...Object.values(OUTPUT_SHEET_NAMES)]);
  });
});
