import { decodeOoxmlEscapes } from './xml/escape';
import { isSpace } from './xml/chars';
import type { XmlReader } from './xml/reader';
import { openRoot } from './xml/tree';
import { columnLetter, EXCEL_COLUMNS, EXCEL_ROWS, isLetterCode, nextColumn } from '../../../sheet';

/**
 * Reading the rows and cells of a worksheet part with the XML reader, for the scan and the
 * patcher alike. The rules (SpreadsheetML, as Excel and LibreOffice read it):
 * - cells are the `c` children of `row` children of `sheetData` of the root `worksheet`
 *   (all with the root's namespace prefix); other elements are passed over;
 * - a row's `r` is a whole number 1..1,048,576, a cell's `r` a reference inside Excel's grid
 *   (A1..XFD1048576); without one, a row follows the row before, a cell the cell before;
 * - a cell's `s` is a whole number, its `t` one of b, d, e, inlineStr, n, s, str;
 * - its `v`, `f` and `is` are its children of those names (the last one counts); the text of
 *   `is` is that of its `t` children and of the `t` of its `r` runs (phonetic `rPh` left out).
 * Anything else is a damaged part (GeenWerkmap naming the part and the reference).
 */

// Bound once: read through the index's re-exports, every call would go through a getter, and
// cellRef runs for every cell of the file.
const [ROWS, COLUMNS, isLetter, addLetter] = [EXCEL_ROWS, EXCEL_COLUMNS, isLetterCode, nextColumn];
const ROW_LIMIT = ROWS.toLocaleString('nl-NL');

/** The tag names of a worksheet part, with its namespace prefix. */
export interface SheetTags {
  prefix: string;
  sheetData: string;
  cols: string;
  col: string;
  row: string;
  c: string;
  f: string;
  v: string;
  is: string;
  t: string;
  r: string;
}

export function tagsOf(prefix: string): SheetTags {
  const p = prefix;
  return {
    prefix,
    sheetData: p + 'sheetData',
    cols: p + 'cols',
    col: p + 'col',
    row: p + 'row',
    c: p + 'c',
    f: p + 'f',
    v: p + 'v',
    is: p + 'is',
    t: p + 't',
    r: p + 'r',
  };
}

/** A reader at the root of a worksheet part, and its tag names; throws when the root is no worksheet. */
export function openSheet(xml: string, part: string): { reader: XmlReader; t: SheetTags } {
  const { reader, prefix } = openRoot(xml, part, 'worksheet');
  return { reader, t: tagsOf(prefix) };
}

/** A whole number written in `text[from, to)` (digits only), or -1. */
export function digits(text: string | undefined, from = 0, to = text?.length ?? 0): number {
  if (text === undefined || to === from || to - from > 15) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const shown = (text: string) => (text.length > 30 ? text.slice(0, 30) + '…' : text);

/** A row's `r` (or the row after `previous`), checked. */
export function rowNumber(reader: XmlReader, previous: number): number {
  const r = reader.attr('r');
  const row = r === undefined ? previous + 1 : digits(r);
  if (row < 1 || row > ROWS)
    reader.fail(
      r === undefined
        ? `staat een rij na rij ${ROW_LIMIT}, de laatste van Excel`
        : `is rij r="${shown(r)}" geen rijnummer van 1 tot ${ROW_LIMIT}`,
      reader.start,
    );
  return row;
}

const TYPES = ['n', 's', 'str', 'inlineStr', 'b', 'e', 'd'];

/** One cell as read: its place and attributes, what its children hold, and where it is in the text. */
export class CellRead {
  start = 0;
  end = 0;
  row = 0;
  column = 0;
  hasR = false;
  xf = 0;
  type = 'n';
  v: string | null = null;
  inline: string | null = null;
  /** The formula element: its text, whether it is shared (and its `si`), its place. */
  f: { text: string; shared: boolean; si: string; start: number; end: number } | null = null;

  /** The cell's reference, for messages. */
  get ref(): string {
    return `${columnLetter(this.column)}${this.row}`;
  }
}

// Reads `r` of a cell, written at text[from, to), into it; false when it is no reference inside Excel's grid.
function cellRef(text: string, from: number, to: number, cell: CellRead): boolean {
  let k = from;
  let column = 0;
  for (; k < to && k < from + 4; k++) {
    const c = text.charCodeAt(k);
    if (!isLetter(c)) break;
    column = addLetter(column, c);
  }
  const row = digits(text, k, to);
  if (k === from || k > from + 3 || row < 1 || row > ROWS || column > COLUMNS) return false;
  cell.row = row;
  cell.column = column;
  return true;
}

// Why the reference `r` is no cell inside Excel's grid.
function wrongRef(r: string): string {
  return /^[A-Za-z]{1,3}[0-9]{1,15}$/.test(r)
    ? `ligt cel r="${shown(r)}" buiten het werkblad van Excel (A1 tot XFD${ROWS})`
    : `is r="${shown(r)}" van een cel geen celverwijzing`;
}

// Attribute `k` read in place where it needs no decoding: `r` into the cell (false: no cell in Excel's grid), `s` as a number, `t` as one of TYPES.
function refAt(reader: XmlReader, k: number, cell: CellRead): boolean {
  const a = reader.attrs;
  if (a.raw[k]) return cellRef(reader.xml, a.valueStart[k], a.valueEnd[k], cell);
  const value = reader.attrValue(k);
  return cellRef(value, 0, value.length, cell);
}

function numberAt(reader: XmlReader, k: number): number {
  const a = reader.attrs;
  return a.raw[k] ? digits(reader.xml, a.valueStart[k], a.valueEnd[k]) : digits(reader.attrValue(k));
}

function typeAt(reader: XmlReader, k: number): string | undefined {
  const a = reader.attrs;
  if (!a.raw[k]) return TYPES.find((t) => t === reader.attrValue(k));
  const [from, length] = [a.valueStart[k], a.valueEnd[k] - a.valueStart[k]];
  for (const t of TYPES) if (t.length === length && reader.xml.startsWith(t, from)) return t;
  return undefined;
}

/** Reads the cell at the reader's START (to its end) into `cell`: `row` is its row's, `column` the cell's before. */
export function readCell(reader: XmlReader, t: SheetTags, cell: CellRead, row: number, column: number): void {
  cell.start = reader.start;
  // r, s and t in one pass over the attributes, read in place (this runs for every cell).
  let r = -1;
  let s = -1;
  let type = -1;
  const { nameStart, nameEnd } = reader.attrs;
  for (let k = 0; k < reader.attrCount; k++) {
    if (nameEnd[k] - nameStart[k] !== 1) continue;
    const ch = reader.xml.charCodeAt(nameStart[k]);
    if (ch === 114) r = k;
    else if (ch === 115) s = k;
    else if (ch === 116) type = k;
  }
  cell.hasR = r >= 0;
  if (r < 0) {
    if (column >= COLUMNS) reader.fail(`staat in rij ${row} een cel na kolom XFD, de laatste van Excel`, reader.start);
    cell.row = row;
    cell.column = column + 1;
  } else if (!refAt(reader, r, cell)) reader.fail(wrongRef(reader.attrValue(r)), reader.start);
  cell.xf = s < 0 ? 0 : numberAt(reader, s);
  if (cell.xf < 0) reader.fail(`is de opmaak s="${shown(reader.attrValue(s))}" van cel ${cell.ref} geen getal`, reader.start);
  const found = type < 0 ? 'n' : typeAt(reader, type);
  if (found === undefined) reader.fail(`is het type t="${shown(reader.attrValue(type))}" van cel ${cell.ref} onbekend`, reader.start);
  cell.type = found;
  cell.v = null;
  cell.inline = null;
  cell.f = null;
  const v = reader.selfClosing ? undefined : reader.onlyChildText(t.v);
  if (v !== undefined) cell.v = v;
  const depth = reader.depth;
  while (v === undefined && reader.nextChild(depth)) {
    if (reader.isName(t.v)) cell.v = reader.elementText();
    else if (reader.isName(t.f)) {
      const start = reader.start;
      const shared = reader.attr('t') === 'shared';
      const si = reader.attr('si') ?? '';
      cell.f = { text: reader.elementText(), shared, si, start, end: reader.end };
    } else if (reader.isName(t.is)) cell.inline = runText(reader, t);
  }
  cell.end = reader.end;
}

/** The text of a string item (`si`, `is`) at the reader's START: its `t`, and the `t` of its runs. */
export function runText(reader: XmlReader, t: Pick<SheetTags, 't' | 'r'>): string {
  let text = '';
  const depth = reader.depth;
  while (reader.nextChild(depth)) {
    if (reader.isName(t.t)) text += reader.elementText();
    else if (reader.isName(t.r)) {
      while (reader.nextChild(depth + 1)) if (reader.isName(t.t)) text += reader.elementText();
    }
  }
  return decodeOoxmlEscapes(text);
}

// The index after the digits from `j` up to `n`.
function digitsEnd(text: string, j: number, n: number): number {
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  return j;
}

/** A number as XML Schema's xsd:double writes it (white space around allowed), or undefined; INF and NaN are none Excel holds. */
export function xsdDouble(text: string): number | undefined {
  let i = 0;
  let n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  while (n > i && isSpace(text.charCodeAt(n - 1))) n--;
  let j = i;
  if (text[j] === '+' || text[j] === '-') j++;
  let end = digitsEnd(text, j, n);
  let count = end - j;
  j = end;
  if (j < n && text.charCodeAt(j) === 46) {
    end = digitsEnd(text, j + 1, n);
    count += end - j - 1;
    j = end;
  }
  if (count === 0) return undefined;
  if (j < n && (text.charCodeAt(j) | 32) === 101) {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    end = digitsEnd(text, j, n);
    if (end === j) return undefined;
    j = end;
  }
  if (j !== n) return undefined;
  const value = Number(i === 0 && n === text.length ? text : text.slice(i, n));
  return Number.isFinite(value) ? value : undefined;
}
