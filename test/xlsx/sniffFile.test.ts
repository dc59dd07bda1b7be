import { sniffFile, type FileKind } from '../../src/xlsx/sniffFile';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('sniffFile', () => {
  it.each<[string, Buffer, string, FileKind]>([
    ['a zip package', Buffer.from('PK\x03\x04rest', 'latin1'), 'a.xlsx', 'zip'],
    ['an empty zip', Buffer.from('PK\x05\x06', 'latin1'), 'a.xlsx', 'zip'],
    ['a zip renamed .csv', Buffer.from('PK\x03\x04rest', 'latin1'), 'a.csv', 'zip'],
    ['a compound file', Buffer.concat([OLE2, Buffer.alloc(600)]), 'a.xls', 'xls'],
    ['a compound file with EncryptionInfo', Buffer.concat([OLE2, Buffer.from('EncryptionInfo', 'utf16le')]), 'a.xlsx', 'encrypted'],
    ['ASCII EncryptionInfo is not a stream name', Buffer.concat([OLE2, Buffer.from('EncryptionInfo')]), 'a.xls', 'xls'],
    ['UTF-8 CSV with a BOM', Buffer.from('\uFEFF项目,预算\n办公,1\n'), 'a.xlsx', 'csv'],
    ['semicolon CSV', Buffer.from('name;budget\nx;1\n'), 'a.txt', 'csv'],
    ['Excel "Unicode text" (UTF-16LE, tabs)', utf16le('项目\t预算\n办公\t1\n'), 'a.xls', 'csv'],
    ['UTF-16BE text', utf16be('项目\t预算\n'), 'a.txt', 'csv'],
    ['any .CSV by its name', Buffer.from('just one column\n'), 'A.CSV', 'csv'],
    ['an HTML table saved as .xls', Buffer.from('<html><table><tr><td>1,2</td></tr></table></html>'), 'a.xls', 'not-xlsx'],
    ['text without delimiters', Buffer.from('hello\n'), 'a.xlsx', 'not-xlsx'],
    ['binary data', Buffer.from([0x00, 0x01, 0x2c, 0x02]), 'a.xlsx', 'not-xlsx'],
    ['an empty file', Buffer.alloc(0), 'a.xlsx', 'not-xlsx'],
  ])('%s', (_what, bytes, path, kind) => {
    expect(sniffFile(bytes, path)).toBe(kind);
  });
});
