export interface NumberFormatInfo {
  /** Decimals the format shows (`#,##0.00` → 2, `0%` → 0); null for General, `G/通用格式`, `@` or none. */
  readonly decimals: number | null;
  /** The format multiplies by 100 and shows `%`: the cell holds a fraction. */
  readonly percent: boolean;
  /** Literal text after the last digit placeholder (`0"家"` → `家`), '' when there is none. */
  readonly suffix: string;
}

const PLACEHOLDERS = '0#?';

/**
 * What an Excel number format code says about how a number is shown. Only the first section (positive
 * numbers) is read; quoted text, `\x` escapes, `_x`/`*x` padding and `[Red]`/`[$¥-804]` brackets are not digits.
 */
export function readNumberFormat(format: string | null | undefined): NumberFormatInfo {
  const key = format ?? '';
  let info = cache.get(key);
  if (!info) {
    info = parseFormat(key);
    // A workbook has a handful of formats; the bound only guards against a pathological one.
    if (cache.size < 1000) cache.set(key, info);
  }
  return info;
}

/** Formats seen so far: every amount cell asks, and a workbook uses only a few. */
const cache = new Map<string, NumberFormatInfo>();

function parseFormat(f: string): NumberFormatInfo {
  let code = '';
  let suffix = '';
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === ';') break;
    if (ch === '"') {
      const end = f.indexOf('"', i + 1);
      const stop = end < 0 ? f.length : end;
      suffix += f.slice(i + 1, stop);
      i = stop;
    } else if (ch === '\\') suffix += f[++i] ?? '';
    else if (ch === '_' || ch === '*') i++;
    else if (ch === '[') i = Math.max(i, f.indexOf(']', i));
    else {
      code += ch;
      if (PLACEHOLDERS.includes(ch)) suffix = '';
      else if (ch !== '%' && ch !== '.' && ch !== ',') suffix += ch;
    }
  }
  if (![...code].some((ch) => PLACEHOLDERS.includes(ch))) return { decimals: null, percent: false, suffix: '' };
  const afterPoint = /\.([0#?]*)/.exec(code);
  return { decimals: afterPoint ? afterPoint[1].length : 0, percent: code.includes('%'), suffix: suffix.trim() };
}
