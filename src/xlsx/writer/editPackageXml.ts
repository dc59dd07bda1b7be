import { escapeAttribute, rootPrefix } from './xmlText';

/** A relationship to add to a .rels part: the target as seen from its source part. */
export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** A .rels part without the relationships `drop` names and with `add` at its end; the others as written. */
export function editRelationships(xml: string, drop: ReadonlySet<string>, add: readonly NewRelationship[]): string {
  const p = rootPrefix(xml, 'Relationships');
  const kept = xml.replace(new RegExp(`<${p}Relationship\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}Relationship>)`, 'g'), (element) => {
    const id = /\sId="([^"]*)"/.exec(element)?.[1];
    return id !== undefined && drop.has(id) ? '' : element;
  });
  const added = add.map((r) => `<${p}Relationship Id="${r.id}" Type="${RELATIONSHIP_TYPE}${r.type}" Target="${escapeAttribute(r.target)}"/>`);
  return insertBeforeEnd(kept, `</${p}Relationships>`, added.join(''));
}

/** [Content_Types].xml without the overrides of removed parts and with overrides for ours. */
export function editContentTypes(xml: string, removed: ReadonlySet<string>, add: readonly { part: string; type: string }[]): string {
  const p = rootPrefix(xml, 'Types');
  const kept = xml.replace(new RegExp(`<${p}Override\\b[^>]*?/>`, 'g'), (element) => {
    const part = /\sPartName="\/?([^"]*)"/.exec(element)?.[1];
    return part !== undefined && removed.has(decodeURIComponent(part)) ? '' : element;
  });
  const added = add.map(({ part, type }) => `<${p}Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`);
  return insertBeforeEnd(kept, `</${p}Types>`, added.join(''));
}

function insertBeforeEnd(xml: string, end: string, text: string): string {
  const at = xml.lastIndexOf(end);
  if (at < 0) throw new Error(`no ${end} in the part`);
  return xml.slice(0, at) + text + xml.slice(at);
}
