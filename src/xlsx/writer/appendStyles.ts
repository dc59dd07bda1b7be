import { CELL_LOOKS, type SheetModel, type StyleName } from '../../core';
import { PackageError } from '../zip/PackageError';
import { BUILT_IN_FORMATS } from '../package/builtInFormats';
import { lookXml } from './outputStyles';
import { escapeAttribute, rootPrefix } from './xmlText';

/** A style name with the number format a cell asks for: one cell format (`<xf>`) each. */
export interface StyleKey {
  readonly style: StyleName;
  readonly format: string | null;
}

export const styleKey = (style: StyleName, format: string | null | undefined): string => `${style}|${format ?? ''}`;

/** The styles part with our cell formats in it, and the index of each in cellXfs (`s="…"`). */
export interface AppendedStyles {
  readonly xml: string;
  readonly xfIndex: ReadonlyMap<string, number>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** What Excel itself writes into a workbook without styles: one font, the two fills Excel requires, one border. */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The first id Excel leaves to a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;

/**
 * Our looks added to the workbook's styles part as text: every font, fill, border and cell format of the user
 * stays where it is (their indices are what the user's cells refer to), ours go after them, and any that is
 * already there character for character (ours from an earlier run) is used again rather than added twice.
 */
export function appendStyles(stylesXml: string, keys: readonly StyleKey[]): AppendedStyles {
  const p = rootPrefix(stylesXml, 'styleSheet');
  const styles = new StylesText(stylesXml, p);
  const xfIndex = new Map<string, number>();
  for (const { style, format } of keys) {
    const key = styleKey(style, format);
    if (xfIndex.has(key)) continue;
    const look = lookXml(CELL_LOOKS[style], p);
    const fontId = styles.add('fonts', 'font', look.font);
    const fillId = look.fill === null ? 0 : styles.add('fills', 'fill', look.fill);
    const borderId = styles.add('borders', 'border', look.border);
    const numFmtId = format === null ? 0 : styles.formatId(format);
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${look.alignment}</${p}xf>`;
    xfIndex.set(key, styles.add('cellXfs', 'xf', xf));
  }
  return { xml: styles.text(), xfIndex };
}

/** A styles part being added to: each collection's children as text, found once, written back at the end. */
class StylesText {
  private readonly collections = new Map<string, { children: string[]; added: string[] }>();
  private readonly customFormats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private nextFormatId = FIRST_CUSTOM_FORMAT;

  constructor(
    private xml: string,
    private readonly p: string,
  ) {
    for (const numFmt of childrenOf(xml, p, 'numFmts', 'numFmt')) {
      const id = Number(/numFmtId="(\d+)"/.exec(numFmt)?.[1] ?? NaN);
      const code = /formatCode="([^"]*)"/.exec(numFmt)?.[1];
      if (code !== undefined && Number.isFinite(id)) this.customFormats.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  /** The index of `child` in the collection, adding it at the end unless it is there already. */
  add(collection: string, element: string, child: string): number {
    let entry = this.collections.get(collection);
    if (!entry) this.collections.set(collection, (entry = { children: childrenOf(this.xml, this.p, collection, element), added: [] }));
    const found = entry.children.indexOf(child);
    if (found >= 0) return found;
    entry.children.push(child);
    entry.added.push(child);
    return entry.children.length - 1;
  }

  formatId(format: string): number {
    for (const [id, code] of Object.entries(BUILT_IN_FORMATS)) if (code === format && Number(id) <= 49) return Number(id);
    const code = escapeAttribute(format);
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.addedFormats.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${code}"/>`);
    return id;
  }

  text(): string {
    let xml = this.xml;
    for (const [collection, { children, added }] of this.collections) {
      if (added.length > 0) xml = appendChildren(xml, this.p, collection, added, children.length);
    }
    if (this.addedFormats.length > 0) {
      const count = childrenOf(xml, this.p, 'numFmts', 'numFmt').length + this.addedFormats.length;
      xml = collectionOf(xml, this.p, 'numFmts')
        ? appendChildren(xml, this.p, 'numFmts', this.addedFormats, count)
        : xml.replace(new RegExp(`<${this.p}fonts[\\s>]`), (m) => `<${this.p}numFmts count="${count}">${this.addedFormats.join('')}</${this.p}numFmts>${m}`);
    }
    return xml;
  }
}

function collectionOf(xml: string, p: string, collection: string): RegExpExecArray | null {
  return new RegExp(`<${p}${collection}\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}${collection}>)`).exec(xml);
}

/** The children of a collection as written, `<font>…</font>` by `<font>…</font>` (none nests its own kind). */
function childrenOf(xml: string, p: string, collection: string, element: string): string[] {
  const match = collectionOf(xml, p, collection);
  if (!match) {
    if (collection === 'numFmts') return [];
    throw new PackageError('corrupt', `styles part without ${collection}`);
  }
  const body = match[3] ?? '';
  return body.match(new RegExp(`<${p}${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${element}>)`, 'g')) ?? [];
}

function appendChildren(xml: string, p: string, collection: string, added: readonly string[], count: number): string {
  const match = collectionOf(xml, p, collection);
  if (!match) throw new PackageError('corrupt', `styles part without ${collection}`);
  const attributes = /\bcount="\d*"/.test(match[1]) ? match[1].replace(/\bcount="\d*"/, `count="${count}"`) : `${match[1]} count="${count}"`;
  const body = `${match[3] ?? ''}${added.join('')}`;
  const replaced = `<${p}${collection}${attributes}>${body}</${p}${collection}>`;
  return xml.slice(0, match.index) + replaced + xml.slice(match.index + match[0].length);
}

/** Each pair of style and format the cells use, once, in the order first used (a few dozen among 250 000 cells). */
export function styleKeysOf(models: readonly SheetModel<string>[]): StyleKey[] {
  const keys: StyleKey[] = [];
  const seen = new Map<StyleName, Set<string | undefined>>();
  for (const model of models) {
    for (const { style, format } of model.cells) {
      let formats = seen.get(style);
      if (!formats) seen.set(style, (formats = new Set()));
      if (formats.has(format)) continue;
      formats.add(format);
      keys.push({ style, format: format ?? null });
    }
  }
  return keys;
}
