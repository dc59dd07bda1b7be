import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { sayIn, type Language } from '../core';
import type { WorkbookSession } from '../excel/WorkbookSession';
import { App } from '../taskpane/App';
import { ErrorBar } from '../taskpane/components/ErrorBar';
import { PaneHeader } from '../taskpane/components/PaneHeader';
import type { FirstRunMemory } from '../taskpane/firstRunMemory';
import { PaneProvider } from '../taskpane/PaneProvider';
import { FilePicker } from './components/FilePicker';
import { ReviewView, type ReviewState } from './components/ReviewView';
import { saveDownload } from './download';
import type { EngineClient } from './engineClient';
import { fileSession } from './fileSession';
import { workbooksOf, type PickedFile } from './pickedFiles';

const useStyles = makeStyles({
  page: { maxWidth: '760px', margin: '0 auto' },
  wide: { maxWidth: '1400px', margin: '0 auto' },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  fileBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  download: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The page explains itself on the start screen: the pane's first-run card is not shown again. */
const SEEN: FirstRunMemory = { seen: () => true, remember: () => undefined };

type Mode =
  | { readonly kind: 'pick' }
  | { readonly kind: 'one'; readonly name: string; readonly session: WorkbookSession }
  | { readonly kind: 'many'; readonly review: ReviewState };

/** The offline page: choose or drop workbooks; one is evaluated in the pane, several are reviewed into a summary. */
export function WebApp({ engine, initialLanguage }: { engine: EngineClient; initialLanguage: Language }) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const say = useMemo(() => sayIn(language), [language]);
  const [mode, setMode] = useState<Mode>({ kind: 'pick' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const failed = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  const pick = useCallback(
    (picked: PickedFile[]) => {
      const workbooks = workbooksOf(picked);
      setError(null);
      if (workbooks.length === 0) setError(say('web.pick.none'));
      else if (workbooks.length === 1) {
        setBusy(true);
        openOne(engine, workbooks[0], language)
          .then(() => setMode({ kind: 'one', name: workbooks[0].name, session: fileSession(engine) }), failed)
          .finally(() => setBusy(false));
      } else reviewMany(engine, workbooks, language, (review) => setMode({ kind: 'many', review })).catch(failed);
    },
    [engine, language, say, failed],
  );

  const download = useCallback(
    (call: 'download' | 'reviewSummary') => {
      setError(null);
      engine.call(call, { lang: language }).then(saveDownload, (e: unknown) => failed(new Error(say('web.download.failed', { reason: e instanceof Error ? e.message : String(e) }))));
    },
    [engine, language, say, failed],
  );

  const errorBar = error === null ? null : <ErrorBar message={error} say={say} onDismiss={() => setError(null)} />;
  if (mode.kind === 'one') {
    return (
      <div className={styles.page}>
        <App
          key={mode.name}
          session={mode.session}
          initialLanguage={language}
          onLanguage={setLanguage}
          firstRun={SEEN}
          inFile={{
            header: (
              <div className={styles.fileBar}>
                <Body1>{say('web.file.opened', { name: mode.name })}</Body1>
                <Button onClick={() => setMode({ kind: 'pick' })}>{say('web.pick.another')}</Button>
              </div>
            ),
            resultActions: (
              <div className={styles.download}>
                {errorBar}
                <Button appearance="primary" onClick={() => download('download')}>
                  {say('web.download.result')}
                </Button>
                <Body1>{say('web.download.resultHint')}</Body1>
              </div>
            ),
          }}
        />
      </div>
    );
  }
  return (
    <PaneProvider language={language}>
      <div className={mode.kind === 'many' ? styles.wide : styles.page}>
        <PaneHeader language={language} onLanguage={setLanguage} say={say} />
        <main className={styles.main}>
          <Body1>{say('web.tagline')}</Body1>
          {errorBar}
          {mode.kind === 'many' ? (
            <>
              <ReviewView review={mode.review} say={say} onDownload={() => download('reviewSummary')} />
              <Button onClick={() => setMode({ kind: 'pick' })}>{say('web.pick.another')}</Button>
            </>
          ) : (
            <FilePicker say={say} onPick={pick} busy={busy} />
          )}
          {busy ? (
            <MessageBar intent="info">
              <MessageBarBody>{say('pane.loading')}</MessageBarBody>
            </MessageBar>
          ) : null}
        </main>
      </div>
    </PaneProvider>
  );
}

async function openOne(engine: EngineClient, picked: PickedFile, lang: Language): Promise<void> {
  const bytes = await picked.file.arrayBuffer();
  await engine.call('open', { bytes, name: picked.name, lang }, { transfer: [bytes] });
}

/** The files one after another (one in memory at a time), the table growing as each is read. */
async function reviewMany(engine: EngineClient, files: readonly PickedFile[], lang: Language, show: (review: ReviewState) => void): Promise<void> {
  let review: ReviewState = { rows: [], unreadable: [], files: files.length, progress: { done: 0, name: files[0].name } };
  show(review);
  await engine.call('reviewStart', {});
  for (const [i, picked] of files.entries()) {
    review = { ...review, progress: { done: i, name: picked.name } };
    show(review);
    const bytes = await picked.file.arrayBuffer();
    const outcome = await engine.call('reviewFile', { bytes, name: picked.name, lang }, { transfer: [bytes] });
    review = 'unreadable' in outcome ? { ...review, unreadable: [...review.unreadable, { file: outcome.file, reason: outcome.unreadable }] } : { ...review, rows: [...review.rows, ...outcome.rows] };
  }
  show({ ...review, progress: null });
}
