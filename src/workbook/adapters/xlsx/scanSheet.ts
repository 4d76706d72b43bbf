import type { CellValue } from '../../port';
import { EXCEL_COLUMNS } from '../../../sheet';
import { CellRead, digits, openSheet, readCell, rowNumber, xsdDouble, type SheetTags } from './sheetCells';
import { shiftFormula } from './shiftFormula';
import { decodeOoxmlEscapes } from './xml/escape';
import type { XmlReader } from './xml/reader';

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
  /** The rows in the row outline (`outlineLevel` 1 or more), each with whether it is hidden. */
  outline: Map<number, boolean>;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell's value from its type and `v` (or inline string): a shared string by its index, a
 * number as xsd:double, a boolean as xsd:boolean, an error, a date; text with OOXML's `_xHHHH_`
 * decoded. A `v` that is no value of its type makes the part damaged.
 */
function cellValue(reader: XmlReader, cell: CellRead, strings: readonly string[]): CellValue {
  const v = cell.v;
  const wrong = (what: string): never => notValue(reader, cell, what);
  switch (cell.type) {
    case 's': {
      if (v === null) return null;
      const index = digits(v.trim());
      return index < 0 ? wrong('geen nummer van een gedeelde tekst') : (strings[index] ?? null);
    }
    case 'inlineStr':
      return cell.inline ?? (v === null ? null : decodeOoxmlEscapes(v));
    case 'str':
      return v === null ? null : decodeOoxmlEscapes(v);
    case 'b': {
      if (v === null) return null;
      const b = v.trim();
      return b === '1' || b === 'true' ? true : b === '0' || b === 'false' ? false : wrong('geen waar of onwaar (0, 1, true, false)');
    }
    case 'e':
      return v === null ? null : { error: v };
    case 'd': {
      if (v === null) return null;
      const iso = /[zZ]|[+-]\d\d:\d\d$/.test(v) || !v.includes('T') ? v : v + 'Z';
      const ms = Date.parse(iso);
      return Number.isNaN(ms) ? v : (ms - EXCEL_EPOCH) / 86400000;
    }
    default:
      return v === null ? null : (xsdDouble(v) ?? notValue(reader, cell, 'geen getal (xsd:double, zoals 1.5 of -2E3)'));
  }
}

function notValue(reader: XmlReader, cell: CellRead, what: string): never {
  const v = cell.v ?? '';
  return reader.fail(`is <v>${v.length > 30 ? v.slice(0, 30) + '…' : v}</v> van cel ${cell.ref} ${what}`, reader.start);
}

/** The formula of a cell (no `=`); a shared formula's dependants get the master's text moved. */
export class SharedFormulas {
  private readonly masters = new Map<string, { text: string; row: number; column: number }>();

  formula(f: CellRead['f'], row: number, column: number): string | null {
    if (f === null) return null;
    if (!f.shared) return f.text === '' ? null : f.text;
    if (f.text !== '') {
      this.masters.set(f.si, { text: f.text, row, column });
      return f.text;
    }
    const master = this.masters.get(f.si);
    return master ? shiftFormula(master.text, row - master.row, column - master.column) : null;
  }
}

/** Column widths and styles from `<cols>` at the reader's START (read to its end); `min`/`max` inside Excel's columns. */
export function readColumns(reader: XmlReader, t: SheetTags, into: { widths: (number | null)[]; columnStyles: number[] }): void {
  const depth = reader.depth;
  while (reader.nextChild(depth)) {
    if (!reader.isName(t.col)) continue;
    const [min, max, width, style] = [reader.attr('min'), reader.attr('max'), reader.attr('width'), digits(reader.attr('style') ?? '0')];
    const [from, to] = [digits(min), digits(max)];
    if (from < 1 || to < from || to > EXCEL_COLUMNS)
      reader.fail(`is <col min="${min}" max="${max}"> geen reeks kolommen van 1 tot ${EXCEL_COLUMNS}`, reader.start);
    const w =
      width === undefined
        ? null
        : (xsdDouble(width) ?? reader.fail(`is de breedte width="${width}" van een kolom geen getal`, reader.start));
    if (style < 0) reader.fail(`is de opmaak style="${reader.attr('style')}" van een kolom geen getal`, reader.start);
    for (let c = from; c <= to; c++) {
      if (w !== null) into.widths[c - 1] = w;
      if (style) into.columnStyles[c - 1] = style;
    }
  }
}

/** A row's default style (`s` where `customFormat` is set), or undefined. */
export function rowStyle(reader: XmlReader): number | undefined {
  const custom = reader.attr('customFormat');
  if (custom !== '1' && custom !== 'true') return undefined;
  const s = digits(reader.attr('s') ?? '0');
  return s < 0 ? reader.fail(`is de opmaak s="${reader.attr('s')}" van een rij geen getal`, reader.start) : s;
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** Whether the row at the reader's START is in the row outline, and then whether it is hidden. */
export function rowOutline(reader: XmlReader): boolean | undefined {
  const level = reader.attr('outlineLevel');
  return level === undefined || digits(level) <= 0 ? undefined : isTrue(reader.attr('hidden'));
}

/** The tag names of a worksheet part, with its root's namespace prefix. */
export function sheetTags(xml: string, part = 'een werkblad'): SheetTags {
  return openSheet(xml, part).t;
}

/** Every cell of a worksheet part holding a value, formula or style; `strings` = the shared strings. Throws GeenWerkmap for a damaged part. */
export function scanSheet(xml: string, strings: readonly string[], part: string): ScannedSheet {
  const { reader, t } = openSheet(xml, part);
  const sheet: ScannedSheet = {
    rows: [],
    columns: [],
    values: [],
    formulas: [],
    xfs: [],
    widths: [],
    columnStyles: [],
    rowStyles: new Map(),
    outline: new Map(),
  };
  const [shared, cell] = [new SharedFormulas(), new CellRead()];
  let row = 0;
  while (reader.nextChild(1)) {
    if (reader.isName(t.cols)) {
      readColumns(reader, t, sheet);
      continue;
    }
    if (!reader.isName(t.sheetData)) continue;
    while (reader.nextChild(2)) {
      if (!reader.isName(t.row)) continue;
      row = rowNumber(reader, row);
      const style = rowStyle(reader);
      if (style !== undefined) sheet.rowStyles.set(row, style);
      const outlined = rowOutline(reader);
      if (outlined !== undefined) sheet.outline.set(row, outlined);
      let column = 0;
      while (reader.nextChild(3)) {
        if (!reader.isName(t.c)) continue;
        readCell(reader, t, cell, row, column);
        column = cell.column;
        const value = cellValue(reader, cell, strings);
        const formula = shared.formula(cell.f, cell.row, cell.column);
        if (value !== null || formula !== null || cell.xf !== 0) {
          sheet.rows.push(cell.row);
          sheet.columns.push(cell.column);
          sheet.values.push(value);
          sheet.formulas.push(formula);
          sheet.xfs.push(cell.xf);
        }
      }
    }
  }
  reader.finish();
  return sheet;
}
