/**
 * The web page's worker: the engine off the page's thread, so that reading and evaluating a 20 000-line
 * workbook never freezes the page. Each request is answered once (its value, or its failure in the user's
 * words); a recalculation reports its steps as it goes. A download's bytes are transferred, not copied.
 */
import { formatMessage, type Language } from '../../core';
import { EngineError, FileEngine, reasonOf } from './FileEngine';
import type { EngineCall, EngineCalls, EngineMessage, EngineRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: { data: EngineRequest }) => void) | null;
  postMessage(message: EngineMessage, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
const engine = new FileEngine(() => new Date());

type Handlers = { [K in EngineCall]: (args: EngineCalls[K]['args'], id: number) => EngineCalls[K]['reply'] | Promise<EngineCalls[K]['reply']> };

const handlers: Handlers = {
  open: ({ bytes, name, lang }) => {
    engine.open(new Uint8Array(bytes), name, lang);
    return null;
  },
  inspect: ({ lang }) => engine.inspect(lang),
  recalculate: ({ lang }, id) => engine.recalculate(lang, (progress) => scope.postMessage({ id, kind: 'progress', progress })),
  describeCell: ({ sheet, cell, lang }) => engine.describeCell(sheet, cell, lang),
  saveSettings: ({ stored }) => {
    engine.saveSettings(stored);
    return null;
  },
  download: ({ lang }) => engine.download(lang),
  reviewStart: () => {
    engine.reviewStart();
    return null;
  },
  reviewFile: ({ bytes, name, lang }) => engine.reviewFile(new Uint8Array(bytes), name, lang),
  reviewSummary: ({ lang }) => engine.reviewSummary(lang),
};

scope.onmessage = ({ data }) => {
  answer(data).catch((error: unknown) => console.error(error));
};

async function answer(request: EngineRequest): Promise<void> {
  const lang = languageOf(request.args);
  try {
    const handler = handlers[request.call] as (args: unknown, id: number) => unknown;
    const value = await handler(request.args, request.id);
    scope.postMessage({ id: request.id, kind: 'done', value }, transferablesOf(value));
  } catch (error) {
    console.error(error);
    const message = error instanceof EngineError ? error.message : formatMessage('web.unexpected', { reason: reasonOf(error) }, lang);
    scope.postMessage({ id: request.id, kind: 'failed', message });
  }
}

function languageOf(args: unknown): Language {
  const lang = (args as { lang?: Language }).lang;
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** A download's bytes go over without a copy (a result workbook of 20 000 lines is several MB). */
function transferablesOf(value: unknown): ArrayBuffer[] {
  const bytes = (value as { bytes?: unknown } | null)?.bytes;
  return bytes instanceof ArrayBuffer ? [bytes] : [];
}
