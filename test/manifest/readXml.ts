import { SaxesParser } from 'saxes';

/**
 * A namespace-aware element tree, just enough to check a manifest. Names are kept as namespace URI plus
 * local name because that is what Office reads: `bt:Image` and `<Image xmlns="…basictypes/1.0">` are one element.
 * saxes (ExcelJS's own XML parser) is strict, so a manifest that is not well-formed fails here as it would in Office.
 */
export interface XmlElement {
  uri: string;
  local: string;
  attributes: XmlAttribute[];
  /** The prefixes this element declares, e.g. { bt: 'http://…/officeappbasictypes/1.0' }. */
  declaredNamespaces: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, trimmed (not its children's). */
  text: string;
  line: number;
}

export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

export const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  taskPaneOverrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Namespace declarations (`xmlns`, `xmlns:bt`) come as attributes in this namespace; they are kept apart. */
const XMLNS = 'http://www.w3.org/2000/xmlns/';

export function parseXml(xml: string, fileName: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: Object.values(tag.attributes)
        .filter((attribute) => attribute.uri !== XMLNS)
        .map(({ uri, local, value }) => ({ uri, local, value })),
      declaredNamespaces: { ...tag.ns },
      children: [],
      text: '',
      line: parser.line,
    };
    const parent = open[open.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    open.push(element);
  });
  parser.on('text', (text) => {
    const current = open[open.length - 1];
    if (current) current.text = (current.text + text).trim();
  });
  parser.on('closetag', () => {
    open.pop();
  });
  // Without an error handler saxes throws on the first error, with the file name, line and column.
  parser.write(xml).close();
  if (!root) throw new Error(`${fileName}: no root element`);
  return root;
}

/** The value of an attribute in no namespace (`id`, `DefaultValue`) or in the given one (`xsi:type`). */
export function attribute(element: XmlElement, local: string, uri = ''): string | undefined {
  return element.attributes.find((candidate) => candidate.local === local && candidate.uri === uri)?.value;
}

export function xsiType(element: XmlElement): string | undefined {
  return attribute(element, 'type', NS.xsi);
}

export function childrenNamed(element: XmlElement, local: string, uri: string): XmlElement[] {
  return element.children.filter((child) => child.local === local && child.uri === uri);
}

/** The one child of that name; throws, naming the parent, when there is none or more than one. */
export function onlyChild(element: XmlElement, local: string, uri: string): XmlElement {
  const found = childrenNamed(element, local, uri);
  if (found.length !== 1) {
    throw new Error(`<${element.local}> (line ${element.line}) has ${found.length} <${local}> children, expected 1`);
  }
  return found[0];
}

/** The element and everything below it, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
