/**
 * Part names inside the package (ECMA-376 Part 2, §9: relationship targets are URIs relative to the source
 * part's folder, or absolute from the package root). Paths here have no leading slash: `xl/workbook.xml`.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split('#')[0]);
  const segments = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`; `_rels/.rels` for the package itself. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** `sheet1.xml` as seen from `xl/workbook.xml`: `worksheets/sheet1.xml`, the form Excel writes. */
export function relativeTarget(sourcePart: string, part: string): string {
  const folder = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
