import type { ExcelHost } from './ExcelHost';
import { createWorkbookSession } from './createWorkbookSession';
import type { WorkbookSession } from './WorkbookSession';

/**
 * The real host: the request context of one `Excel.run`. A pass-through, since Excel.RequestContext already
 * has the shape ExcelHost describes; the assignment is where the compiler checks that it does.
 */
export function officeHost(context: Excel.RequestContext): ExcelHost {
  return context;
}

/** One `Excel.run` around `action`: with the functions below, the only place that touches Office's globals. */
export function runInExcel<T>(action: (host: ExcelHost) => Promise<T>): Promise<T> {
  return Excel.run((context) => action(officeHost(context)));
}

function supportsExcelApi(version: string): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** The pane's session in Excel. */
export function createOfficeSession(): WorkbookSession {
  return createWorkbookSession(runInExcel, { supportsExcelApi, now: () => new Date() });
}

export interface OfficeReady {
  /** False when the page was opened outside Excel (a browser tab, another Office application). */
  readonly inExcel: boolean;
  /** Office's display language (`zh-CN`, `en-US`); '' outside Office. */
  readonly displayLanguage: string;
  /** ExcelApi 1.9, which writing the result sheets needs (the manifest asks only for 1.1; see there). */
  readonly canWrite: boolean;
}

/** Office.onReady, with what the pane needs to decide what to show. */
export async function whenOfficeReady(): Promise<OfficeReady> {
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return {
    inExcel,
    displayLanguage: inExcel ? Office.context.displayLanguage : '',
    canWrite: inExcel && supportsExcelApi('1.9'),
  };
}
