import fc from 'fast-check';
import { XmlScanner, XmlSyntaxError } from '../../../src/xlsx/xml/XmlScanner';

/** The events of `pieces` fed one after another, as short strings: `<c r=A1>`, `"text"`, `</c>`. */
function eventsOf(pieces: readonly string[]): string[] {
  const events: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes) => events.push(`<${[name, ...Object.entries(attributes).map(([k, v]) => `${k}=${v}`)].join(' ')}>`),
    close: (name) => events.push(`</${name}>`),
    text: (text) => {
      // Text may come in several runs; a reader joins them, and so does this record.
      const last = events.length - 1;
      if (last >= 0 && events[last].startsWith('"')) events[last] = `${events[last].slice(0, -1)}${text}"`;
      else events.push(`"${text}"`);
    },
  });
  for (const piece of pieces) scanner.write(piece);
  scanner.close();
  return events;
}

const scan = (xml: string) => eventsOf([xml]);

describe('XmlScanner: what a part says', () => {
  it.each<[string, string, string[]]>([
    ['an empty element', '<a/>', ['<a>', '</a>']],
    ['the declaration, attributes in either quote', `<?xml version="1.0" encoding="UTF-8"?>\n<r x="1" y='2'><c>t</c></r>`, ['<r x=1 y=2>', '<c>', '"t"', '</c>', '</r>']],
    ['the five entities and character references', '<r>&lt;&amp;&#x4E2D;&#25991;&quot;&apos;&gt;</r>', ['<r>', `"<&中文"'>"`, '</r>']],
    ['CDATA, markup and all', '<r><![CDATA[a<b&c]]></r>', ['<r>', '"a<b&c"', '</r>']],
    ['comments and processing instructions skipped', '<r><!-- x<y --><?pi z?>t</r>', ['<r>', '"t"', '</r>']],
    ['CRLF and a lone CR read as LF', '<r>a\r\nb\rc</r>', ['<r>', '"a\nb\nc"', '</r>']],
    ['tabs and line ends in a value read as spaces, &#10; as a line break', '<r a="x\ty\r\nz&#10;w"/>', ['<r a=x y z\nw>', '</r>']],
    ["'>' inside a value", '<r a="1>2"/>', ['<r a=1>2>', '</r>']],
    ['names with their prefixes', '<x:worksheet xmlns:x="u"><x:c r="A1"/></x:worksheet>', ['<x:worksheet xmlns:x=u>', '<x:c r=A1>', '</x:c>', '</x:worksheet>']],
    ['attributes named like an object’s own members', '<r constructor="1" __proto__="2" toString="3"/>', ['<r constructor=1 __proto__=2 toString=3>', '</r>']],
    ['space around = and before />', '<r a = "1" />', ['<r a=1>', '</r>']],
    ['white space around the root', '\n  <r/>\n', ['<r>', '</r>']],
    ['text in any script, its spaces kept', '<si><t xml:space="preserve"> 医保 </t></si>', ['<si>', '<t xml:space=preserve>', '" 医保 "', '</t>', '</si>']],
  ])('%s', (_, xml, events) => {
    expect(scan(xml)).toEqual(events);
  });
});

describe('XmlScanner: what is not well-formed', () => {
  it.each<[string, string, RegExp]>([
    ['end tags out of turn', '<a><b></a></b>', /<\/a> closes <b>/],
    ['an element never closed', '<a><b/>', /<a> is not closed/],
    ['an end tag without its start', '</a>', /without its start/],
    ['a second root', '<a/><b/>', /second root/],
    ['text outside the root', 'x<a/>', /text outside the root/],
    ['an unknown entity', '<a>&nbsp;</a>', /unknown entity &nbsp;/],
    ['an entity named like an object’s member', '<a>&constructor;</a>', /unknown entity &constructor;/],
    ["a bare '&'", '<a>AT&T</a>', /'&' that begins no entity/],
    ['a character reference to no character', '<a>&#0;</a>', /not a character/],
    ['an attribute given twice', '<a b="1" b="2"/>', /b given twice/],
    ['an unquoted value', '<a b=1/>', /not quoted/],
    ["'<' in a value", '<a b="<"/>', /'<' in a value/],
    ['no space between attributes', '<a b="1"c="2"/>', /no space between attributes/],
    ['an attribute without a value', '<a b/>', /malformed attribute/],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a/>', /DOCTYPE is not allowed/],
    ['a comment left open', '<a><!-- never closed', /unterminated markup/],
    ['nothing at all', '', /no root element/],
  ])('%s', (_, xml, message) => {
    expect(() => scan(xml)).toThrow(XmlSyntaxError);
    expect(() => scan(xml)).toThrow(message);
  });
});

describe('XmlScanner: pieces', () => {
  const documents = [
    `<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>A&amp;B 医保</t></is></c></row></sheetData></worksheet>`,
    '<r a="x\r\ny" b=\'1>2\'><![CDATA[<&>]]><!-- - --><?p q?>a\r\nb&#x1F600;c</r>',
  ];

  it('gives the same events however the text is cut', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(fc.nat(), { maxLength: 12 }), (xml, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((from, i) => xml.slice(from, points[i] ?? xml.length));
        expect(eventsOf(pieces)).toEqual(scan(xml));
      }),
    );
  });

  it('reads one character at a time as it reads the whole', () => {
    for (const xml of documents) expect(eventsOf([...xml])).toEqual(scan(xml));
  });

  it('holds a construct longer than many pieces until its end comes, and reads it whole', () => {
    const long = 'x'.repeat(300_000);
    const xml = `<r a="${long}"><![CDATA[${long}]]></r>`;
    const pieces: string[] = [];
    for (let at = 0; at < xml.length; at += 100) pieces.push(xml.slice(at, at + 100));
    expect(eventsOf(pieces)).toEqual([`<r a=${long}>`, `"${long}"`, '</r>']);
  });
});
