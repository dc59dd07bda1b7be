import type { MessageKey, MessageParams } from '../core';
import type { RecalcProgress, RecalcStep } from '../excel';

export interface ProgressView {
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** 0..1 over the whole run, so that the bar never moves back when a step begins. */
  readonly value: number;
}

// Each step's share of the bar: reading and writing are the slow parts (one Excel.run each, chunked).
const SPANS: Readonly<Record<RecalcStep, readonly [number, number]>> = {
  read: [0, 0.3],
  evaluate: [0.3, 0.4],
  write: [0.4, 1],
};

/** The progress bar's label and value for one report of the session (`正在写入 3/12…`). */
export function progressView(progress: RecalcProgress): ProgressView {
  const { step, done, total } = progress;
  const share = total > 0 ? Math.min(Math.max(done / total, 0), 1) : 0;
  // `0/1` tells nobody anything: a count is shown only for a step of several parts (sheets read, sheets written).
  const counted = total > 1;
  const [from, to] = SPANS[step];
  const value = from + (to - from) * share;
  const params: MessageParams = counted ? { done, total } : {};
  switch (step) {
    case 'read':
      return { key: counted ? 'pane.progress.readCount' : 'pane.progress.read', params, value };
    case 'evaluate':
      return { key: 'pane.progress.evaluate', params: {}, value };
    case 'write':
      return { key: counted ? 'pane.progress.writeCount' : 'pane.progress.write', params, value };
  }
}
