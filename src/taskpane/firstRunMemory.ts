/** Whether this person has seen the first-run screen: remembered per computer, not per workbook. */
export interface FirstRunMemory {
  seen(): boolean;
  remember(): void;
}

const KEY = 'budget-perf.firstRunSeen';

/**
 * localStorage of the pane's webview. Some webviews refuse storage (private mode, strict policies): then the
 * first-run screen simply shows again next time, which is harmless, so a refusal is not an error to report.
 */
export const browserFirstRunMemory: FirstRunMemory = {
  seen() {
    try {
      return window.localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  },
  remember() {
    try {
      window.localStorage.setItem(KEY, '1');
    } catch {
      // Storage refused: see above.
    }
  },
};
