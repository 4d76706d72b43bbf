import { CellStorage } from './cellStorage';
import { eachInitCell, type SheetInit } from '../../sheet';

/** A sheet given as 2D blocks from `top`/`left` (default A1); `columnWidths` in points, null = the standard width. */
export type FakeSheetInit = SheetInit;

/** The cells of a sheet given by its blocks. */
export function storageOf(init: FakeSheetInit): CellStorage {
  const storage = new CellStorage();
  eachInitCell(init, (row, column, cell) => storage.set(row, column, cell));
  return storage;
}
