import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Field,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { paneCopies, type Language } from '../core';
import { CopyPanel } from './components/CopyPanel';
import { ErrorBar } from './components/ErrorBar';
import { FirstRun } from './components/FirstRun';
import { FlagList } from './components/FlagList';
import { FormPicker } from './components/FormPicker';
import { PaneHeader } from './components/PaneHeader';
import { RecalculatePanel } from './components/RecalculatePanel';
import { ScoreSummary } from './components/ScoreSummary';
import { SettingsPanel } from './components/SettingsPanel';
import { TablesPanel } from './components/TablesPanel';
import { browserFirstRunMemory, type FirstRunMemory } from './firstRunMemory';
import { PaneProvider } from './PaneProvider';
import { sayIn } from './say';
import type { WorkbookSession } from '../excel';
import { usePaneState } from './usePaneState';

export interface AppProps {
  /** The workbook: the Office.js session in Excel, any other implementation in tests. */
  session: WorkbookSession;
  /** From Office's display language; the user may switch. */
  initialLanguage: Language;
  /** False on an Excel without ExcelApi 1.9, which cannot write the result sheets: 重新计算 is then disabled. */
  canWrite?: boolean;
  firstRun?: FirstRunMemory;
  /**
   * The web page: the results go into a download (`resultActions` offers it, under the score), and a flag's
   * click shows its row instead of selecting a cell. Excel and WPS write into the workbook itself.
   */
  inFile?: { readonly header: ReactNode; readonly resultActions: ReactNode };
  /** Called when the user switches language, for a shell that words things of its own around the pane. */
  onLanguage?: (language: Language) => void;
}

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The task pane: it arranges the panels and keeps the UI state; the session does the work. */
export function App({ session, initialLanguage, canWrite = true, firstRun = browserFirstRunMemory, inFile, onLanguage }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [showFirstRun, setShowFirstRun] = useState(() => !firstRun.seen());
  const say = useMemo(() => sayIn(language), [language]);
  const [state, actions] = usePaneState(session, language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = say('pane.title');
  }, [language, say]);

  const result = state.result;
  const [picked, setPicked] = useState(0);
  useEffect(() => setPicked(0), [result]);
  const evaluations = result?.value.evaluation.evaluations ?? [];
  const index = Math.min(picked, evaluations.length - 1);
  const shown = evaluations[index];
  const views = result?.value.views?.[index];
  // The copy buttons copy the form shown: its own 自评表 grid and paragraphs, in the language of the run.
  const copies = useMemo(() => (shown && result ? (views?.copies ?? paneCopies(shown, result.language)) : null), [shown, result, views]);
  return (
    <PaneProvider language={language}>
      {inFile?.header}
      <PaneHeader
        language={language}
        onLanguage={(next) => {
          setLanguage(next);
          onLanguage?.(next);
        }}
        say={say}
      />
      {showFirstRun ? (
        <FirstRun
          say={say}
          onStart={() => {
            firstRun.remember();
            setShowFirstRun(false);
          }}
        />
      ) : (
        <main className={styles.main}>
          {state.error !== null ? <ErrorBar message={state.error} say={say} onDismiss={actions.dismissError} /> : null}
          {!canWrite ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{say('pane.cannotWrite')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {state.loading ? (
            <Field validationMessage={say('pane.loading')} validationState="none">
              <ProgressBar />
            </Field>
          ) : null}
          <RecalculatePanel
            say={say}
            disabled={state.loading || !canWrite}
            running={state.running}
            progress={state.progress}
            done={result !== null}
            failed={state.failed}
            doneKey={inFile ? 'web.recalculate.done' : 'pane.recalculate.done'}
            onRecalculate={() => actions.recalculate(language)}
          />
          {result && !shown ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{say('forms.none')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {result && state.failed ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{say('pane.recalculate.stale')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {result && shown && copies ? (
            <>
              {evaluations.length > 1 ? <FormPicker evaluations={evaluations} selected={picked} say={say} onSelect={setPicked} /> : null}
              <ScoreSummary evaluation={shown} say={say} />
              {inFile?.resultActions}
              <FlagList
                flags={shown.flags}
                worded={views && result ? { language: result.language, groups: views.flags } : undefined}
                language={language}
                say={say}
                onGoTo={(cell) => actions.goToCell(cell, language)}
                rows={inFile ? { detail: state.cellDetail } : undefined}
              />
              <Divider />
              <CopyPanel say={say} formTsv={copies.formTsv} sections={copies.sections} otherLanguage={result.language !== language} />
              <Divider />
            </>
          ) : null}
          {!state.mergesSupported ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{say('pane.mergesUnsupported')}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Accordion multiple collapsible defaultOpenItems={['tables']}>
            {state.tables ? (
              <AccordionItem value="tables">
                <AccordionHeader as="h2">{say('pane.tables.heading', { count: state.tables.length })}</AccordionHeader>
                <AccordionPanel>
                  <TablesPanel tables={state.tables} say={say} pending={state.pendingColumn} onChoose={actions.chooseColumn} />
                </AccordionPanel>
              </AccordionItem>
            ) : null}
            <AccordionItem value="settings">
              <AccordionHeader as="h2">{say('pane.settings.heading')}</AccordionHeader>
              <AccordionPanel>
                <SettingsPanel say={say} settings={state.stored.settings} onChange={actions.changeSettings} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </main>
      )}
    </PaneProvider>
  );
}
