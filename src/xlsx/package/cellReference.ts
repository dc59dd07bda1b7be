/** `AB12` → { row: 11, col: 27 } (0-based); null for anything that is not a cell reference. */
export function parseCellReference(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || i > 3) return null;
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  if (i === digits || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}
