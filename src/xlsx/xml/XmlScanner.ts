/**
 * A streaming scanner for the XML of a package's parts, fed text in pieces of any size. It reports elements
 * (with their attributes), end tags and text (entities and CDATA resolved, line ends normalised), and refuses
 * what is not well-formed: a tag left open or closed out of turn, a second root, text outside the root, an
 * unknown entity, a duplicated attribute, an unterminated construct, a DOCTYPE (no part of a package has one,
 * and refusing it refuses entity expansion with it). It does not check every character of every name: a
 * spreadsheet part is read for what it says, not validated.
 *
 * Written for speed: each piece is searched with indexOf rather than walked character by character, and on the
 * bench's 5 MB sheet it takes about two thirds of saxes's time (saxes, stricter still, is its reference in
 * test/xlsx/xml/scannerAgreement.test.ts).
 */

export type XmlAttributes = Readonly<Record<string, string>>;

/** What a part's reader listens for; names come whole (`x:c`), prefix and all. */
export interface XmlEvents {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlSyntaxError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const LT = 0x3c;
const AMPERSAND = 0x26;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const QUESTION = 0x3f;
const BANG = 0x21;
const HASH = 0x23;

/** XML's white space: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** A character no element or attribute name holds, which therefore ends one. */
function endsName(code: number): boolean {
  return isSpace(code) || code === GT || code === SLASH || code === LT || code === QUOTE || code === APOSTROPHE;
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const ONLY_SPACE = /^[ \t\r\n]*$/;

export class XmlScanner {
  /** Text not yet scanned: the start of a construct whose end is in a later piece. */
  private pending = '';
  /** Pieces held back while `pending` is long, so that a long construct is searched a few times, not once a piece. */
  private held: string[] = [];
  private heldLength = 0;
  private readonly open: string[] = [];
  private rootSeen = false;

  constructor(private readonly events: XmlEvents) {}

  write(piece: string): void {
    if (this.pending.length > piece.length + this.heldLength) {
      this.held.push(piece);
      this.heldLength += piece.length;
      return;
    }
    this.flush(piece);
  }

  private flush(piece: string): void {
    const text = this.pending === '' && this.held.length === 0 ? piece : this.pending + this.held.join('') + piece;
    this.held = [];
    this.heldLength = 0;
    this.pending = text.slice(this.scan(text));
  }

  close(): void {
    if (this.held.length > 0) this.flush('');
    if (this.pending !== '' && !ONLY_SPACE.test(this.pending)) {
      if (this.pending.includes('<')) throw new XmlSyntaxError('unterminated markup at the end');
      this.textOutside(this.pending);
    }
    if (this.open.length > 0) throw new XmlSyntaxError(`<${this.open[this.open.length - 1]}> is not closed`);
    if (!this.rootSeen) throw new XmlSyntaxError('no root element');
  }

  /** Scans what it can of `text`; returns where the unscanned rest begins. */
  private scan(text: string): number {
    let at = 0;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt < 0) return this.textUpTo(text, at, text.length);
      if (lt > at) this.textRun(text.slice(at, lt));
      const end = this.markup(text, lt);
      if (end < 0) return lt;
      at = end;
    }
    return at;
  }

  /** Text with no `<` after it in this piece: reported up to any entity cut in two, kept from there on. */
  private textUpTo(text: string, from: number, to: number): number {
    const amp = text.lastIndexOf('&', to - 1);
    const cut = amp >= from && text.indexOf(';', amp) < 0 ? amp : to;
    // A lone CR may be the first half of a CRLF: wait for the next piece.
    const safe = cut > from && text.charCodeAt(cut - 1) === 13 ? cut - 1 : cut;
    if (safe > from) this.textRun(text.slice(from, safe));
    return safe;
  }

  private textRun(raw: string): void {
    if (this.open.length === 0) return this.textOutside(raw);
    this.events.text(resolveText(raw));
  }

  private textOutside(raw: string): void {
    if (!ONLY_SPACE.test(raw)) throw new XmlSyntaxError(`text outside the root element: ${raw.trim().slice(0, 20)}`);
  }

  /** The construct at `lt` (a tag, comment, CDATA, PI); returns the index after it, or -1 if it is cut off. */
  private markup(text: string, lt: number): number {
    const next = text.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === SLASH) return this.endTag(text, lt);
    if (next === QUESTION) return after(text, '?>', lt + 2);
    if (next === BANG) return this.declaration(text, lt);
    return this.startTag(text, lt);
  }

  private declaration(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) return after(text, '-->', lt + 4);
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.open.length === 0) throw new XmlSyntaxError('CDATA outside the root element');
      this.events.text(normaliseLineEnds(text.slice(lt + 9, end)));
      return end + 3;
    }
    if (text.length - lt < 9) return -1;
    throw new XmlSyntaxError(text.startsWith('<!DOCTYPE', lt) ? 'a DOCTYPE is not allowed in a package part' : 'unknown markup <!');
  }

  private endTag(text: string, lt: number): number {
    const gt = text.indexOf('>', lt + 2);
    if (gt < 0) return -1;
    const name = text.slice(lt + 2, gt).trimEnd();
    const expected = this.open.pop();
    if (name !== expected) throw new XmlSyntaxError(expected === undefined ? `</${name}> without its start` : `</${name}> closes <${expected}>`);
    this.events.close(name);
    return gt + 1;
  }

  private startTag(text: string, lt: number): number {
    let at = lt + 1;
    while (at < text.length && !endsName(text.charCodeAt(at))) at++;
    if (at >= text.length) return -1;
    const name = text.slice(lt + 1, at);
    if (name === '') throw new XmlSyntaxError('a tag without a name');
    // Half a sheet's elements (<v>, <is>, <t>) have no attributes: they share one empty record.
    let attributes: Record<string, string> = NO_ATTRIBUTES;
    for (;;) {
      while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      if (at >= text.length) return -1;
      const ch = text.charCodeAt(at);
      if (ch === GT) {
        this.element(name, attributes, false);
        return at + 1;
      }
      if (ch === SLASH) {
        if (at + 1 >= text.length) return -1;
        if (text.charCodeAt(at + 1) !== GT) throw new XmlSyntaxError(`<${name}>: '/' not followed by '>'`);
        this.element(name, attributes, true);
        return at + 2;
      }
      if (attributes === NO_ATTRIBUTES) attributes = {};
      at = this.attribute(text, at, name, attributes);
      if (at < 0) return -1;
    }
  }

  /** One `name="value"` from `at`; returns the index after it, or -1 if it is cut off. */
  private attribute(text: string, from: number, element: string, attributes: Record<string, string>): number {
    let at = from;
    while (at < text.length && !endsName(text.charCodeAt(at)) && text.charCodeAt(at) !== EQUALS) at++;
    // A one-letter name (r, s, t: most of a sheet's) from the engine's table of one-character strings, which a
    // property lookup needs no hashing for.
    const name = at - from === 1 ? text[from] : text.slice(from, at);
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) return -1;
    if (name === '' || text.charCodeAt(at) !== EQUALS) throw new XmlSyntaxError(`<${element}>: a malformed attribute`);
    at++;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) return -1;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`<${element} ${name}>: the value is not quoted`);
    const close = text.indexOf(quote, at + 1);
    if (close < 0) return -1;
    if (hasOwn(attributes, name)) throw new XmlSyntaxError(`<${element}>: ${name} given twice`);
    const value = attributeValue(text.slice(at + 1, close), element, name);
    // `__proto__` would set the record's prototype rather than hold a value: defined as a property of its own.
    if (name === '__proto__') Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
    else attributes[name] = value;
    const next = text.charCodeAt(close + 1);
    if (!isSpace(next) && next !== GT && next !== SLASH && !Number.isNaN(next)) throw new XmlSyntaxError(`<${element}>: no space between attributes`);
    return close + 1;
  }

  private element(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    if (this.open.length === 0) {
      if (this.rootSeen) throw new XmlSyntaxError(`a second root element <${name}>`);
      this.rootSeen = true;
    }
    if (!selfClosing) this.open.push(name);
    this.events.open(name, attributes, selfClosing);
    if (selfClosing) this.events.close(name);
  }
}

function after(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

function resolveText(raw: string): string {
  return resolveEntities(normaliseLineEnds(raw));
}

/**
 * An attribute's value as written, when it has nothing to resolve (the common case, checked in one pass);
 * else with its entities resolved and, by XML 1.0 §3.3.3, its tabs and line ends read as spaces.
 */
function attributeValue(raw: string, element: string, name: string): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === LT) throw new XmlSyntaxError(`<${element} ${name}>: '<' in a value`);
    if (code === AMPERSAND || code < 0x20) plain = false;
  }
  return plain ? raw : resolveEntities(normaliseLineEnds(raw).replace(/[\t\n]/g, ' '));
}

/** XML 1.0 §2.11: CRLF and a lone CR read as LF. */
function normaliseLineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

function resolveEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  let entities = 0;
  const resolved = raw.replace(ENTITY, (whole, name: string) => {
    entities++;
    if (name.charCodeAt(0) !== HASH) {
      const known = hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
      if (known === undefined) throw new XmlSyntaxError(`unknown entity ${whole}`);
      return known;
    }
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new XmlSyntaxError(`${whole} is not a character`);
    return String.fromCodePoint(code);
  });
  if (entities !== raw.split('&').length - 1) throw new XmlSyntaxError("a '&' that begins no entity");
  return resolved;
}

/** Object.hasOwn, which the Chromium of some 信创 browsers (before 93) lacks: the reader runs in the web page too. */
function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
