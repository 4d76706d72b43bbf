/** Small XML helpers for scanning and writing the parts of an .xlsx package as text. */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five named entities and numeric character references. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? all;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

// Characters XML 1.0 cannot carry at all (control characters but tab, LF and CR; U+FFFE/F).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as element content or attribute value (quotes included); characters XML 1.0 forbids as `_xHHHH_`, as Excel writes them. */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'))
    .replace(FORBIDDEN, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** OOXML's own escape for characters XML cannot carry (`_x000D_`): decoded on reading. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A literal `_xHHHH_` in written text, escaped so Excel does not decode it (`_x005F_`). */
export function encodeOoxmlEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** The value of an attribute in a start tag (decoded), or undefined. */
export function attr(tag: string, name: string): string | undefined {
  const at = findAttr(tag, name);
  return at && decodeXml(tag.slice(at.valueStart, at.valueEnd));
}

// Walks the attributes of a start tag (`<name a="1" b='2'>`) to the one named.
function findAttr(tag: string, name: string): { start: number; valueStart: number; valueEnd: number } | undefined {
  let i = 1;
  while (i < tag.length && !isSpace(tag.charCodeAt(i)) && tag[i] !== '>' && tag[i] !== '/') i++;
  for (;;) {
    const start = i;
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const eq = tag.indexOf('=', i);
    if (eq < 0) return undefined;
    const key = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (isSpace(tag.charCodeAt(q))) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const valueEnd = tag.indexOf(quote, q + 1);
    if (valueEnd < 0) return undefined;
    if (key === name) return { start, valueStart: q + 1, valueEnd };
    i = valueEnd + 1;
  }
}

const isSpace = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/** A start tag with an attribute set (replaced, or added before the tag's end). */
export function setAttr(tag: string, name: string, value: string): string {
  const at = findAttr(tag, name);
  if (at) return tag.slice(0, at.valueStart) + escapeXml(value) + tag.slice(at.valueEnd);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

/** A start tag without an attribute. */
export function removeAttr(tag: string, name: string): string {
  const at = findAttr(tag, name);
  return at ? tag.slice(0, at.start) + tag.slice(at.valueEnd + 1) : tag;
}

/** The namespace prefix of a part's root element (`x:` for `<x:worksheet`), usually ''. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** The end of the start tag that begins at `lt` (index of its `>`), skipping quoted values. */
export function tagEnd(xml: string, lt: number): number {
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 62) return i; // >
    if (ch === 34 || ch === 39) i = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
    if (i < 0) break;
  }
  throw new Error('unterminated start tag');
}

/** Whether the element `<name` starts at `i` (not `<nameX`). */
export function startsElement(xml: string, i: number, name: string): boolean {
  if (!xml.startsWith(name, i)) return false;
  const ch = xml.charCodeAt(i + name.length);
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/** An element found in a part: [start, end) and its start tag. */
export interface Found {
  start: number;
  end: number;
  tag: string;
}

/**
 * The elements `<name …/>` or `<name …>…</name>` (not nested in themselves) between `from`
 * and `to`, at most `limit` of them.
 */
export function elements(xml: string, name: string, from = 0, to = xml.length, limit = Infinity): Found[] {
  const found: Found[] = [];
  const [open, close] = [`<${name}`, `</${name}>`];
  for (let i = xml.indexOf(open, from); i >= 0 && i < to && found.length < limit; i = xml.indexOf(open, i + 1)) {
    if (!startsElement(xml, i, open)) continue;
    const gt = tagEnd(xml, i);
    const end = xml[gt - 1] === '/' ? gt + 1 : xml.indexOf(close, gt) + close.length;
    found.push({ start: i, end, tag: xml.slice(i, gt + 1) });
    i = end - 1;
  }
  return found;
}

/** The first element `<name …>…</name>` (or self-closed) in `xml[from, to)`, or undefined. */
export function firstElement(xml: string, name: string, from = 0, to = xml.length): Found | undefined {
  return elements(xml, name, from, to, 1)[0];
}

/**
 * The text of the `<t>` elements inside `xml[from, to)`, not those of phonetic runs (`<rPh>`):
 * the text of a shared or inline string, rich or plain.
 */
export function runText(xml: string, from: number, to: number, prefix = ''): string {
  const [t, rPh, rPhEnd] = [`<${prefix}t`, `<${prefix}rPh`, `</${prefix}rPh>`];
  let text = '';
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    if (startsElement(xml, lt, rPh)) {
      i = xml.indexOf(rPhEnd, lt) + rPhEnd.length;
      continue;
    }
    if (startsElement(xml, lt, t)) {
      const gt = tagEnd(xml, lt);
      if (xml[gt - 1] === '/') {
        i = gt + 1;
        continue;
      }
      const close = xml.indexOf('</', gt);
      text += xml.slice(gt + 1, close);
      i = close;
      continue;
    }
    i = lt + 1;
  }
  return decodeOoxmlEscapes(decodeXml(text));
}
