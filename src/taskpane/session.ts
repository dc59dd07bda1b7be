/**
 * The pane's one door to the workbook: the WorkbookSession contract of src/excel (types only). The boot code
 * (index.tsx) takes the real session from src/excel; tests pass any other.
 */
export type { RecalcProgress, RecalcResult, RecalcStep, StoredSettings, WorkbookSession, WorkbookState } from '../excel';
