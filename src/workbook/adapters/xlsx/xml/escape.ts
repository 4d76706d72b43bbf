/** Writing the parts of an .xlsx package as text: escapes, and attributes set in a start tag. */
import { START, XmlReader } from './reader';

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

/** The attribute `name` of the reader's current start tag as written: where it starts (with the white space before it) and its value is (quotes excluded). */
export function attrPlace(
  reader: XmlReader,
  name: string,
): { start: number; valueStart: number; valueEnd: number; quote: string } | undefined {
  const k = reader.attrIndex(name);
  if (k < 0) return undefined;
  const [a, xml] = [reader.attrs, reader.xml];
  let start = a.nameStart[k];
  while (start > reader.start && /\s/.test(xml[start - 1])) start--;
  return { start, valueStart: a.valueStart[k], valueEnd: a.valueEnd[k], quote: xml[a.valueStart[k] - 1] };
}

// The attribute `name` of a start tag as written.
function findAttr(tag: string, name: string): ReturnType<typeof attrPlace> {
  const reader = new XmlReader(tag, 'tag');
  return reader.next() === START ? attrPlace(reader, name) : undefined;
}

/** A start tag with an attribute set (replaced, or added before the tag's end). */
export function setAttr(tag: string, name: string, value: string): string {
  const at = findAttr(tag, name);
  const text = escapeXml(value);
  if (at) return tag.slice(0, at.valueStart) + (at.quote === "'" ? text.replace(/'/g, '&apos;') : text) + tag.slice(at.valueEnd);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${text}"${tag.slice(end)}`;
}

/** A start tag without an attribute. */
export function removeAttr(tag: string, name: string): string {
  const at = findAttr(tag, name);
  return at ? tag.slice(0, at.start) + tag.slice(at.valueEnd + 1) : tag;
}
