import type { CellValue, SheetGrid } from './port';
import { largest } from './extremes';

/**
 * The cell at a 1-based row and column; empty outside the used range, and `General` there but
 * in the columns just right of it whose formats were read (`formatsRight`).
 */
export function cellAt(grid: SheetGrid, row: number, column: number) {
  const r = row - grid.top;
  const c = column - grid.left;
  const inside = r >= 0 && c >= 0 && r < grid.values.length && c < (grid.values[r]?.length ?? 0);
  const right = r >= 0 && c >= 0 ? grid.formatsRight?.[r]?.[c - (grid.values[r]?.length ?? 0)] : undefined;
  return {
    value: inside ? grid.values[r][c] : null,
    formula: inside ? grid.formulas[r]?.[c] ?? null : null,
    numberFormat: inside ? grid.numberFormats[r]?.[c] ?? 'General' : right ?? 'General',
    bold: inside ? grid.bold?.[r]?.[c] ?? false : false,
  };
}

export const bottomRow = (grid: SheetGrid) => grid.top + grid.values.length - 1;

export const width = (grid: SheetGrid) => largest(grid.values.map((row) => row.length), 0);

export const rightColumn = (grid: SheetGrid) => grid.left + width(grid) - 1;

/** Empty: null, or text of only whitespace. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function isError(value: CellValue): value is { error: string } {
  return typeof value === 'object' && value !== null;
}
