/** Text and attribute values as XML needs them; characters XML 1.0 cannot hold are written as ST_Xstring escapes. */
// Controls XML 1.0 forbids, and a literal `_xHHHH_` that a reader would otherwise take for an escape.
// eslint-disable-next-line no-control-regex -- these characters are exactly what must be escaped
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

// eslint-disable-next-line no-control-regex -- as above: any character that needs escaping at all
const NEEDS_ESCAPE = /[&<>_\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeText(text: string): string {
  // Most cell text needs nothing: one test instead of four replacements on every one of 100 000 cells.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(UNSAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** The namespace prefix of a part's root element (`x:` for the Open XML SDK's SpreadsheetML, '' for Excel's). */
export function rootPrefix(xml: string, root: string): string {
  const match = new RegExp(`<(\\w+:)?${root}[\\s>/]`).exec(xml);
  return match?.[1] ?? '';
}
