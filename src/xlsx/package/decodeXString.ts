/**
 * ST_Xstring's escapes (ECMA-376 Part 1, §22.9.2.19): `_x000D_` is a carriage return, `_x005F_` an underscore.
 * One pass, left to right, as Excel reads them: `_x005F_x000D_` is the literal text `_x000D_`.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXString(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
