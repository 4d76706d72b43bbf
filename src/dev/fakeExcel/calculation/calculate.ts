import type { FakeBook, FakeSheet } from '../book';
import { customCall } from './customCall';
import type { CustomResult } from './customFunctions';
import { evaluate, NO_VALUE, type Lookup } from './formula';
import { EXCEL_COLUMNS, EXCEL_ROWS, type CellValue } from '../../../sheet';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A custom function's result in its cell: its first value, the others spilled right and down
 * (Excel's dynamic array), or #SPILL! when a cell there holds something or the block passes
 * the sheet's edge. Whether the cell or its spill changed.
 */
function show(sheet: FakeSheet, row: number, column: number, result: CustomResult): boolean {
  const { values } = result;
  const box = { top: row, left: column, rows: values.length, columns: values[0].length };
  const one = box.rows === 1 && box.columns === 1;
  const blocked = !one && (row + box.rows - 1 > EXCEL_ROWS || column + box.columns - 1 > EXCEL_COLUMNS || sheet.cells.spillBlocked(box));
  const value: CellValue = blocked ? { error: '#SPILL!' } : values[0][0];
  const spill = one || blocked ? undefined : values;
  const cel = sheet.cells.get(row, column);
  if (same(value, cel.value) && same(spill, sheet.cells.spillOf(row, column))) return false;
  sheet.cells.spill(row, column, spill);
  sheet.cells.set(row, column, { ...cel, value });
  return true;
}

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
  const call = book.functions.config && customCall(cel.formula);
  if (call) {
    const result = book.functions.result(sheet, row, column, call, lookup);
    return result ? show(sheet, row, column, result) : false;
  }
  const value = evaluate(cel.formula, lookup);
  if (value === undefined || same(value, cel.value)) return false;
  sheet.cells.set(row, column, { ...cel, value });
  return true;
}

/**
 * Recalculates every formula the fake can calculate (see `evaluate`, and the custom functions
 * it is given) until nothing changes, the way Excel calculates (automatically after a change,
 * or when asked); others keep their value.
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

/**
 * When a custom function's Promise settled: its cell shows the value (in any mode, as Excel
 * shows it), and in automatic mode what depends on it is calculated.
 */
export function customFunctionSettled(book: FakeBook, sheet: FakeSheet, row: number, column: number): void {
  if (!book.has(sheet)) return;
  if (book.calculationMode !== 'Manual') calculateAll(book);
  else evaluateCell(book, sheet, row, column);
}
