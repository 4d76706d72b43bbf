import { isSpace } from './chars';
import { regel, same, XmlScanner } from './scanner';

/** What `next()` found. */
export const DONE = 0;
export const START = 1;
export const END = 2;
export const TEXT = 3;

/**
 * A pull reader of one XML part that checks it is well-formed XML 1.0 as it goes, forward only:
 * comments and processing instructions skipped, CDATA as text, references decoded (any entity
 * but the five predefined is an error), a DOCTYPE refused, every start tag closed by its own
 * end tag, one root and nothing after it. Each token has its offsets in the text, so a writer
 * can patch the part in place. No object is made per token: read the fields after `next()`.
 * Anything wrong throws GeenWerkmap naming the part and the line.
 */
export class XmlReader extends XmlScanner {
  kind = DONE;
  /** The token's text: `<` of a tag to after its `>`; a text's raw characters. */
  start = 0;
  end = 0;
  /** The element's name, in the text (start and end tags). */
  nameStart = 0;
  nameEnd = 0;
  selfClosing = false;
  /** Open elements after this token (a START counts itself). */
  depth = 0;
  attrCount = 0;
  readonly attrs: { nameStart: number[]; nameEnd: number[]; valueStart: number[]; valueEnd: number[]; raw: boolean[] } = {
    nameStart: [],
    nameEnd: [],
    valueStart: [],
    valueEnd: [],
    raw: [],
  };
  private readonly open: number[] = [];
  private readonly openNameEnd: number[] = [];
  private rootSeen = false;
  private pendingEnd = false;
  private decoded: string | undefined;

  next(): number {
    if (this.pendingEnd) {
      this.pendingEnd = false;
      this.open.pop();
      this.openNameEnd.pop();
      this.depth--;
      return (this.kind = END);
    }
    const xml = this.xml;
    for (;;) {
      const i = this.pos;
      if (i >= xml.length) return this.atEnd();
      if (xml.charCodeAt(i) !== 60) {
        if (this.charData(i)) return (this.kind = TEXT);
        continue;
      }
      const c = xml.charCodeAt(i + 1);
      if (c === 47) return this.endTag(i);
      if (c === 63) this.pos = this.instruction(i);
      else if (c !== 33) return this.startTag(i);
      else if (xml.startsWith('<!--', i)) this.pos = this.comment(i);
      else if (xml.startsWith('<![CDATA[', i)) {
        if (this.depth === 0) this.fail('staat CDATA buiten het hoofdelement', i);
        const close = xml.indexOf(']]>', i + 9);
        if (close < 0) this.fail('sluit een CDATA-blok niet af', i);
        const cr = this.checkChars(i + 9, close);
        this.start = i + 9;
        this.end = close;
        this.pos = close + 3;
        this.decoded = cr ? xml.slice(i + 9, close).replace(/\r\n?/g, '\n') : undefined;
        return (this.kind = TEXT);
      } else if (xml.startsWith('<!DOCTYPE', i)) this.fail('staat een DTD (<!DOCTYPE>), die een werkmap niet heeft en nplv niet leest', i);
      else this.fail('staat een onbekende declaratie <!', i);
    }
  }

  /** Whether the current tag's name is `name`. */
  isName(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The current TEXT, decoded. */
  text(): string {
    return this.decoded ?? this.xml.slice(this.start, this.end);
  }

  /** Index of the current start tag's attribute `name`, or -1. */
  attrIndex(name: string): number {
    const a = this.attrs;
    for (let k = 0; k < this.attrCount; k++)
      if (a.nameEnd[k] - a.nameStart[k] === name.length && this.xml.startsWith(name, a.nameStart[k])) return k;
    return -1;
  }

  /** The value of the current start tag's attribute `name` (decoded, whitespace normalized), or undefined. */
  attr(name: string): string | undefined {
    const k = this.attrIndex(name);
    return k < 0 ? undefined : this.attrValue(k);
  }

  /** The value of the current start tag's attribute number `k`, decoded. */
  attrValue(k: number): string {
    const a = this.attrs;
    return a.raw[k] ? this.xml.slice(a.valueStart[k], a.valueEnd[k]) : this.decode(a.valueStart[k], a.valueEnd[k], true);
  }

  /** After a START: the text of the element's own text children, up to its end tag (read too). */
  elementText(): string {
    const depth = this.depth;
    let text = '';
    while (this.next() !== END || this.depth >= depth) if (this.kind === TEXT && this.depth === depth) text += this.text();
    return text;
  }

  /**
   * After the START of an element that is not self-closing: when all it holds is one child
   * `<name>text</name>`, written plainly (no attributes, no white space in the tags, text of
   * plain characters only: no reference, no `>`, no control character, nothing from U+D800 on)
   * and directly followed by the element's end tag, reads up to and with that end tag (as
   * `nextChild` would at its end) and gives the text. Else undefined, with nothing read: the
   * element is for the reader's other steps, which check it in full. The one shape nearly
   * every cell of a worksheet has (`<c r="A1" t="s"><v>0</v></c>`), read in one pass.
   */
  onlyChildText(name: string): string | undefined {
    const xml = this.xml;
    let j = this.pos;
    if (this.pendingEnd || xml.charCodeAt(j) !== 60 || !xml.startsWith(name, j + 1) || xml.charCodeAt(j + 1 + name.length) !== 62)
      return undefined;
    const from = (j += name.length + 2);
    for (let c = xml.charCodeAt(j); c !== 60; c = xml.charCodeAt(++j)) {
      if (c < 32 || c === 38 || c === 62 || c >= 0xd800 || j >= xml.length) return undefined;
    }
    const to = j;
    if (xml.charCodeAt(j + 1) !== 47 || !xml.startsWith(name, j + 2) || xml.charCodeAt(j + 2 + name.length) !== 62) return undefined;
    const end = j + 3 + name.length;
    const length = this.nameEnd - this.nameStart;
    if (
      xml.charCodeAt(end) !== 60 ||
      xml.charCodeAt(end + 1) !== 47 ||
      !same(xml, end + 2, this.nameStart, length) ||
      xml.charCodeAt(end + 2 + length) !== 62
    )
      return undefined;
    this.open.pop();
    this.openNameEnd.pop();
    this.depth--;
    this.kind = END;
    this.start = end;
    this.end = this.pos = end + 3 + length;
    this.nameStart = end + 2;
    this.nameEnd = end + 2 + length;
    this.selfClosing = false;
    return xml.slice(from, to);
  }

  /**
   * The next child element of the element open at `depth` (its START, true), or false at that
   * element's end tag. What a caller does not read of a child is passed over.
   */
  nextChild(depth: number): boolean {
    for (;;) {
      const kind = this.next();
      if (kind === START && this.depth === depth + 1) return true;
      if ((kind === END && this.depth < depth) || kind === DONE) return false;
    }
  }

  /** Reads the rest of the part (after the root only comments, processing instructions and white space may stand). */
  finish(): void {
    while (this.next() !== DONE);
  }

  /** After a START: reads up to its end tag. */
  skipElement(): void {
    const depth = this.depth;
    while (this.next() !== END || this.depth >= depth);
  }

  private atEnd(): number {
    const n = this.open.length;
    if (n > 0)
      this.fail(`sluit <${this.xml.slice(this.open[n - 1] + 1, this.openNameEnd[n - 1])}> niet af: het deel houdt op`, this.open[n - 1]);
    if (!this.rootSeen) this.fail('staat geen XML-element (het deel is leeg, afgebroken of geen XML)', 0);
    return (this.kind = DONE);
  }

  // Characters up to the next `<`: true when they are a text of the content (outside the root only white space may stand).
  private charData(i: number): boolean {
    const xml = this.xml;
    let j = i;
    let plain = true;
    for (; j < xml.length; j++) {
      const c = xml.charCodeAt(j);
      if (c === 60) break;
      if (c < 32 || c === 38 || c === 62 || c >= 0xd800) {
        plain = false;
        if (c === 62 && xml.charCodeAt(j - 1) === 93 && xml.charCodeAt(j - 2) === 93 && j - 2 >= i) this.fail('staat ]]> in tekst', j);
        else if (c !== 38 && c !== 62) j = this.checkChar(j);
      }
    }
    this.start = i;
    this.end = this.pos = j;
    if (this.depth === 0) {
      for (let k = i; k < j; k++)
        if (!isSpace(xml.charCodeAt(k)))
          this.fail(this.rootSeen ? 'staat tekst na het hoofdelement' : 'is geen XML: er staat tekst vóór het eerste element', k);
      return false;
    }
    this.decoded = plain ? undefined : this.decode(i, j, false);
    return true;
  }

  private startTag(i: number): number {
    const xml = this.xml;
    if (this.depth === 0 && this.rootSeen) this.fail('staat na het hoofdelement nog een element', i);
    const nameEnd = this.nameAfter(i + 1);
    const a = this.attrs;
    let j = nameEnd;
    let count = 0;
    for (;;) {
      const before = j;
      while (isSpace(xml.charCodeAt(j))) j++;
      const c = xml.charCodeAt(j);
      if (c === 62 || c === 47) {
        if (c === 47 && xml.charCodeAt(j + 1) !== 62) this.fail('staat een / in een begintag', j);
        this.selfClosing = c === 47;
        j += c === 47 ? 2 : 1;
        break;
      }
      if (j >= xml.length) this.fail(`sluit de tag <${xml.slice(i + 1, nameEnd)}> niet af: het deel houdt op`, i);
      if (j === before) this.fail('staat geen spatie tussen twee attributen', j);
      const attrEnd = this.nameAfter(j);
      let q = attrEnd;
      while (isSpace(xml.charCodeAt(q))) q++;
      if (xml.charCodeAt(q) !== 61) this.fail(`heeft attribuut ${xml.slice(j, attrEnd)} geen = en waarde`, j);
      q++;
      while (isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== 34 && quote !== 39) this.fail(`staat de waarde van ${xml.slice(j, attrEnd)} niet tussen aanhalingstekens`, q);
      let v = q + 1;
      let raw = true;
      for (; v < xml.length; v++) {
        const ch = xml.charCodeAt(v);
        if (ch === quote) break;
        if (ch < 32 || ch === 38 || ch === 60 || ch >= 0xd800) {
          raw = false;
          if (ch === 60) this.fail('staat < in de waarde van een attribuut', v);
          if (ch !== 38) v = this.checkChar(v);
        }
      }
      if (v >= xml.length) this.fail(`sluit de tag <${xml.slice(i + 1, nameEnd)}> niet af: het deel houdt op`, i);
      for (let k = 0; k < count; k++) {
        if (a.nameEnd[k] - a.nameStart[k] === attrEnd - j && same(xml, j, a.nameStart[k], attrEnd - j))
          this.fail(`staat attribuut ${xml.slice(j, attrEnd)} twee keer in één tag`, j);
      }
      a.nameStart[count] = j;
      a.nameEnd[count] = attrEnd;
      a.valueStart[count] = q + 1;
      a.valueEnd[count] = v;
      a.raw[count] = raw;
      if (!raw) this.decode(q + 1, v, true);
      count++;
      j = v + 1;
    }
    this.start = i;
    this.end = this.pos = j;
    this.nameStart = i + 1;
    this.nameEnd = nameEnd;
    this.attrCount = count;
    this.rootSeen = true;
    this.open.push(i);
    this.openNameEnd.push(nameEnd);
    this.depth++;
    this.pendingEnd = this.selfClosing;
    return (this.kind = START);
  }

  private endTag(i: number): number {
    const xml = this.xml;
    const top = this.open.pop();
    const topEnd = this.openNameEnd.pop();
    const found = () => /^<\/[^\s>]{0,40}/.exec(xml.slice(i, i + 42))![0] + '>';
    if (top === undefined || topEnd === undefined) return this.fail(`staat ${found()} zonder begintag`, i);
    const length = topEnd - top - 1;
    let j = i + 2 + length;
    const after = xml.charCodeAt(j);
    if (!same(xml, i + 2, top + 1, length) || !(after === 62 || isSpace(after))) {
      this.fail(`sluit <${xml.slice(top + 1, topEnd)}> (regel ${regel(xml, top)}) niet af: er staat ${found()}`, i);
    }
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 62) this.fail(`sluit de eindtag ${found()} niet af`, i);
    this.start = i;
    this.end = this.pos = j + 1;
    this.nameStart = i + 2;
    this.nameEnd = i + 2 + length;
    this.selfClosing = false;
    this.depth--;
    return (this.kind = END);
  }
}
