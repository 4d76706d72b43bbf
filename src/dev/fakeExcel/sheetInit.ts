import { CellStorage } from './cellStorage';
import { eachInitCell, type SheetInit } from '../../sheet';

/** The cells of a sheet given by its blocks. */
export function storageOf(init: SheetInit): CellStorage {
  const storage = new CellStorage();
  eachInitCell(init, (row, column, cell) => storage.set(row, column, cell));
  return storage;
}
