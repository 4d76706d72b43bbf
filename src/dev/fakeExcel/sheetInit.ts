import { CellStorage } from './cellStorage';
import { eachInitCell, type CellLook, type SheetInit } from '../../sheet';

/** The cells of a sheet given by its blocks. */
export function storageOf(init: SheetInit): CellStorage {
  const storage = new CellStorage();
  eachInitCell(init, (row, column, cell) => storage.set(row, column, cell));
  return storage;
}

/** The looks and row outline a sheet is given (an outline's collapsed rows hidden, as Excel opens them). */
export function sheetExtras(init: SheetInit): { looks: Map<string, CellLook>; outline: Map<number, number>; hiddenRows: Set<number> } {
  const [top, left] = [init.top ?? 1, init.left ?? 1];
  const looks = new Map<string, CellLook>();
  init.looks?.forEach((row, r) =>
    row.forEach((look, c) => look && Object.keys(look).length > 0 && looks.set(`${top + r}:${left + c}`, { ...look })),
  );
  const [outline, hiddenRows] = [new Map<number, number>(), new Set<number>()];
  for (const g of init.rowGroups ?? [])
    for (let row = g.top; row <= g.bottom; row++) {
      outline.set(row, 1);
      if (g.collapsed !== false) hiddenRows.add(row);
    }
  return { looks, outline, hiddenRows };
}
