import type { LayoutRij } from './types';
import type { SheetGrid } from '../port';
import { cellAt, isBlank, parseRef, refText, type RefBox } from '../../sheet';

/**
 * Which cells of the NPLV Totaalbeeld sheet are the add-in's (issue 12): the add-in owns the
 * cells of its layout, not the sheet. Its last line names them, e.g. `Cellen van de add-in:
 * A1:A2; A4:F10; A12:I30; A32:C36; A38`, one rectangle per block of rows it writes. A line in a
 * cell is read back by every adapter, survives saving in Excel and LibreOffice, and the analyst
 * sees it; a defined name would need every adapter (and the in-memory Excel) to read and write
 * names. The next run takes these cells as its own: it overwrites them, and empties those its
 * new layout does not cover. Every other cell is the analyst's and stays.
 */
export const OWNED_CELLS_LABEL = 'Cellen van de add-in';
export const STAART = 'wat u elders op dit blad zet, blijft bij Herbereken staan.';

/** The line that names the add-in's cells; `staart` after the dash says when they are rewritten. */
export const ownedCellsLine = (ownedCells: readonly RefBox[], staart = STAART) =>
  `${OWNED_CELLS_LABEL}: ${ownedCells.map(refText).join('; ')} — ${staart}`;

// The rectangles a line names; undefined when it is not such a line (or names none).
function leesRegel(tekst: string): RefBox[] | undefined {
  if (!tekst.startsWith(`${OWNED_CELLS_LABEL}:`)) return undefined;
  const refs = tekst
    .slice(OWNED_CELLS_LABEL.length + 1)
    .split('—')[0]
    .split(';');
  const boxes = refs.map((r) => parseRef(r.trim()));
  return boxes.length > 0 && boxes.every((b) => b !== undefined) ? (boxes as RefBox[]) : undefined;
}

const holds = (row: LayoutRij<unknown>) => row.cells.some((c) => c !== null && c !== '');

/** The layout's rows with, after an empty row, the line naming its cells (blocks of consecutive rows that hold something, from A), and those cells. */
export function withOwnedCellsLine<D>(rows: readonly LayoutRij<D>[], staart?: string): { rows: LayoutRij<D>[]; ownedCells: RefBox[] } {
  const ownedCells: RefBox[] = [];
  rows.forEach((row, i) => {
    if (!holds(row)) return;
    const right = row.cells.reduce<number>((last, c, j) => (c !== null && c !== '' ? j + 1 : last), 1);
    const open = ownedCells[ownedCells.length - 1];
    if (open && open.bottom === i) [open.bottom, open.right] = [i + 1, Math.max(open.right, right)];
    else ownedCells.push({ top: i + 1, left: 1, bottom: i + 1, right });
  });
  const regel = rows.length + 2;
  ownedCells.push({ top: regel, left: 1, bottom: regel, right: 1 });
  return { rows: [...rows, { cells: [] }, { cells: [ownedCellsLine(ownedCells, staart)] }], ownedCells };
}

export const inOwnedCells = (ownedCells: readonly RefBox[], row: number, column: number) =>
  ownedCells.some((b) => row >= b.top && row <= b.bottom && column >= b.left && column <= b.right);

const gevuld = (grid: SheetGrid, row: number, column: number) => {
  const cel = cellAt(grid, row, column);
  return !isBlank(cel.value) || cel.formula !== null;
};

/**
 * Without the line (a Totaalbeeld of a version before issue 12, or the line removed): the
 * block around A1, as such a version wrote it — grown from A1 by every column right of it
 * holding something in its rows, and every row below holding something in its columns, across
 * at most one empty row (the layout's blocks have one between them). Empty when A1 is.
 */
function blokRondA1(grid: SheetGrid): RefBox[] {
  if (!gevuld(grid, 1, 1)) return [];
  const box: RefBox = { top: 1, left: 1, bottom: 1, right: 1 };
  const rowHolds = (r: number) => Array.from({ length: box.right }, (_, c) => c + 1).some((c) => gevuld(grid, r, c));
  const columnHolds = (c: number) => Array.from({ length: box.bottom }, (_, r) => r + 1).some((r) => gevuld(grid, r, c));
  for (let grown = true; grown;) {
    grown = false;
    while (columnHolds(box.right + 1)) [box.right, grown] = [box.right + 1, true];
    const next = [1, 2].find((d) => rowHolds(box.bottom + d));
    if (next !== undefined) [box.bottom, grown] = [box.bottom + next, true];
  }
  return [box];
}

/** The cells the previous run wrote on this Totaalbeeld sheet: those its last line names (the lowest such line in column A), or the block around A1. */
export function previousOwnedCells(grid: SheetGrid): RefBox[] {
  for (let r = grid.top + grid.values.length - 1; r >= grid.top; r--) {
    const v = cellAt(grid, r, 1).value;
    const ownedCells = typeof v === 'string' ? leesRegel(v) : undefined;
    if (ownedCells) return [...ownedCells, { top: r, left: 1, bottom: r, right: 1 }];
  }
  return blokRondA1(grid);
}
