export type { ExcelHost, HostCollection, HostRange, HostRangeAreas, HostTable, HostWorksheet } from './ExcelHost';
export { readSnapshot, DEFAULT_MAX_CELLS_PER_REQUEST, type ReadSnapshotOptions } from './readSnapshot';
export { officeHost, runInExcel } from './officeHost';
