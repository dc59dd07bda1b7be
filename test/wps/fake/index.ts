export { FakeEtBook, FakeSheetData, GENERAL, type FakeCell, type FakeWrite } from './FakeEtBook';
export { FakeEtApplication, FakeEtWorksheet } from './fakeEtWorkbook';
export { FakeEtRange } from './fakeEtRange';
export { CV_ERR, fakeBookOf } from './fromSnapshot';
