import type { CellValue, SheetGrid } from './cell';

/**
 * The cell at a 1-based row and column; empty outside the used range and past the end of its
 * row (rows are as long as their last cell, `SheetGrid`), and `General` there but in the
 * columns just right of the used range whose formats were read (`formatsRight`).
 */
export function cellAt(grid: SheetGrid, row: number, column: number): GridCell {
  return cellInto(grid, row, column, { value: null, formula: null, numberFormat: 'General', bold: false });
}

/** What `cellAt` gives of a cell. */
export interface GridCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

/** `cellAt` into an object of the caller's, made once for a loop over every cell of a table. */
export function cellInto<T extends GridCell>(grid: SheetGrid, row: number, column: number, into: T): T {
  const r = row - grid.top;
  const c = column - grid.left;
  const inside = r >= 0 && c >= 0 && r < grid.values.length && c < (grid.values[r]?.length ?? 0);
  const right = !inside && r >= 0 && grid.formatsRight ? grid.formatsRight[r]?.[c - width(grid)] : undefined;
  into.value = inside ? grid.values[r][c] : null;
  into.formula = inside ? (grid.formulas[r]?.[c] ?? null) : null;
  into.numberFormat = inside ? (grid.numberFormats[r]?.[c] ?? 'General') : (right ?? 'General');
  into.bold = inside ? (grid.bold?.[r]?.[c] ?? false) : false;
  return into;
}

export const bottomRow = (grid: SheetGrid) => grid.top + grid.values.length - 1;

// A grid's rows are not changed once read: its width is measured once (per array of rows).
const widths = new WeakMap<readonly unknown[], number>();

/** The used range's width: its longest row's. */
export function width(grid: SheetGrid): number {
  let w = widths.get(grid.values);
  if (w === undefined) {
    w = 0;
    for (const row of grid.values) if (row.length > w) w = row.length;
    widths.set(grid.values, w);
  }
  return w;
}

export const rightColumn = (grid: SheetGrid) => grid.left + width(grid) - 1;

/** Empty: null, or text of only whitespace. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function isError(value: CellValue): value is { error: string } {
  return typeof value === 'object' && value !== null;
}
