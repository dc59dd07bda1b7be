const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_TO_HALF = 0xfee0;
const NEEDS_MAPPING = /[\uff01-\uff5e\u2212]/;
/** No leading, trailing or doubled whitespace, and no whitespace other than the plain space. */
const SIMPLE = /^(?:\S+(?: \S+)*)?$/;

/**
 * Full-width ASCII (`１，５２６．７１`, `（万元）`, `≥９５％`) to half-width, U+2212 minus to `-`, trimmed, with runs
 * of whitespace (the ideographic space and NBSP included) collapsed to one space. Not NFKC: that would also
 * rewrite `①` or `㎡`, which a reviewer should see as typed.
 */
export function normalizeText(s: string): string {
  // Most cells are already half-width: skip the character walk for them (it is on the hot path).
  if (!NEEDS_MAPPING.test(s)) return SIMPLE.test(s) ? s : s.replace(/\s+/g, ' ').trim();
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) out += String.fromCharCode(code - FULL_TO_HALF);
    else if (ch === '\u2212') out += '-';
    else out += ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}
