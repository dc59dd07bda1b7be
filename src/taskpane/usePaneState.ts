import { useCallback, useEffect, useRef, useState } from 'react';
import { cellPlace, type CellContext, type ColumnMapping, type Language, type Settings, type TableField, type TableSummary } from '../core';
import { applyColumnChoice } from './columnChoice';
import type { MissingFeature, RecalcProgress, RecalcResult, StoredSettings, WorkbookSession } from '../excel';

export interface PendingColumn {
  readonly tableKey: string;
  readonly field: TableField;
  readonly column: string | null;
}

export interface PaneState {
  /** True until the first inspect() has answered. */
  readonly loading: boolean;
  readonly mergesSupported: boolean;
  /** What this Excel cannot do (no result sheets, no stored settings, no merges), for the pane to say. */
  readonly missing: readonly MissingFeature[];
  /** The tables found, once the workbook has been read (`null` when reading it failed: not "no tables"). */
  readonly tables: readonly TableSummary[] | null;
  readonly stored: StoredSettings;
  readonly result: { readonly value: RecalcResult; readonly language: Language } | null;
  readonly running: boolean;
  /** The last recalculation failed: `result`, if any, is from the one before and is shown as such. */
  readonly failed: boolean;
  readonly progress: RecalcProgress | null;
  /** A column correction being saved; the picker shows it until the workbook has been read again. */
  readonly pendingColumn: PendingColumn | null;
  /** The last error, as the session worded it. */
  readonly error: string | null;
  /** Where there is no sheet to select (the web page): the row of the flag last clicked, shown under it. */
  readonly cellDetail: { readonly ref: string; readonly context: CellContext } | null;
}

export interface PaneActions {
  recalculate(language: Language): void;
  chooseColumn(tableKey: string, field: TableField, column: string | null): void;
  changeSettings(settings: Partial<Settings>): void;
  goToCell(ref: string, language: Language): void;
  dismissError(): void;
}

const NOTHING_STORED: StoredSettings = { settings: {}, columns: {} };

/**
 * Where the pane's state lives, and the only caller of the session: a thin adapter (STYLE.md). Every
 * rejection of the session ends up in `error`, shown in a MessageBar, and in the console with its stack.
 */
export function usePaneState(session: WorkbookSession, language: Language): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>({
    loading: true,
    mergesSupported: true,
    missing: [],
    failed: false,
    tables: null,
    stored: NOTHING_STORED,
    result: null,
    running: false,
    progress: null,
    pendingColumn: null,
    error: null,
    cellDetail: null,
  });
  const live = useRef(true);
  const stored = useRef<StoredSettings>(NOTHING_STORED);
  // The language the session words its errors in: the pane's, as it is when the call is made.
  const words = useRef(language);
  words.current = language;
  // The last save of the settings: a recalculation waits for it, since it reads them from the workbook.
  const saved = useRef<Promise<unknown>>(Promise.resolve());
  const update = useCallback((change: (previous: PaneState) => Partial<PaneState>) => {
    if (live.current) setState((previous) => ({ ...previous, ...change(previous) }));
  }, []);
  const fail = useCallback(
    (error: unknown, extra: Partial<PaneState> = {}) => {
      console.error(error);
      update(() => ({ ...extra, error: error instanceof Error ? error.message : String(error) }));
    },
    [update],
  );
  const store = useCallback(
    (next: StoredSettings) => {
      stored.current = next;
      update(() => ({ stored: next }));
    },
    [update],
  );

  useEffect(() => {
    live.current = true;
    session.inspect(words.current).then(
      (workbook) => {
        stored.current = workbook.stored;
        update(() => ({ loading: false, tables: workbook.tables, stored: workbook.stored, mergesSupported: workbook.mergesSupported, missing: workbook.missing }));
      },
      (error: unknown) => fail(error, { loading: false }),
    );
    return () => {
      live.current = false;
    };
  }, [session, update, fail]);

  const recalculate = useCallback(
    (language: Language) => {
      update(() => ({ running: true, progress: { step: 'read', done: 0, total: 0 }, error: null }));
      saved.current
        .catch(() => undefined)
        .then(() => session.recalculate(language, (progress) => update(() => ({ progress }))))
        .then(
        (value) => update(() => ({ running: false, failed: false, progress: null, result: { value, language }, tables: value.tables, cellDetail: null })),
        (error: unknown) => fail(error, { running: false, failed: true, progress: null }),
      );
    },
    [session, update, fail],
  );

  const chooseColumn = useCallback(
    (tableKey: string, field: TableField, column: string | null) => {
      const columns: ColumnMapping = applyColumnChoice(stored.current.columns, tableKey, field, column);
      store({ ...stored.current, columns });
      update(() => ({ pendingColumn: { tableKey, field, column }, error: null }));
      saved.current = session.saveSettings(stored.current, words.current);
      saved.current
        .then(() => session.inspect(words.current))
        .then(
          (workbook) => update(() => ({ pendingColumn: null, tables: workbook.tables, mergesSupported: workbook.mergesSupported })),
          (error: unknown) => fail(error, { pendingColumn: null }),
        );
    },
    [session, store, update, fail],
  );

  const changeSettings = useCallback(
    (settings: Partial<Settings>) => {
      store({ ...stored.current, settings });
      saved.current = session.saveSettings(stored.current, words.current);
      saved.current.catch((error: unknown) => fail(error));
    },
    [session, store, fail],
  );

  const goToCell = useCallback(
    (ref: string, language: Language) => {
      const target = cellPlace(ref);
      if (!target) return;
      if (session.describeCell) {
        session.describeCell(target.sheet, target.cell, language).then(
          (context) => update((previous) => ({ cellDetail: previous.cellDetail?.ref === ref ? null : { ref, context } })),
          (error: unknown) => fail(error),
        );
      } else session.selectCell(target.sheet, target.cell, language).catch((error: unknown) => fail(error));
    },
    [session, fail],
  );

  const dismissError = useCallback(() => update(() => ({ error: null })), [update]);

  return [state, { recalculate, chooseColumn, changeSettings, goToCell, dismissError }];
}
