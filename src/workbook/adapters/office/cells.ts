import type { CellValue, SheetGrid } from '../../port';
import { EXCEL_ERRORS } from '../../../sheet';

/** What `Range.values` / `Range.formulas` take and give for one cell. */
export type OfficeEntry = string | number | boolean;

/**
 * A port value as an entry of `Range.values`: '' empties the cell, an error value is written
 * as its text (Excel makes it the error), and text gets a leading apostrophe so that Excel
 * keeps it as text instead of reading `2030`, `30%`, `TRUE` or `=…` as something else.
 */
export function officeValue(value: CellValue): OfficeEntry {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** An entry of `Range.formulas`: `=formula`, or the value as `officeValue`. */
export const officeFormula = (formula: string | null, value: CellValue): OfficeEntry =>
  formula !== null ? `=${formula}` : officeValue(value);

/**
 * A cell as read through `values` and `formulas`: '' is empty; `=…` in `formulas` is a formula
 * unless `values` holds the same text (then it is text that starts with '='); the text of an
 * error value is that error (without also loading `valueTypes`, text spelling an error value,
 * which needs a leading apostrophe to type, cannot be told apart from it).
 */
export function portCell(value: unknown, formula: unknown): { value: CellValue; formula: string | null } {
  const formulaText = typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula.slice(1) : null;
  if (value === '' || value === null || value === undefined) return { value: null, formula: formulaText };
  if (typeof value === 'string' && EXCEL_ERRORS.has(value)) return { value: { error: value }, formula: formulaText };
  return { value: value as CellValue, formula: formulaText };
}

/** A rectangle's cells as Office gives them (`load(OFFICE_CELLS)`). */
export interface OfficeCells {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
}

export const OFFICE_CELLS = 'values,formulas,numberFormat';

/** Whether a used range read is a blank sheet's: Excel answers A1, empty, for one. */
export const isBlankRead = ({ values, formulas }: OfficeCells) =>
  values.length === 1 && values[0].length === 1 && values[0][0] === '' && formulas[0][0] === '';

/** Cells read from (top, left) as the port's grid (no bold, widths or chart). */
export function officeGrid(name: string, top: number, left: number, cells: OfficeCells): SheetGrid {
  const read = cells.values.map((row, r) => row.map((v, c) => portCell(v, cells.formulas[r][c])));
  return {
    name,
    top,
    left,
    values: read.map((row) => row.map((c) => c.value)),
    formulas: read.map((row) => row.map((c) => c.formula)),
    numberFormats: cells.numberFormat,
  };
}

// Column widths: the port counts characters (as .xlsx files do), Office points. A width of w
// characters is 7w + 5 pixels of 0.75 point (Calibri 11); points rounded to 0.01 so that a
// width read and written back stays the same.
export const toPoints = (characters: number) => Math.round((characters * 7 + 5) * 75) / 100;
export const toCharacters = (points: number) => (points / 0.75 - 5) / 7;
