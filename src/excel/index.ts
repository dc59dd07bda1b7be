export type {
  ExcelHost, HostCollection, HostHyperlink, HostNamedItem, HostNamedItemCollection, HostPageLayout, HostRange, HostRangeAreas,
  HostRangeBorder, HostRangeFormat, HostSetting, HostSettingCollection, HostTable, HostWorkbook, HostWorksheet, HostWorksheetCollection,
} from './ExcelHost';
export { readSnapshot, readWorkbook, DEFAULT_MAX_BYTES_PER_RESPONSE, type ReadSnapshotOptions, type WorkbookRead } from './readWorkbook';
export { hostFeatures, ALL_FEATURES, type HostFeatures } from './hostFeatures';
export { explained, OFFICE_WORDS, SessionError, type HostWords } from './sessionErrors';
export { createOfficeSession, officeHost, runInExcel, whenOfficeReady, type OfficeReady } from './officeHost';
export type { FormViews, MissingFeature, RecalcProgress, RecalcResult, RecalcStep, StoredSettings, WorkbookSession, WorkbookState } from './WorkbookSession';
export { createWorkbookSession, LEGACY_SETTING_KEY, type HostRunner, type SessionEnvironment } from './createWorkbookSession';
export { OfficeWorkbookPort, type OfficeWorkbookPortOptions } from './OfficeWorkbookPort';
export { DEFAULT_MAX_BYTES_PER_SYNC } from './SyncBatcher';
export { cellBlocks, styleBlocks, type StyleBlock } from './styleBlocks';
export { OFFICE_STYLES, type OfficeCellStyle } from './officeStyles';
export { rangeAddress, sheetOfReference } from './officeAddresses';
