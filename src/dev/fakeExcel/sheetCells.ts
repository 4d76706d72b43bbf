import type { FakeSheet, SheetBox } from './book';
import { richApiError } from './errors';
import { CELL_READ_LIMIT, STANDARD_WIDTH } from './limits';
import { a1, rangeA1, type Cel } from '../../sheet';

/** The kept cells inside a box, as [row, column, cell]. */
export function cellsIn(box: SheetBox): [number, number, Readonly<Cel>][] {
  return box.sheet.cells.cellsIn(box);
}

/** A column's width in points. */
export function columnWidth(sheet: FakeSheet, column: number): number {
  return sheet.columnWidths.get(column) ?? STANDARD_WIDTH;
}

/** `B2`, or `B2:D5`, for a box. */
export const boxA1 = (box: SheetBox) =>
  box.rows === 1 && box.columns === 1 ? a1(box.top, box.left) : rangeA1(box.top, box.left, box.rows, box.columns);

/** A 2D array over a box's cells; refused past Excel's 5,000,000 cells. */
export function readCells<T>(box: SheetBox, where: string, pick: (cel: Readonly<Cel>) => T): T[][] {
  if (box.rows * box.columns > CELL_READ_LIMIT) throw richApiError.tooManyCells(box.rows * box.columns, where);
  const rows: T[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < box.columns; c++) row.push(pick(box.sheet.cells.get(box.top + r, box.left + c)));
    rows.push(row);
  }
  return rows;
}

/** Sets each cell (1-based row and column) from its entry of a 2D array of the box's shape (InvalidArgument otherwise); undefined leaves it. */
export function writeCells<T>(
  box: SheetBox,
  where: string,
  entries: T[][],
  next: (cel: Readonly<Cel>, entry: T, row: number, column: number) => Cel | undefined,
): void {
  const fits =
    Array.isArray(entries) && entries.length === box.rows && entries.every((row) => Array.isArray(row) && row.length === box.columns);
  if (!fits) throw richApiError.invalidArgument(where, "the input array doesn't match the size or dimensions of the range");
  entries.forEach((row, r) =>
    row.forEach((entry, c) => {
      const cel = next(box.sheet.cells.get(box.top + r, box.left + c), entry, box.top + r, box.left + c);
      if (cel) box.sheet.cells.set(box.top + r, box.left + c, cel);
    }),
  );
}
