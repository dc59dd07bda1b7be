/**
 * The scanner against saxes, a strict SAX parser, as the reference: on well-formed documents both report the same
 * elements, attributes and text; on any text saxes accepts the scanner accepts too (it may refuse less than saxes,
 * never more), so that no valid part of a real workbook is called damaged.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { XmlScanner } from '../../../src/xlsx/xml/XmlScanner';

type Events = string[];

function record(events: Events) {
  return {
    open: (name: string, attributes: Readonly<Record<string, string>>) => events.push(`<${name}${Object.entries(attributes).map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join('')}>`),
    close: (name: string) => events.push(`</${name}>`),
    text: (text: string) => {
      if (text === '') return;
      const last = events.length - 1;
      if (last >= 0 && events[last].startsWith('"')) events[last] = JSON.stringify(JSON.parse(events[last]) + text);
      else events.push(JSON.stringify(text));
    },
  };
}

function bySaxes(xml: string): Events | Error {
  const events: Events = [];
  const on = record(events);
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth++;
    on.open(tag.name, tag.attributes as Record<string, string>);
  });
  parser.on('closetag', (tag) => {
    depth--;
    on.close(tag.name);
  });
  parser.on('text', (text) => depth > 0 && on.text(text));
  parser.on('cdata', (text) => on.text(text));
  try {
    parser.write(xml).close();
    return events;
  } catch (error) {
    return error as Error;
  }
}

function byScanner(xml: string, pieceLength: number): Events | Error {
  const events: Events = [];
  const scanner = new XmlScanner(record(events));
  try {
    for (let at = 0; at < xml.length; at += pieceLength) scanner.write(xml.slice(at, at + pieceLength));
    scanner.close();
    return events;
  } catch (error) {
    return error as Error;
  }
}

const name = fc.constantFrom('a', 'row', 'c', 'x:c', 'is', 't', 'v');
const value = fc.constantFrom('1', 'A1', '', 'a>b', '&amp;&lt;', "it's", '&quot;', 'x\ty', 'a\r\nb', '&#10;', '医保');
const quoted = value.chain((v) => (v.includes("'") ? fc.constant(`"${v}"`) : fc.constantFrom(`"${v}"`, `'${v}'`)));
const attributes = fc.uniqueArray(fc.tuple(fc.constantFrom('r', 's', 't', 'xml:space', 'spans'), quoted), { selector: ([k]) => k, maxLength: 3 });
const text = fc.constantFrom('', 'text', ' ', '&amp;', '&lt;&gt;', '&#x4E2D;&#25991;', '\r\n', 'a\rb', '<![CDATA[<&>]]>', '<!-- c -->', '<?p q?>', '医保基金', ']]');

const element: fc.Arbitrary<string> = fc.letrec<{ element: string }>((tie) => ({
  element: fc.tuple(name, attributes, fc.array(fc.oneof({ depthSize: 'small' }, text, tie('element')), { maxLength: 4 }), fc.constantFrom(' ', '', ' \n')).map(
    ([tag, attrs, children, space]) => {
      const head = `<${tag}${attrs.map(([k, v]) => ` ${k}=${v}`).join('')}${space}`;
      return children.length === 0 && space !== ' \n' ? `${head}/>` : `${head}>${children.join('')}</${tag}>`;
    },
  ),
})).element;

const document = fc.tuple(fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'), element, fc.constantFrom('', '\n', '<!-- end -->')).map((parts) => parts.join(''));

describe('the scanner agrees with saxes', () => {
  it('on well-formed documents, cut into pieces of any length', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 64 }), (xml, pieceLength) => {
        const expected = bySaxes(xml);
        expect(expected).not.toBeInstanceOf(Error);
        expect(byScanner(xml, pieceLength)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never refuses what saxes accepts, in a soup of pieces of markup', () => {
    const token = fc.oneof(
      text,
      fc.constantFrom('<a>', '</a>', '<b r="1">', '</b>', '<a/>', '&', '&bad;', '<', '>', '"', '<!DOCTYPE a>', '<a b="1"c="2"/>', '<a b=1/>', '</ a>', '<a\n>'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.integer({ min: 1, max: 16 }), (tokens, pieceLength) => {
        const xml = tokens.join('');
        const expected = bySaxes(xml);
        // A DOCTYPE is the one refusal of the scanner's own (and test/xlsx/xml/XmlScanner.test.ts shows it).
        if (expected instanceof Error || xml.includes('<!DOCTYPE')) return;
        expect(byScanner(xml, pieceLength)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
