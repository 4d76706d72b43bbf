import { largest, smallest } from './extremes';
import type { CellValue, ReadDetail, SheetGrid } from './port';

/** A cell as adapters keep or read it. */
export interface Cel {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

export const LEGE_CEL: Cel = { value: null, formula: null, numberFormat: 'General', bold: false };

const filled = <T>(rows: number, columns: number, value: T): T[][] =>
  Array.from({ length: rows }, () => new Array<T>(columns).fill(value));

/** A rectangle of cells: 1-based top row and left column, and its size. */
export interface Box {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** The smallest box around the cells that hold a value or a formula (or pass `used`); undefined if none. */
export function boundingBox(cells: readonly (readonly [number, number, Cel])[], used = (c: Cel) => c.value !== null || c.formula !== null): Box | undefined {
  const inside = cells.filter(([, , c]) => used(c));
  if (inside.length === 0) return undefined;
  const [rows, columns] = [inside.map(([r]) => r), inside.map(([, c]) => c)];
  const [top, left] = [smallest(rows, Infinity), smallest(columns, Infinity)];
  return { top, left, rows: largest(rows, top) - top + 1, columns: largest(columns, left) - left + 1 };
}

/**
 * The grid of a sheet's cells (1-based row, column): the bounding box of the cells holding a
 * value or a formula, every cell of it filled in (as `LEGE_CEL` where there is none).
 */
export function usedRange(name: string, cells: readonly (readonly [number, number, Cel])[], columnWidths: (number | null)[]): SheetGrid {
  const { top, left, rows: height, columns: width } = boundingBox(cells) ?? { top: 1, left: 1, rows: 0, columns: 0 };
  const grid: SheetGrid = {
    name,
    top,
    left,
    values: filled<CellValue>(height, width, null),
    formulas: filled<string | null>(height, width, null),
    numberFormats: filled(height, width, 'General'),
    bold: filled(height, width, false),
    columnWidths: Array.from({ length: left + width - 1 }, (_, i) => columnWidths[i] ?? null),
  };
  for (const [r, c, cel] of cells) {
    const [y, x] = [r - top, c - left];
    if (y < 0 || x < 0 || y >= height || x >= width) continue;
    grid.values[y][x] = cel.value;
    grid.formulas[y][x] = cel.formula;
    grid.numberFormats[y][x] = cel.numberFormat;
    grid.bold![y][x] = cel.bold;
  }
  return grid;
}

/**
 * The grid with the number formats of the `detail.columnsRight` columns just right of it
 * (`SheetGrid.formatsRight`), from the same cells; the grid itself when none are asked for.
 */
export function withFormatsRight(grid: SheetGrid, cells: readonly (readonly [number, number, Cel])[], detail: ReadDetail | undefined): SheetGrid {
  const count = detail && grid.values.length > 0 ? detail.columnsRight(grid) : 0;
  if (count === 0) return grid;
  const first = grid.left + (grid.values[0]?.length ?? 0);
  const formatsRight = filled(grid.values.length, count, 'General');
  for (const [r, c, cel] of cells) {
    const [y, x] = [r - grid.top, c - first];
    if (y >= 0 && x >= 0 && y < grid.values.length && x < count) formatsRight[y][x] = cel.numberFormat;
  }
  return { ...grid, formatsRight };
}
