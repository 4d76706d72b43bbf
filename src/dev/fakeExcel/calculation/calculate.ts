import type { FakeBook, FakeSheet } from '../book';
import { evaluate, NO_VALUE, type Lookup } from './formula';
import type { CellValue } from '../../../sheet';

const same = (a: CellValue, b: CellValue) => JSON.stringify(a) === JSON.stringify(b);

/** Evaluates one formula cell of a sheet (if the fake can): whether its value changed. */
function evaluateCell(book: FakeBook, sheet: FakeSheet, row: number, column: number): boolean {
  const cel = sheet.cells.get(row, column);
  if (cel.formula === null) return false;
  const lookup: Lookup = (name, r, c) => {
    const target = name === undefined ? sheet : book.find(name);
    if (!target) return { error: '#REF!' };
    const { value, formula } = target.cells.get(r, c);
    return value === null && formula !== null ? NO_VALUE : value;
  };
  const value = evaluate(cel.formula, lookup);
  if (value === undefined || same(value, cel.value)) return false;
  sheet.cells.set(row, column, { ...cel, value });
  return true;
}

/**
 * Recalculates every formula the fake can calculate (see `evaluate`) until nothing changes,
 * the way Excel calculates (automatically after a change, or when asked); others keep their value.
 */
export function calculateAll(book: FakeBook): void {
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const sheet of book.sheets)
      for (const [row, column] of sheet.cells.formulaCells()) changed = evaluateCell(book, sheet, row, column) || changed;
    if (!changed) return;
  }
}

/**
 * After a request that wrote: in automatic mode everything is calculated; in manual mode only
 * the formulas the request entered (as Excel calculates a formula when it is entered), and
 * every other formula keeps its value, stale as it may be, until `calculate`.
 */
export function calculateAfterWrites(book: FakeBook): void {
  const entered = book.entered.splice(0);
  if (book.calculationMode !== 'Manual') return calculateAll(book);
  for (const { sheet, row, column } of entered) if (book.has(sheet)) evaluateCell(book, sheet, row, column);
}
