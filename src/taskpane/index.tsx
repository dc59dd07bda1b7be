/**
 * The pane's boot. taskpane.html's loader adds this script only where it can run and office.js has loaded;
 * here: wait for Office, then the pane in Office's language, or a plain notice when the page is opened outside
 * Excel or Office could not start.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFor } from '../core';
import { createOfficeSession, whenOfficeReady, type OfficeReady } from '../excel';
import { App } from './App';
import { PaneProvider } from './PaneProvider';
import { PlainNotice } from './components/PlainNotice';

function render(node: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
}

async function boot(): Promise<void> {
  let ready: OfficeReady;
  try {
    ready = await whenOfficeReady();
  } catch (error) {
    // Office refused to start (office.js itself missing is the loader's notice): say so, in both languages.
    console.error(error);
    const reason = error instanceof Error ? error.message : String(error);
    render(
      <PaneProvider language="zh-CN">
        <PlainNotice title="pane.title" lines={[{ key: 'pane.boot.failed', params: { reason } }, { key: 'pane.boot.hint' }]} />
      </PaneProvider>,
    );
    return;
  }
  if (!ready.inExcel) {
    // A plain browser (Office.onReady gave no host): not an error, so nothing on the console.
    render(
      <PaneProvider language="zh-CN">
        <PlainNotice title="pane.notInExcel.title" lines={[{ key: 'pane.notInExcel.body' }]} />
      </PaneProvider>,
    );
    return;
  }
  render(<App session={createOfficeSession()} initialLanguage={languageFor(ready.displayLanguage)} canWrite={ready.canWrite} />);
}

boot().catch((error: unknown) => console.error(error));
