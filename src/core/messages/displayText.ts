/**
 * Text from outside (file names, cell text) made safe to print on one terminal line: control characters and
 * bidirectional overrides could end a line, move the cursor, recolour the terminal or reverse what is shown.
 */
// C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
// eslint-disable-next-line no-control-regex -- these characters are exactly what must not reach a terminal
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Long enough for any real path; a 120 KB name is shown by its two ends. */
const MAX_PATH_CHARS = 240;

/** A file name as it can be shown: controls escaped (`\n`, `\x1b`), very long names shortened in the middle. */
export function showPath(path: string): string {
  const escaped = path.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped.length <= MAX_PATH_CHARS) return escaped;
  const half = Math.floor((MAX_PATH_CHARS - 1) / 2);
  return `${escaped.slice(0, half)}…${escaped.slice(escaped.length - half)}`;
}

/** Cell text for a terminal line: line breaks become spaces and every other control character is dropped. */
export function stripControls(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(CONTROL, '');
}
