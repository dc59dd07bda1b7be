import { OutputReplaceError, OutputSheetConflictError, replaceOutputSheets, type OutputSheetId, type SheetModel } from '../../../src/core';
import { markerFor, planReplace, tempMarkerFor } from '../../../src/core/output';
import { FakeWorkbookPort, type FakeSheet } from './FakeWorkbookPort';

const NAMES: Record<OutputSheetId, string> = {
  overview: '自评_总览', budget: '自评_预算执行', indicators: '自评_绩效指标', form: '自评_自评表', report: '自评_报告',
};

/** Five small models standing for one run's sheets; `run` tells two runs apart. */
function models(run: number): SheetModel[] {
  return (Object.keys(NAMES) as OutputSheetId[]).map((id) => ({
    id,
    name: NAMES[id],
    columns: [{ width: 10 }],
    rowHeights: [],
    cells: [{ row: 0, col: 0, value: `run ${run}`, style: 'text' }],
    merges: [],
    print: { orientation: 'portrait', fitToWidth: true },
  }));
}

const USER: FakeSheet[] = [{ name: '预算执行表', content: 'budget' }, { name: '绩效指标表', content: 'indicators' }];
const userSheets = () => USER.map((s) => ({ ...s }));
const runOf = (sheet: FakeSheet | undefined) => (sheet && typeof sheet.content === 'object' && sheet.content ? sheet.content.cells[0].value : null);

/** A workbook after one successful run. */
async function afterFirstRun(failAt?: ConstructorParameters<typeof FakeWorkbookPort>[2]): Promise<FakeWorkbookPort> {
  const first = new FakeWorkbookPort(userSheets());
  await replaceOutputSheets(first, models(1));
  return new FakeWorkbookPort(first.sheets, Object.fromEntries(first.markers), failAt);
}

describe('replaceOutputSheets', () => {
  it('adds the five sheets after the user’s, each marked as ours, none left temporary', async () => {
    const port = new FakeWorkbookPort(userSheets());
    await replaceOutputSheets(port, models(1));
    expect(port.names).toEqual(['预算执行表', '绩效指标表', ...Object.values(NAMES)]);
    expect(Object.fromEntries(port.markers)).toEqual(
      Object.fromEntries((Object.keys(NAMES) as OutputSheetId[]).map((id) => [markerFor(id), NAMES[id]])),
    );
    expect(port.sheets.slice(0, 2)).toEqual(USER);
  });

  it('replaces the previous run’s sheets only after every new one is written, keeping one copy of each', async () => {
    const port = await afterFirstRun();
    await replaceOutputSheets(port, models(2));
    expect(port.names).toEqual(['预算执行表', '绩效指标表', ...Object.values(NAMES)]);
    expect(port.sheets.slice(2).map(runOf)).toEqual(Array(5).fill('run 2'));
    const lastWrite = port.calls.map((c) => c.startsWith('writeSheet')).lastIndexOf(true);
    const firstDelete = port.calls.findIndex((c) => c.startsWith('deleteSheet'));
    expect(lastWrite).toBeLessThan(firstDelete);
    expect([...port.markers.keys()].filter((m) => m.includes('Temp'))).toEqual([]);
  });

  it.each<[string, keyof FakeWorkbookPort & string, number]>([
    ['adding the 4th sheet', 'addSheet', 4],
    ['writing the 3rd sheet', 'writeSheet', 3],
    ['writing the last sheet', 'writeSheet', 5],
    ['marking the 1st sheet', 'setMarker', 1],
    ['committing the new sheets', 'flush', 1],
  ])('leaves the previous sheets as they were when %s fails', async (_what, call, n) => {
    const port = await afterFirstRun({ call: call as 'addSheet', n });
    const before = { names: port.names, markers: new Map(port.markers) };
    const error = await replaceOutputSheets(port, models(2)).catch((e: unknown) => e as OutputReplaceError) as OutputReplaceError;
    expect(error.message).toBe(`injected failure at ${call} #${n}`);
    expect(error.outcome).toEqual({ updated: [], kept: Object.values(NAMES), missing: [], leftovers: [] });
    expect(error.messageIn('zh-CN', 'GeneralException')).toBe('Excel 未能完成结果工作表的写入（GeneralException）。已核对：原有的“自评_”工作表保持不变，可以再试一次。');
    expect(port.names).toEqual(before.names);
    expect(port.markers).toEqual(before.markers);
    expect(port.sheets.slice(2).map(runOf)).toEqual(Array(5).fill('run 1'));
  });

  it('reports both failures when the temporary sheets cannot be deleted either, and the next run deletes them', async () => {
    const port = await afterFirstRun();
    const before = port.names;
    const failing = new FakeWorkbookPort(port.sheets, Object.fromEntries(port.markers), { call: 'writeSheet', n: 2 });
    failing.deleteSheet = async () => {
      throw new Error('cannot delete');
    };
    const error: unknown = await replaceOutputSheets(failing, models(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputReplaceError);
    expect((error as OutputReplaceError).message).toBe('injected failure at writeSheet #2');
    expect((error as OutputReplaceError).outcome).toEqual({ updated: [], kept: Object.values(NAMES), missing: [], leftovers: ['~自评_总览', '~自评_预算执行'] });
    expect(failing.names).toEqual([...before, '~自评_总览', '~自评_预算执行']);

    const next = new FakeWorkbookPort(failing.sheets, Object.fromEntries(failing.markers));
    await replaceOutputSheets(next, models(3));
    expect(next.names).toEqual(['预算执行表', '绩效指标表', ...Object.values(NAMES)]);
    expect(next.sheets.slice(2).map(runOf)).toEqual(Array(5).fill('run 3'));
  });

  it.each<[keyof FakeWorkbookPort & string, number]>([
    ['renameSheet', 2],
    ['setMarker', 7],
    ['removeMarker', 1],
    ['flush', 2],
  ])('finishes on the next run what a run stopped during the swap (%s #%i) left', async (call, n) => {
    const port = await afterFirstRun({ call: call as 'renameSheet', n });
    await expect(replaceOutputSheets(port, models(2))).rejects.toThrow('injected failure');
    const next = new FakeWorkbookPort(port.sheets, Object.fromEntries(port.markers));
    await replaceOutputSheets(next, models(3));
    expect(next.names).toEqual(['预算执行表', '绩效指标表', ...Object.values(NAMES)]);
    expect(next.sheets.slice(2).map(runOf)).toEqual(Array(5).fill('run 3'));
    expect([...next.markers.keys()].sort()).toEqual((Object.keys(NAMES) as OutputSheetId[]).map(markerFor).sort());
  });

  it('refuses, before any change, when a sheet of the user’s has one of the names', async () => {
    const port = new FakeWorkbookPort([...userSheets(), { name: '自评_总览', content: 'the user’s own notes' }]);
    const error: unknown = await replaceOutputSheets(port, models(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputSheetConflictError);
    expect((error as OutputSheetConflictError).sheet).toBe('自评_总览');
    expect((error as Error).message).toBe(
      '工作簿中已有名为“自评_总览”的工作表，但它不是绩效自评助手生成的：为免覆盖，没有写入任何结果。请将该工作表改名或移到其他工作簿后重试',
    );
    expect((error as OutputSheetConflictError).messageIn('en')).toMatch(/^the workbook already has a sheet called "自评_总览"/);
    expect(port.calls).toEqual([]);
  });

  it('keeps a sheet of ours that the user renamed, as the user’s from then on', async () => {
    const port = await afterFirstRun();
    await port.renameSheet('自评_总览', '我的总览');
    await replaceOutputSheets(port, models(2));
    expect(port.names).toEqual(['预算执行表', '绩效指标表', '我的总览', ...Object.values(NAMES)]);
    expect(runOf(port.sheets[2])).toBe('run 1');
    expect(port.markers.get(markerFor('overview'))).toBe('自评_总览');
  });
});

describe('planReplace', () => {
  const [overview] = models(1);

  it('compares names without regard to case, as Excel does', () => {
    const ascii = { ...overview, name: 'Result' };
    expect(() => planReplace(['RESULT'], [], [ascii])).toThrow(OutputSheetConflictError);
    expect(planReplace(['RESULT'], [{ marker: markerFor('overview'), sheet: 'RESULT' }], [ascii]).previous).toEqual(['RESULT']);
  });

  it('picks a temporary name no sheet has', () => {
    const plan = planReplace(['~自评_总览', '~自评_总览2'], [], [overview]);
    expect(plan.writes.map((w) => w.temp)).toEqual(['~自评_总览3']);
  });

  it('takes a temporary sheet left by a failed run for a leftover, not for the previous result', () => {
    const plan = planReplace(['~自评_总览', '自评_总览'], [
      { marker: tempMarkerFor('overview'), sheet: '~自评_总览' },
      { marker: markerFor('overview'), sheet: '自评_总览' },
    ], [overview]);
    expect(plan).toEqual({ leftovers: ['~自评_总览'], previous: ['自评_总览'], writes: [{ model: overview, temp: '~自评_总览', previous: '自评_总览', retired: '~旧自评_总览' }], staleMarkers: [] });
  });

  it('takes a final name still marked temporary (a run stopped while renaming) for a previous result', () => {
    const plan = planReplace(['自评_总览'], [{ marker: tempMarkerFor('overview'), sheet: '自评_总览' }], [overview]);
    expect(plan).toEqual({ leftovers: [], previous: ['自评_总览'], writes: [{ model: overview, temp: '~自评_总览', previous: '自评_总览', retired: '~旧自评_总览' }], staleMarkers: [] });
  });

  it('is not fooled by a marker whose sheet is gone, nor by a defined name that is not ours', () => {
    const markers = [{ marker: markerFor('overview'), sheet: '已删除' }, { marker: 'Other_Name', sheet: '自评_总览' }];
    expect(() => planReplace(['自评_总览'], markers, [overview])).toThrow(OutputSheetConflictError);
    expect(planReplace(['预算表'], markers, [overview])).toEqual({
      leftovers: [], previous: [], writes: [{ model: overview, temp: '~自评_总览', previous: null, retired: '~旧自评_总览' }], staleMarkers: [markerFor('overview')],
    });
  });
});

describe('replaceOutputSheets: a run stopped after any of its changes', () => {
  /** Every change the second run makes, counted on a run that goes through. */
  async function changesOfASecondRun(): Promise<number> {
    const port = await afterFirstRun();
    await replaceOutputSheets(port, models(2));
    return port.calls.filter((c) => !/^(flush|listSheets)/.test(c)).length;
  }

  /** Fails the k-th change (of any kind) of a second run. */
  function failingAt(port: FakeWorkbookPort, k: number): void {
    let n = 0;
    for (const method of ['addSheet', 'writeSheet', 'deleteSheet', 'renameSheet', 'setMarker', 'removeMarker'] as const) {
      const original = port[method].bind(port) as (...args: unknown[]) => Promise<void>;
      port[method] = (async (...args: unknown[]) => {
        if (++n === k) throw new Error(`stopped at change ${k}`);
        return original(...args);
      }) as never;
    }
  }

  it('keeps each result, old or new, somewhere; says what it verified; and the next run tidies up', async () => {
    const changes = await changesOfASecondRun();
    expect(changes).toBeGreaterThan(30);
    for (let k = 1; k <= changes; k++) {
      const port = await afterFirstRun();
      failingAt(port, k);
      const error = await replaceOutputSheets(port, models(2)).catch((e: unknown) => e as OutputReplaceError) as OutputReplaceError;
      expect(error).toBeInstanceOf(OutputReplaceError);
      // Nothing lost: every sheet's previous or new content is still in the workbook.
      const runs = (id: OutputSheetId) => port.sheets.filter((s) => typeof s.content === 'object' && s.content?.id === id).map(runOf);
      for (const id of Object.keys(NAMES) as OutputSheetId[]) {
        expect([k, id, runs(id).length > 0]).toEqual([k, id, true]);
        // An old sheet is deleted only once its replacement has the name.
        if (!runs(id).includes('run 1')) expect([k, runOf(port.sheets.find((s) => s.name === NAMES[id]))]).toEqual([k, 'run 2']);
      }
      // What it says is what the workbook shows.
      const { outcome } = error;
      for (const name of outcome?.updated ?? []) expect([k, runOf(port.sheets.find((s) => s.name === name))]).toEqual([k, 'run 2']);
      for (const name of outcome?.kept ?? []) expect([k, runOf(port.sheets.find((s) => s.name === name))]).toEqual([k, 'run 1']);
      for (const name of outcome?.missing ?? []) expect(port.names).not.toContain(name);

      const next = new FakeWorkbookPort(port.sheets, Object.fromEntries(port.markers));
      await replaceOutputSheets(next, models(3));
      expect([k, next.names]).toEqual([k, ['预算执行表', '绩效指标表', ...Object.values(NAMES)]]);
      expect(next.sheets.slice(2).map(runOf)).toEqual(Array(5).fill('run 3'));
      expect([...next.markers.keys()].sort()).toEqual((Object.keys(NAMES) as OutputSheetId[]).map(markerFor).sort());
    }
  });
});
