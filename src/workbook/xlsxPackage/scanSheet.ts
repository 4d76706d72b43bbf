import type { CellValue } from '../port';
import { shiftFormula } from './shiftFormula';
import { attr, decodeOoxmlEscapes, decodeXml, elements, firstElement, rootPrefix, runText, startsElement, tagEnd } from './xml';

/**
 * The cells of a worksheet part that hold a value, a formula or a style, as parallel arrays
 * (no object per cell), with what else a reader needs: column widths and default styles.
 */
export interface ScannedSheet {
  rows: number[];
  columns: number[];
  values: CellValue[];
  formulas: (string | null)[];
  /** The cell format (`s`, an index into `cellXfs`); 0 when the cell has none. */
  xfs: number[];
  /** Width per column (index 0 = column A); null = default. */
  widths: (number | null)[];
  /** The style of a column's empty cells (`<col style>`), index 0 = column A. */
  columnStyles: number[];
  /** The style of a row's empty cells, for rows with `customFormat`. */
  rowStyles: Map<number, number>;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The tag names of a worksheet part, with its namespace prefix. */
export interface SheetTags {
  prefix: string;
  row: string;
  c: string;
  cEnd: string;
  f: string;
  v: string;
  is: string;
}

export function sheetTags(xml: string): SheetTags {
  const p = rootPrefix(xml, 'worksheet');
  return { prefix: p, row: `<${p}row`, c: `<${p}c`, cEnd: `</${p}c>`, f: `<${p}f`, v: `<${p}v`, is: `<${p}is` };
}

/** The start tag's attributes of a cell that matter here, read in place. */
export interface CellTag {
  /** -1 where the cell has no `r`. */
  row: number;
  column: number;
  xf: number;
  type: string;
  /** Index of the tag's `>`; self-closed when the character before is `/`. */
  gt: number;
}

const TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'd', 'n'];

// A non-negative integer written at xml[from, to), without making a string.
function integerAt(xml: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + xml.charCodeAt(k) - 48;
  return n;
}

/** Reads `r`, `s` and `t` of the cell whose start tag begins at `lt`, in place (a cell is read for every cell). */
export function readCellTag(xml: string, lt: number): CellTag {
  const gt = tagEnd(xml, lt);
  const tag: CellTag = { row: -1, column: -1, xf: 0, type: 'n', gt };
  let i = lt + 2;
  while (i < gt) {
    while (xml.charCodeAt(i) <= 32) i++;
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq > gt) break;
    const quote = xml.charCodeAt(eq + 1) === 39 ? "'" : '"';
    const start = xml.indexOf(quote, eq) + 1;
    const end = xml.indexOf(quote, start);
    const single = eq - i === 1 ? xml.charCodeAt(i) : 0;
    if (single === 114) {
      // r="AB12"
      let column = 0;
      let k = start;
      for (let ch = xml.charCodeAt(k); k < end && ch >= 65; ch = xml.charCodeAt(++k)) column = column * 26 + ((ch & ~32) - 64);
      tag.column = column;
      tag.row = integerAt(xml, k, end);
    } else if (single === 115) tag.xf = integerAt(xml, start, end);
    else if (single === 116) tag.type = TYPES.find((t) => t.length === end - start && xml.startsWith(t, start)) ?? xml.slice(start, end);
    i = end + 1;
  }
  return tag;
}

function cellValue(type: string, v: string | null, inline: string | null, strings: readonly string[]): CellValue {
  switch (type) {
    case 's':
      return v === null ? null : (strings[Number(v)] ?? null);
    case 'inlineStr':
      return inline ?? (v === null ? null : decodeOoxmlEscapes(decodeXml(v)));
    case 'str':
      return v === null ? null : decodeOoxmlEscapes(decodeXml(v));
    case 'b':
      return v === null ? null : v.trim() !== '0' && v.trim() !== 'false';
    case 'e':
      return v === null ? null : { error: decodeXml(v) };
    case 'd': {
      if (v === null) return null;
      const iso = /[zZ]|[+-]\d\d:\d\d$/.test(v) || !v.includes('T') ? v : v + 'Z';
      const ms = Date.parse(iso);
      return Number.isNaN(ms) ? decodeXml(v) : (ms - EXCEL_EPOCH) / 86400000;
    }
    default:
      return v === null || v === '' ? null : Number(v);
  }
}

/** The children of a cell that matter: `<v>` text, `<f>` (text and attributes), inline string. */
export interface CellBody {
  v: string | null;
  f: { text: string; tag: string } | null;
  inline: string | null;
  /** Index just after the cell's end. */
  end: number;
}

export function readCellBody(xml: string, t: SheetTags, gt: number): CellBody {
  if (xml.charCodeAt(gt - 1) === 47) return { v: null, f: null, inline: null, end: gt + 1 };
  const close = xml.indexOf(t.cEnd, gt);
  const body: CellBody = { v: null, f: null, inline: null, end: close + t.cEnd.length };
  for (let i = xml.indexOf('<', gt + 1); i >= 0 && i < close; ) {
    if (xml.charCodeAt(i + 1) === 47) {
      i = xml.indexOf('<', i + 1); // an end tag
      continue;
    }
    const end = tagEnd(xml, i);
    const selfClosed = xml.charCodeAt(end - 1) === 47;
    let next = end + 1;
    if (startsElement(xml, i, t.v)) {
      next = selfClosed ? end + 1 : xml.indexOf('<', end + 1);
      body.v = selfClosed ? '' : xml.slice(end + 1, next);
    } else if (startsElement(xml, i, t.f)) {
      next = selfClosed ? end + 1 : xml.indexOf('<', end + 1);
      body.f = { text: selfClosed ? '' : decodeXml(xml.slice(end + 1, next)), tag: xml.slice(i, end + 1) };
    } else if (startsElement(xml, i, t.is)) {
      next = selfClosed ? end + 1 : xml.indexOf(`</${t.prefix}is>`, end);
      body.inline = selfClosed ? '' : runText(xml, end + 1, next, t.prefix);
    }
    i = xml.indexOf('<', next);
  }
  return body;
}

/** The formula of a cell (no `=`); a shared formula's dependants get the master's text moved. */
export class SharedFormulas {
  private readonly masters = new Map<string, { text: string; row: number; column: number }>();

  formula(f: CellBody['f'], row: number, column: number): string | null {
    if (f === null) return null;
    if (attr(f.tag, 't') !== 'shared') return f.text === '' ? null : f.text;
    const si = attr(f.tag, 'si') ?? '';
    if (f.text !== '') {
      this.masters.set(si, { text: f.text, row, column });
      return f.text;
    }
    const master = this.masters.get(si);
    return master ? shiftFormula(master.text, row - master.row, column - master.column) : null;
  }
}

/** Column widths and styles from `<cols>`. */
export function readColumns(xml: string, prefix: string): { widths: (number | null)[]; styles: number[] } {
  const cols = firstElement(xml, prefix + 'cols');
  const [widths, styles]: [(number | null)[], number[]] = [[], []];
  if (!cols) return { widths, styles };
  for (const { tag } of elements(xml, prefix + 'col', cols.start + cols.tag.length, cols.end)) {
    const [min, max] = [Number(attr(tag, 'min')), Math.min(Number(attr(tag, 'max')), 16384)];
    const width = attr(tag, 'width');
    const style = Number(attr(tag, 'style') ?? 0);
    for (let c = min; c <= max; c++) {
      if (width !== undefined) widths[c - 1] = Number(width);
      if (style) styles[c - 1] = style;
    }
  }
  return { widths, styles };
}

/** Every cell of a worksheet part holding a value, formula or style; `strings` = the shared strings. */
export function scanSheet(xml: string, strings: readonly string[]): ScannedSheet {
  const t = sheetTags(xml);
  const { widths, styles } = readColumns(xml, t.prefix);
  const sheet: ScannedSheet = { rows: [], columns: [], values: [], formulas: [], xfs: [], widths, columnStyles: styles, rowStyles: new Map() };
  const data = firstElement(xml, t.prefix + 'sheetData');
  if (!data || data.tag.endsWith('/>')) return sheet;
  const shared = new SharedFormulas();
  const end = data.end;
  let [row, column] = [0, 0];
  for (let lt = xml.indexOf('<', data.start + data.tag.length); lt >= 0 && lt < end; ) {
    if (startsElement(xml, lt, t.c)) {
      const tag = readCellTag(xml, lt);
      [row, column] = tag.row > 0 ? [tag.row, tag.column] : [row, column + 1];
      const body = readCellBody(xml, t, tag.gt);
      const value = cellValue(tag.type, body.v, body.inline, strings);
      const formula = shared.formula(body.f, row, column);
      if (value !== null || formula !== null || tag.xf !== 0) {
        sheet.rows.push(row);
        sheet.columns.push(column);
        sheet.values.push(value);
        sheet.formulas.push(formula);
        sheet.xfs.push(tag.xf);
      }
      lt = xml.indexOf('<', body.end);
    } else if (startsElement(xml, lt, t.row)) {
      const gt = tagEnd(xml, lt);
      const rowTag = xml.slice(lt, gt + 1);
      const r = attr(rowTag, 'r');
      row = r === undefined ? row + 1 : Number(r);
      column = 0;
      if (attr(rowTag, 'customFormat') === '1' || attr(rowTag, 'customFormat') === 'true') sheet.rowStyles.set(row, Number(attr(rowTag, 's') ?? 0));
      lt = xml.indexOf('<', gt + 1);
    } else lt = xml.indexOf('<', lt + 1);
  }
  return sheet;
}
