import { BUILTIN_FORMATS, FIRST_CUSTOM_FORMAT } from './builtinFormats';
import { attr, elements, escapeXml, firstElement, rootPrefix, setAttr, startsElement, type Found } from './xml';

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
  found: Found | undefined;
  items: string[];
  added: string[];
  index: Map<string, number>;
}

function section(xml: string, prefix: string, name: string, item: string): Section {
  const found = firstElement(xml, prefix + name);
  const items = found ? elements(xml, prefix + item, found.start + found.tag.length, found.end).map((e) => xml.slice(e.start, e.end)) : [];
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

const startTag = (raw: string) => raw.slice(0, raw.indexOf('>') + 1);

/**
 * The cell formats (`cellXfs`) of a package's styles part: each one's number format and
 * bold, and new formats derived from one with another number format and/or bold — added to
 * the part (with their numFmt and font entries) only when no existing entry is the same.
 */
export class Styles {
  private readonly prefix: string;
  private readonly customFormats = new Map<number, string>();
  private readonly addedFormats: [number, string][] = [];
  private readonly fonts: Section;
  private readonly xfs: Section;
  private readonly derived = new Map<number, Map<string | null, number[]>>();
  private formatCache: string[] = [];
  private boldCache: boolean[] = [];

  /** `xml` undefined: the package has no styles part (one is made when a format is derived). */
  constructor(private readonly xml: string | undefined) {
    const text = xml ?? EMPTY_STYLES;
    this.prefix = rootPrefix(text, 'styleSheet');
    const numFmts = firstElement(text, this.prefix + 'numFmts');
    if (numFmts)
      for (const { tag } of elements(text, this.prefix + 'numFmt', numFmts.start + numFmts.tag.length, numFmts.end))
        this.customFormats.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? 'General');
    this.fonts = section(text, this.prefix, 'fonts', 'font');
    this.xfs = section(text, this.prefix, 'cellXfs', 'xf');
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
    let text = this.xml ?? EMPTY_STYLES;
    const { prefix } = this;
    // From the end of the part backwards, so earlier positions stay valid.
    for (const s of [this.xfs, this.fonts].sort((a, b) => (b.found?.start ?? 0) - (a.found?.start ?? 0))) {
      if (s.added.length === 0 || !s.found) continue;
      const { start, end, tag } = s.found;
      const inner = tag.endsWith('/>') ? '' : text.slice(start + tag.length, end - `</${sectionName(tag)}>`.length);
      const open = setAttr(tag.endsWith('/>') ? tag.slice(0, -2) + '>' : tag, 'count', String(s.items.length));
      text = text.slice(0, start) + open + inner + s.added.join('') + `</${sectionName(tag)}>` + text.slice(end);
    }
    if (this.addedFormats.length > 0) {
      const added = this.addedFormats.map(([id, code]) => `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
      const count = String(this.customFormats.size);
      const numFmts = firstElement(text, prefix + 'numFmts');
      if (numFmts) {
        const { start, end, tag } = numFmts;
        const inner = tag.endsWith('/>') ? '' : text.slice(start + tag.length, end - `</${prefix}numFmts>`.length);
        const open = setAttr(tag.endsWith('/>') ? tag.slice(0, -2) + '>' : tag, 'count', count);
        text = text.slice(0, start) + open + inner + added + `</${prefix}numFmts>` + text.slice(end);
      } else {
        const root = firstElement(text, prefix + 'styleSheet')!;
        const at = root.start + root.tag.length;
        text = text.slice(0, at) + `<${prefix}numFmts count="${count}">${added}</${prefix}numFmts>` + text.slice(at);
      }
    }
    return text;
  }

  private cache(xf: number): void {
    const tag = startTag(this.xfs.items[xf]);
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    this.formatCache[xf] = this.customFormats.get(id) ?? BUILTIN_FORMATS.get(id) ?? 'General';
    this.boldCache[xf] = isBold(this.fonts.items[Number(attr(tag, 'fontId') ?? 0)] ?? '', this.prefix);
  }

  private make(xf: number, numberFormat: string | null, bold: boolean | undefined): number {
    if (!this.xfs.found) throw new Error('styles.xml has no cellXfs');
    const raw = this.xfs.items[xf] ?? this.xfs.items[0] ?? DEFAULT_XF;
    let tag = startTag(raw);
    if (numberFormat !== null && numberFormat !== this.numberFormat(xf)) {
      tag = setAttr(setAttr(tag, 'numFmtId', String(this.formatId(numberFormat))), 'applyNumberFormat', '1');
    }
    if (bold !== undefined && bold !== this.bold(xf)) {
      tag = setAttr(setAttr(tag, 'fontId', String(this.boldFont(Number(attr(tag, 'fontId') ?? 0), bold))), 'applyFont', '1');
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
    const open = startTag(raw);
    const body = open.endsWith('/>') ? '' : raw.slice(open.length, raw.length - `</${p}font>`.length);
    const withoutB = elements(body, p + 'b').reduceRight((b, e) => b.slice(0, e.start) + b.slice(e.end), body);
    const tag = open.endsWith('/>') ? open.slice(0, -2) + '>' : open;
    return intern(this.fonts, `${tag}${bold ? `<${p}b/>` : ''}${withoutB}</${p}font>`);
  }
}

const sectionName = (tag: string) => /^<([\w:.-]+)/.exec(tag)![1];

function isBold(font: string, prefix: string): boolean {
  const b = `<${prefix}b`;
  for (let i = font.indexOf(b); i >= 0; i = font.indexOf(b, i + 1)) {
    if (!startsElement(font, i, b)) continue;
    const val = attr(font.slice(i, font.indexOf('>', i) + 1), 'val');
    return val === undefined || val === '1' || val === 'true';
  }
  return false;
}
