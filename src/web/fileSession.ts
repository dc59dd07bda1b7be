import type { WorkbookSession } from '../excel/WorkbookSession';
import type { EngineClient } from './engineClient';

/**
 * The pane's session over the workbook opened in the engine's worker: the same calls as in Excel, answered by
 * the file shell's reader and writer. There is no sheet to select, so a flag's cell is described instead.
 */
export function fileSession(engine: EngineClient): WorkbookSession {
  return {
    inspect: (lang = 'zh-CN') => engine.call('inspect', { lang }),
    recalculate: (lang, onProgress) => engine.call('recalculate', { lang }, { onProgress }),
    selectCell: (sheet, cell, lang = 'zh-CN') => engine.call('describeCell', { sheet, cell, lang }).then(() => undefined),
    saveSettings: (stored) => engine.call('saveSettings', { stored }).then(() => undefined),
    describeCell: (sheet, cell, lang) => engine.call('describeCell', { sheet, cell, lang }),
  };
}
