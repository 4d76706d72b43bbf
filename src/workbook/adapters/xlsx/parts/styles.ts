import { BUILTIN_FORMATS, FIRST_CUSTOM_FORMAT } from './builtinFormats';
import { escapeXml, setAttr } from '../xml/escape';
import { childNamed, childrenNamed, closeAt, prefixOf, readXml, replaceRanges, startTag as tagOf, type XmlElement } from '../xml/tree';

/** A styles part for a package that has none: one font, one cell format (General). */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

// A list section of styles.xml (fonts, cellXfs): its items as written, and those added.
interface Section {
  found: XmlElement | undefined;
  items: string[];
  added: string[];
  index: Map<string, number>;
}

function section(xml: string, root: XmlElement, prefix: string, name: string, item: string): Section {
  const found = childNamed(root, prefix + name);
  const items = childrenNamed(found, prefix + item).map((e) => xml.slice(e.start, e.end));
  const index = new Map<string, number>();
  items.forEach((raw, i) => index.has(raw) || index.set(raw, i));
  return { found, items, added: [], index };
}

// The item's index, adding it when no item is the same text.
function intern(s: Section, raw: string): number {
  let i = s.index.get(raw);
  if (i === undefined) {
    i = s.items.length;
    s.items.push(raw);
    s.added.push(raw);
    s.index.set(raw, i);
  }
  return i;
}

// An item of a section (`<xf>`, `<font>`, as read or made here) read on its own: its element.
const item = (raw: string) => readXml(raw, 'xl/styles.xml');
const startTag = (raw: string) => tagOf(raw, item(raw));

/**
 * The cell formats (`cellXfs`) of a package's styles part: each one's number format and
 * bold, and new formats derived from one with another number format and/or bold — added to
 * the part (with their numFmt and font entries) only when no existing entry is the same.
 */
export class Styles {
  private readonly prefix: string;
  private readonly root: XmlElement;
  private readonly customFormats = new Map<number, string>();
  private readonly addedFormats: [number, string][] = [];
  private readonly fonts: Section;
  private readonly xfs: Section;
  private readonly derived = new Map<number, Map<string | null, number[]>>();
  private formatCache: string[] = [];
  private boldCache: boolean[] = [];

  /** `xml` undefined: the package has no styles part (one is made when a format is derived). */
  constructor(
    private readonly xml: string | undefined,
    part = 'xl/styles.xml',
  ) {
    const text = xml ?? EMPTY_STYLES;
    this.root = readXml(text, part, 'styleSheet');
    this.prefix = prefixOf(this.root.name);
    for (const e of childrenNamed(childNamed(this.root, this.prefix + 'numFmts'), this.prefix + 'numFmt'))
      this.customFormats.set(Number(e.attrs.get('numFmtId')), e.attrs.get('formatCode') ?? 'General');
    this.fonts = section(text, this.root, this.prefix, 'fonts', 'font');
    this.xfs = section(text, this.root, this.prefix, 'cellXfs', 'xf');
    this.xfs.items.forEach((_, i) => this.cache(i));
  }

  /** Whether formats were added, so the part must be written. */
  get changed(): boolean {
    return this.xfs.added.length > 0 || this.fonts.added.length > 0 || this.addedFormats.length > 0;
  }

  /** Whether the package had no styles part. */
  get isNew(): boolean {
    return this.xml === undefined;
  }

  /** The number format of cell format `xf` (`General` for none or an unknown one). */
  numberFormat(xf: number): string {
    return this.formatCache[xf] ?? 'General';
  }

  bold(xf: number): boolean {
    return this.boldCache[xf] ?? false;
  }

  /** The cell format like `xf` but with this number format (null: as it is) and bold (undefined: as it is). */
  derive(xf: number, numberFormat: string | null, bold: boolean | undefined): number {
    let byFormat = this.derived.get(xf);
    if (!byFormat) this.derived.set(xf, (byFormat = new Map()));
    let byBold = byFormat.get(numberFormat);
    if (!byBold) byFormat.set(numberFormat, (byBold = []));
    const at = bold === undefined ? 0 : bold ? 1 : 2;
    return (byBold[at] ??= this.make(xf, numberFormat, bold));
  }

  /** The styles part with the added entries (call when `changed`). */
  toXml(): string {
    const text = this.xml ?? EMPTY_STYLES;
    const { prefix, root } = this;
    const ranges: { start: number; end: number; text: string }[] = [];
    // A section with items added and its count set.
    const grown = (found: XmlElement, count: number, added: string) => {
      const open = setAttr(found.end === found.tagEnd ? tagOf(text, found).slice(0, -2) + '>' : tagOf(text, found), 'count', String(count));
      ranges.push({
        start: found.start,
        end: found.end,
        text: open + text.slice(found.tagEnd, closeAt(text, found)) + added + `</${found.name}>`,
      });
    };
    for (const s of [this.xfs, this.fonts]) if (s.added.length > 0 && s.found) grown(s.found, s.items.length, s.added.join(''));
    if (this.addedFormats.length > 0) {
      const added = this.addedFormats.map(([id, code]) => `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
      const numFmts = childNamed(root, prefix + 'numFmts');
      if (numFmts) grown(numFmts, this.customFormats.size, added);
      else
        ranges.push({
          start: root.tagEnd,
          end: root.tagEnd,
          text: `<${prefix}numFmts count="${this.customFormats.size}">${added}</${prefix}numFmts>`,
        });
    }
    return replaceRanges(text, ranges);
  }

  private cache(xf: number): void {
    const e = item(this.xfs.items[xf]);
    const id = Number(e.attrs.get('numFmtId') ?? 0);
    this.formatCache[xf] = this.customFormats.get(id) ?? BUILTIN_FORMATS.get(id) ?? 'General';
    const font = this.fonts.items[Number(e.attrs.get('fontId') ?? 0)];
    const b = font === undefined ? undefined : childNamed(item(font), this.prefix + 'b');
    this.boldCache[xf] = b !== undefined && ['1', 'true', undefined].includes(b.attrs.get('val'));
  }

  private make(xf: number, numberFormat: string | null, bold: boolean | undefined): number {
    if (!this.xfs.found) throw new Error('styles.xml has no cellXfs');
    const raw = this.xfs.items[xf] ?? this.xfs.items[0] ?? DEFAULT_XF;
    let tag = startTag(raw);
    if (numberFormat !== null && numberFormat !== this.numberFormat(xf)) {
      tag = setAttr(setAttr(tag, 'numFmtId', String(this.formatId(numberFormat))), 'applyNumberFormat', '1');
    }
    if (bold !== undefined && bold !== this.bold(xf)) {
      tag = setAttr(setAttr(tag, 'fontId', String(this.boldFont(Number(item(raw).attrs.get('fontId') ?? 0), bold))), 'applyFont', '1');
    }
    if (tag === startTag(raw)) return xf < this.xfs.items.length ? xf : 0;
    const index = intern(this.xfs, tag + raw.slice(startTag(raw).length));
    this.cache(index);
    return index;
  }

  private formatId(code: string): number {
    for (const [id, c] of this.customFormats) if (c === code) return id;
    for (const [id, c] of BUILTIN_FORMATS) if (c === code) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    this.addedFormats.push([id, code]);
    return id;
  }

  private boldFont(fontId: number, bold: boolean): number {
    if (!this.fonts.found) throw new Error('styles.xml has no fonts');
    const p = this.prefix;
    const raw = this.fonts.items[fontId] ?? this.fonts.items[0] ?? `<${p}font/>`;
    const font = item(raw);
    const withoutB = replaceRanges(
      raw,
      childrenNamed(font, p + 'b').map((e) => ({ start: e.start, end: e.end, text: '' })),
    );
    const open = tagOf(raw, font);
    const tag = font.end === font.tagEnd ? open.slice(0, -2) + '>' : open;
    return intern(
      this.fonts,
      `${tag}${bold ? `<${p}b/>` : ''}${withoutB.slice(open.length, closeAt(withoutB, item(withoutB)))}</${font.name}>`,
    );
  }
}
