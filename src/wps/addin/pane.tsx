/**
 * The task pane in WPS 表格: the same App as in Excel, over the WPS session; in a plain browser (no
 * `Application`), a notice that says where to open it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFor } from '../../core';
import { App } from '../../taskpane/App';
import { PaneProvider } from '../../taskpane/PaneProvider';
import { PlainNotice } from '../../taskpane/components/PlainNotice';
import { createWpsSession } from '../createWpsSession';
import { wpsApplication } from '../wpsApplication';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const app = wpsApplication();
createRoot(container).render(
  <StrictMode>
    {app ? (
      <App session={createWpsSession(() => app, { now: () => new Date() })} initialLanguage={languageFor(navigator.language)} />
    ) : (
      <PaneProvider language="zh-CN">
        <PlainNotice title="wps.notInWps.title" lines={[{ key: 'wps.notInWps.body' }]} />
      </PaneProvider>
    )}
  </StrictMode>,
);
