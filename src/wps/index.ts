export type {
  EtApplication, EtFont, EtHyperlinks, EtListObject, EtName, EtNames, EtPageSetup, EtRange, EtWorkbook, EtWorksheet, EtWorksheets,
  WpsAddinApplication, WpsTaskPane,
} from './EtHost';
export { createWpsSession, type WpsSessionEnvironment } from './createWpsSession';
export { readEtWorkbook, type EtRead, type EtReadOptions } from './readEtWorkbook';
export { EtWorkbookPort, type EtWorkbookPortOptions } from './EtWorkbookPort';
export { cellValue, valueRows } from './etValues';
export { bgr } from './etStyles';
export { wpsApplication } from './wpsApplication';
