export type {
  ExcelHost, HostCollection, HostHyperlink, HostNamedItem, HostNamedItemCollection, HostPageLayout, HostRange, HostRangeAreas,
  HostRangeBorder, HostRangeFormat, HostSetting, HostSettingCollection, HostTable, HostWorkbook, HostWorksheet, HostWorksheetCollection,
} from './ExcelHost';
export { readSnapshot, readWorkbook, DEFAULT_MAX_CELLS_PER_REQUEST, type ReadSnapshotOptions, type WorkbookRead } from './readWorkbook';
export { officeHost, runInExcel } from './officeHost';
export type { RecalcProgress, RecalcResult, RecalcStep, StoredSettings, WorkbookSession, WorkbookState } from './WorkbookSession';
