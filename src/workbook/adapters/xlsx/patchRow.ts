import type { RenderEdit } from './cellXml';
import { CellRead, readCell, type SheetTags } from './sheetCells';
import { shiftFormula } from './shiftFormula';
import type { WrittenRow } from './writtenRow';
import { escapeXml } from './xml/escape';
import type { XmlReader } from './xml/reader';
import { columnLetter } from '../../../sheet';

// One row of a worksheet part rewritten with the cells written to it (patchSheet.ts).

export type Orphans = Map<string, { text: string; row: number; column: number }>;

export interface RowContext {
  xml: string;
  t: SheetTags;
  render: RenderEdit;
  columnStyles: number[];
  orphans: Orphans;
}

/** A cell of a row being rewritten: where it is, its formula element, and where what stands before it starts (after the row's previous element: white space, comments, instructions). */
export type Cell = Pick<CellRead, 'start' | 'end' | 'row' | 'column' | 'hasR' | 'xf' | 'f'> & { from: number };

/** Text made in pieces: its parts and their length so far. */
export class Pieces {
  parts: string[] = [];
  size = 0;

  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  take(): string {
    const text = this.parts.join('');
    [this.parts, this.size] = [[], 0];
    return text;
  }
}

// The master of a shared formula whose master cell was overwritten, which this cell then writes out in full.
function orphanMaster(cell: Cell, cx: RowContext) {
  const f = cell.f;
  return f && f.text === '' && f.shared ? cx.orphans.get(f.si) : undefined;
}

// A cell not written, as it was — with `r` added if it had none, and a shared formula whose
// master cell was overwritten written out in full.
function keptCell(cell: Cell, row: number, cx: RowContext): string {
  const { xml, t } = cx;
  const f = cell.f;
  const master = orphanMaster(cell, cx);
  const parts = [xml.slice(cell.start, master ? f!.start : cell.end)];
  if (master)
    parts.push(
      `<${t.f}>${escapeXml(shiftFormula(master.text, row - master.row, cell.column - master.column))}</${t.f}>`,
      xml.slice(f!.end, cell.end),
    );
  if (!cell.hasR) parts[0] = `<${t.c} r="${columnLetter(cell.column)}${row}"${parts[0].slice(1 + t.c.length)}`;
  return parts.join('');
}

// A row's cells merged with the cells written to it, in column order; what else the row holds
// after them. Cells kept as they are go as one stretch of the original text.
export function rewriteRow(
  cells: readonly Cell[],
  other: readonly string[],
  row: number,
  written: WrittenRow | undefined,
  rowXf: number | undefined,
  cx: RowContext,
  out: Pieces,
): void {
  const count = written ? written.count : 0;
  let k = 0;
  let [asIs, end] = [-1, 0];
  const copy = () => {
    if (asIs >= 0) out.add(cx.xml.slice(asIs, end));
    asIs = -1;
  };
  const writeUpTo = (limit: number) => {
    if (k < count && written!.column(k) < limit) copy();
    for (; k < count && written!.column(k) < limit; k++)
      out.add(written!.render(k, row, rowXf ?? cx.columnStyles[written!.column(k) - 1] ?? 0, cx.render));
  };
  for (const cell of cells) {
    writeUpTo(cell.column);
    const at = written ? written.indexOf(cell.column) : -1;
    if (at < 0 && cell.hasR && !orphanMaster(cell, cx)) {
      if (asIs < 0) asIs = cell.from;
      end = cell.end;
      continue;
    }
    copy();
    out.add(cx.xml.slice(cell.from, cell.start));
    if (at >= 0) {
      k++;
      if (cell.f && cell.f.text !== '' && cell.f.shared) cx.orphans.set(cell.f.si, { text: cell.f.text, row, column: cell.column });
      out.add(written!.render(at, row, cell.xf, cx.render));
    } else out.add(keptCell(cell, row, cx));
  }
  copy();
  writeUpTo(Infinity);
  for (const text of other) out.add(text);
}

// The cells of the row at the reader's START (read to its end), and its other children and what follows its last one, as written.
export function rowContent(reader: XmlReader, t: SheetTags, row: number): { cells: Cell[]; other: string[] } {
  const [cells, other, cell] = [[] as Cell[], [] as string[], new CellRead()];
  let [column, previous] = [0, reader.end];
  while (reader.nextChild(3)) {
    if (!reader.isName(t.c)) {
      const start = reader.start;
      reader.skipElement();
      other.push(reader.xml.slice(previous, start), reader.xml.slice(start, reader.end));
    } else {
      readCell(reader, t, cell, row, column);
      column = cell.column;
      cells.push({
        start: cell.start,
        end: cell.end,
        row: cell.row,
        column: cell.column,
        hasR: cell.hasR,
        xf: cell.xf,
        f: cell.f,
        from: previous,
      });
    }
    previous = reader.end;
  }
  if (reader.start > previous) other.push(reader.xml.slice(previous, reader.start));
  return { cells, other };
}
