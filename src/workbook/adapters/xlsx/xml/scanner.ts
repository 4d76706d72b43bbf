import { GeenWerkmap } from '../bestandssoort';
import { isChar, isNameChar, isNameStart, isSpace, reference } from './chars';

/** A damaged part: the Dutch message names the part and what is wrong in it. */
export function beschadigd(part: string, wat: string): GeenWerkmap {
  return new GeenWerkmap(`het bestand is beschadigd: in ${part} ${wat}; haal het opnieuw op, of open het in Excel en sla het opnieuw op`);
}

/** The line (from 1) of offset `at`. */
export function regel(xml: string, at: number): number {
  let n = 1;
  for (let i = xml.indexOf('\n'); i >= 0 && i < at; i = xml.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The character level of the XML reader (xmlReader.ts): the XML declaration, the characters
 * XML allows, names, references, comments and processing instructions, each checked; anything
 * wrong throws GeenWerkmap naming the part and the line.
 */
export class XmlScanner {
  protected pos = 0;

  constructor(
    readonly xml: string,
    readonly part: string,
  ) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (xml.startsWith('<?xml', this.pos) && isSpace(xml.charCodeAt(this.pos + 5))) this.pos = declaration(this, this.pos);
  }

  fail(wat: string, at: number): never {
    throw beschadigd(this.part, `${wat} (regel ${regel(this.xml, at)})`);
  }

  // Text or an attribute value at [from, to) with references decoded and line ends normalized.
  protected decode(from: number, to: number, attribute: boolean): string {
    const xml = this.xml;
    let out = '';
    let k = from;
    for (let j = from; j < to; j++) {
      const c = xml.charCodeAt(j);
      if (c === 38) {
        const ref = reference(xml, j, to);
        if ('fout' in ref) this.fail(`staat ${ref.fout}`, j);
        out += xml.slice(k, j) + ref.text;
        k = ref.next;
        j = k - 1;
      } else if (c === 13 || (attribute && (c === 10 || c === 9))) {
        out += xml.slice(k, j) + (attribute ? ' ' : '\n');
        if (c === 13 && xml.charCodeAt(j + 1) === 10) j++;
        k = j + 1;
      }
    }
    return out + xml.slice(k, to);
  }

  // Checks the characters at [from, to); whether a CR is among them.
  protected checkChars(from: number, to: number): boolean {
    let cr = false;
    for (let j = from; j < to; j++) {
      const c = this.xml.charCodeAt(j);
      if (c < 32 || c >= 0xd800) j = this.checkChar(j);
      if (c === 13) cr = true;
    }
    return cr;
  }

  // The character at j is allowed in XML (a surrogate pair read whole): the index of its last unit.
  protected checkChar(j: number): number {
    const c = this.xml.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = this.xml.charCodeAt(j + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return j + 1;
    } else if (isChar(c)) return j;
    return this.fail(`staat een teken dat XML niet toestaat (U+${c.toString(16).toUpperCase().padStart(4, '0')})`, j);
  }

  // The end of the name starting at `at` (checked: a NameStartChar, then NameChars).
  protected nameAfter(at: number): number {
    const xml = this.xml;
    let c = xml.charCodeAt(at);
    if (c >= 0xd800 || !isNameStart(c)) {
      c = xml.codePointAt(at) ?? -1;
      if (!isNameStart(c)) this.fail('staat een ongeldige naam na <', at);
    }
    let j = at + (c > 0xffff ? 2 : 1);
    for (;;) {
      c = xml.charCodeAt(j);
      if (c < 0x80) {
        if (!isNameChar(c)) return j;
        j++;
      } else {
        c = xml.codePointAt(j) ?? -1;
        if (!isNameChar(c)) return j;
        j += c > 0xffff ? 2 : 1;
      }
    }
  }

  protected comment(i: number): number {
    const close = this.xml.indexOf('--', i + 4);
    if (close < 0) this.fail('sluit een commentaar <!-- niet af', i);
    if (this.xml.charCodeAt(close + 2) !== 62) this.fail('staat -- in een commentaar', close);
    this.checkChars(i + 4, close);
    return close + 3;
  }

  protected instruction(i: number): number {
    const nameEnd = this.nameAfter(i + 2);
    if (nameEnd - i - 2 === 3 && this.xml.slice(i + 2, nameEnd).toLowerCase() === 'xml')
      this.fail('staat een XML-declaratie die niet aan het begin staat', i);
    const close = this.xml.indexOf('?>', nameEnd);
    if (close < 0) this.fail('sluit een verwerkingsinstructie <? niet af', i);
    if (close !== nameEnd && !isSpace(this.xml.charCodeAt(nameEnd))) this.fail('staat een ongeldige naam na <?', i);
    this.checkChars(nameEnd, close);
    return close + 2;
  }
}

// Names of the same length at a and b are the same.
export function same(xml: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  return true;
}

const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>/;

// The XML declaration at the start, checked: the index after it.
function declaration(reader: XmlScanner, at: number): number {
  const m = DECLARATION.exec(reader.xml.slice(at, at + 200));
  if (!m) reader.fail('is de XML-declaratie (<?xml ...?>) ongeldig', at);
  return at + m[0].length;
}
