import type { RenderEdit } from './cellXml';
import { readColumns, rowStyle } from './scanSheet';
import { CellRead, openSheet, readCell, rowNumber, type SheetTags } from './sheetCells';
import { SheetEdits, type Edit } from './sheetEdits';
import { shiftFormula } from './shiftFormula';
import { escapeXml, removeAttr, setAttr } from './xml/escape';
import type { XmlReader } from './xml/reader';
import { columnLetter, parseRef, refText, unionBox, type RefBox } from '../../../sheet';

type Orphans = Map<string, { text: string; row: number; column: number }>;

interface RowContext {
  xml: string;
  t: SheetTags;
  render: RenderEdit;
  columnStyles: number[];
  orphans: Orphans;
}

/** A cell of a row being rewritten: where it is, its formula element, and what stands before it since the row's previous element (white space, comments, instructions). */
type Cell = Pick<CellRead, 'start' | 'end' | 'row' | 'column' | 'hasR' | 'xf' | 'f'> & { before: string };

// A cell not written, as it was — with `r` added if it had none, and a shared formula whose
// master cell was overwritten written out in full.
function keptCell(cell: Cell, row: number, cx: RowContext): string {
  const { xml, t } = cx;
  const f = cell.f;
  const master = f && f.text === '' && f.shared ? cx.orphans.get(f.si) : undefined;
  const parts = [xml.slice(cell.start, master ? f!.start : cell.end)];
  if (master) parts.push(`<${t.f}>${escapeXml(shiftFormula(master.text, row - master.row, cell.column - master.column))}</${t.f}>`, xml.slice(f!.end, cell.end));
  if (!cell.hasR) parts[0] = `<${t.c} r="${columnLetter(cell.column)}${row}"${parts[0].slice(1 + t.c.length)}`;
  return parts.join('');
}

// A row's cells merged with the cells written to it, in column order; what else the row holds after them.
function rewriteRow(cells: readonly Cell[], other: readonly string[], row: number, written: ReadonlyMap<number, Edit> | undefined, rowXf: number | undefined, cx: RowContext): string {
  const columns = written ? SheetEdits.columns(written) : [];
  const out: string[] = [];
  let k = 0;
  const writeUpTo = (limit: number) => {
    for (; k < columns.length && columns[k] < limit; k++) out.push(cx.render(row, columns[k], written!.get(columns[k])!, rowXf ?? cx.columnStyles[columns[k] - 1] ?? 0));
  };
  for (const cell of cells) {
    writeUpTo(cell.column);
    out.push(cell.before);
    const edit = written?.get(cell.column);
    if (edit) {
      k++;
      if (cell.f && cell.f.text !== '' && cell.f.shared) cx.orphans.set(cell.f.si, { text: cell.f.text, row, column: cell.column });
      out.push(cx.render(row, cell.column, edit, cell.xf));
    } else out.push(keptCell(cell, row, cx));
  }
  writeUpTo(Infinity);
  return out.join('') + other.join('');
}

// The cells of the row at the reader's START (read to its end), and its other children and what follows its last one, as written.
function rowContent(reader: XmlReader, t: SheetTags, row: number): { cells: Cell[]; other: string[] } {
  const [cells, other, cell] = [[] as Cell[], [] as string[], new CellRead()];
  let [column, previous] = [0, reader.end];
  while (reader.nextChild(3)) {
    const before = reader.xml.slice(previous, reader.start);
    if (!reader.isName(t.c)) {
      const start = reader.start;
      reader.skipElement();
      other.push(before, reader.xml.slice(start, reader.end));
    } else {
      readCell(reader, t, cell, row, column);
      column = cell.column;
      cells.push({ start: cell.start, end: cell.end, row: cell.row, column: cell.column, hasR: cell.hasR, xf: cell.xf, f: cell.f, before });
    }
    previous = reader.end;
  }
  if (reader.start > previous) other.push(reader.xml.slice(previous, reader.start));
  return { cells, other };
}

/**
 * A worksheet part with cells written: every row without a written cell is copied as it is,
 * a row with one gets its cells merged in column order (new rows go in row order), the
 * dimension grows to hold them. Cells are rendered by `render` over their own cell format.
 * Places come from the XML reader, so a write never lands in a comment or a CDATA section.
 */
export function patchSheet(xml: string, edits: SheetEdits, render: RenderEdit, part: string): string {
  const { reader, t } = openSheet(xml, part);
  const p = t.prefix;
  const layout = { widths: [], columnStyles: [] };
  const cx: RowContext = { xml, t, render, columnStyles: layout.columnStyles, orphans: new Map() };
  const editedRows = edits.rows();
  const out: string[] = [];
  let [next, copied] = [0, 0];
  let dimension: { start: number; end: number; ref: string } | undefined;
  const newRow = (row: number) => `<${t.row} r="${row}">${rewriteRow([], [], row, edits.row(row), undefined, cx)}</${t.row}>`;
  while (reader.nextChild(1)) {
    if (reader.isName(t.cols)) readColumns(reader, t, layout);
    else if (reader.isName(p + 'dimension') && copied === 0) dimension = { start: reader.start, end: reader.end, ref: reader.attr('ref') ?? '' };
    if (!reader.isName(t.sheetData) || copied > 0) continue;
    if (reader.selfClosing) {
      out.push(xml.slice(0, reader.start), `<${t.sheetData}>`, ...editedRows.map(newRow), `</${t.sheetData}>`);
      copied = reader.end;
      continue;
    }
    let row = 0;
    while (reader.nextChild(2)) {
      if (!reader.isName(t.row)) continue;
      const [lt, gt, selfClosed, hasR] = [reader.start, reader.end, reader.selfClosing, reader.attr('r') !== undefined];
      row = rowNumber(reader, row);
      const rowXf = rowStyle(reader);
      const inserted: string[] = [];
      while (next < editedRows.length && editedRows[next] < row) inserted.push(newRow(editedRows[next++]));
      const written = editedRows[next] === row ? edits.row(editedRows[next++]) : undefined;
      if (inserted.length === 0 && !written && hasR && cx.orphans.size === 0) {
        reader.skipElement();
        continue;
      }
      const { cells, other } = rowContent(reader, t, row);
      const fix = cells.some((c) => c.f && c.f.shared && c.f.text === '' && cx.orphans.has(c.f.si));
      out.push(xml.slice(copied, lt), ...inserted);
      copied = reader.end;
      if (!written && hasR && !fix) out.push(xml.slice(lt, reader.end));
      else {
        const open = setAttr(removeAttr(selfClosed ? xml.slice(lt, gt - 2) + '>' : xml.slice(lt, gt), 'spans'), 'r', String(row));
        out.push(open, rewriteRow(cells, other, row, written, rowXf, cx), `</${t.row}>`);
      }
    }
    out.push(xml.slice(copied, reader.start), ...editedRows.slice(next).map(newRow));
    copied = reader.start;
  }
  reader.finish();
  out.push(xml.slice(copied));
  return withDimension(out.join(''), dimension, edits);
}

// The `<dimension ref>` (before the sheet data, so at the same place in the output) grown to hold the written cells.
function withDimension(xml: string, dim: { start: number; end: number; ref: string } | undefined, edits: SheetEdits): string {
  if (!dim) return xml;
  const old = parseRef(dim.ref);
  let box: RefBox | undefined = old;
  for (const [row, column, edit] of edits.entries()) if (edit.value !== null || edit.formula !== null) box = unionBox(box, { top: row, left: column, bottom: row, right: column });
  if (!box || (old && box.top === old.top && box.left === old.left && box.bottom === old.bottom && box.right === old.right)) return xml;
  return xml.slice(0, dim.start) + setAttr(xml.slice(dim.start, dim.end), 'ref', refText(box)) + xml.slice(dim.end);
}
