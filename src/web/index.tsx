/**
 * The offline page's boot. The page's loader runs this script only where it can run; here: start the engine's
 * worker and show the page in the browser's language, or say plainly why the worker could not start.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFor } from '../core';
import { PaneProvider } from '../taskpane/PaneProvider';
import { PlainNotice } from '../taskpane/components/PlainNotice';
import { startEngine, type EngineClient } from './engineClient';
import { WebApp } from './WebApp';

const container = document.getElementById('root');
if (!container) throw new Error('the page has no #root element');
const root = createRoot(container);
const language = languageFor(navigator.language);
let engine: EngineClient | null = null;
let reason = '';
try {
  engine = startEngine();
} catch (error) {
  console.error(error);
  reason = error instanceof Error ? error.message : String(error);
}
root.render(
  <StrictMode>
    {engine ? (
      <WebApp engine={engine} initialLanguage={language} />
    ) : (
      <PaneProvider language={language}>
        <PlainNotice title="web.title" lines={[{ key: 'web.noWorker', params: { reason } }]} />
      </PaneProvider>
    )}
  </StrictMode>,
);
