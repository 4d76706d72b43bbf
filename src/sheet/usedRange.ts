import { largest, smallest } from './extremes';
import { width } from './grid';
import type { CellValue, ReadDetail, SheetGrid } from './cell';

/** A cell as adapters keep or read it. */
export interface Cel {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

export const LEGE_CEL: Cel = { value: null, formula: null, numberFormat: 'General', bold: false };

/** A rectangle of cells: 1-based top row and left column, and its size. */
export interface Box {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** The smallest box around the cells that hold a value or a formula (or pass `used`); undefined if none. */
export function boundingBox(
  cells: readonly (readonly [number, number, Cel])[],
  used = (c: Cel) => c.value !== null || c.formula !== null,
): Box | undefined {
  const inside = cells.filter(([, , c]) => used(c));
  if (inside.length === 0) return undefined;
  const [rows, columns] = [inside.map(([r]) => r), inside.map(([, c]) => c)];
  const [top, left] = [smallest(rows, Infinity), smallest(columns, Infinity)];
  return { top, left, rows: largest(rows, top) - top + 1, columns: largest(columns, left) - left + 1 };
}

/** The row every empty row of every grid shares: frozen, so that nothing writes into it. */
export const EMPTY_ROW: never[] = Object.freeze([]) as unknown as never[];

/** `rows` rows, each the shared empty row. */
export const emptyRows = <T>(rows: number): T[][] => new Array<T[]>(rows).fill(EMPTY_ROW);

/** Sets `rows[y][x]`, the row made its own and grown to `x` first (the cells passed over `fill`). */
export function setRagged<T>(rows: T[][], y: number, x: number, value: T, fill: T): void {
  if (rows[y] === EMPTY_ROW) rows[y] = [];
  const row = rows[y];
  for (let c = row.length; c < x; c++) row[c] = fill;
  row[x] = value;
}

/** Rows of these lengths, each cell `fill`; a row of length 0 is the shared empty row. */
function rowsOf<T>(lengths: ArrayLike<number> | undefined, rows: number, fill: T): T[][] {
  const out = emptyRows<T>(rows);
  if (lengths) for (let y = 0; y < rows; y++) if (lengths[y] > 0) out[y] = new Array<T>(lengths[y]).fill(fill);
  return out;
}

/**
 * The grid of a box with no cell in it (see `SheetGrid`): every row the one shared empty row,
 * so that its memory is a pointer per row, whatever the box's width; or, given `lengths`, each
 * row that long (where its last cell will be), empty. `put` fills it.
 */
export function emptyGrid(
  name: string,
  box: Box | undefined,
  columnWidths: readonly (number | null)[],
  lengths?: ArrayLike<number>,
): SheetGrid {
  const { top, left, rows, columns } = box ?? { top: 1, left: 1, rows: 0, columns: 0 };
  return {
    name,
    top,
    left,
    values: rowsOf<CellValue>(lengths, rows, null),
    formulas: rowsOf<string | null>(lengths, rows, null),
    numberFormats: rowsOf(lengths, rows, 'General'),
    bold: rowsOf(lengths, rows, false),
    columnWidths: Array.from({ length: left + columns - 1 }, (_, i) => columnWidths[i] ?? null),
  };
}

/**
 * Sets a cell of a grid made by `emptyGrid`, inside its box (rows 0-based from `top`, columns
 * from `left`): its row grows to the cell, no further, the cells passed over empty.
 */
export function put(grid: SheetGrid, y: number, x: number, cel: Readonly<Cel>): void {
  setRagged(grid.values, y, x, cel.value, null);
  setRagged(grid.formulas, y, x, cel.formula, null);
  setRagged(grid.numberFormats, y, x, cel.numberFormat, 'General');
  setRagged(grid.bold!, y, x, cel.bold, false);
}

/**
 * The grid of a sheet's cells (1-based row, column): the bounding box of the cells holding a
 * value or a formula, each row as long as its last cell in the box (`SheetGrid`).
 */
export function usedRange(name: string, cells: readonly (readonly [number, number, Cel])[], columnWidths: (number | null)[]): SheetGrid {
  const box = boundingBox(cells);
  if (!box) return emptyGrid(name, box, columnWidths);
  const lengths = new Int32Array(box.rows);
  for (const [r, c] of cells) {
    const [y, x] = [r - box.top, c - box.left];
    if (y >= 0 && x >= 0 && y < box.rows && x < box.columns && x >= lengths[y]) lengths[y] = x + 1;
  }
  const grid = emptyGrid(name, box, columnWidths, lengths);
  for (const [r, c, cel] of cells) {
    const [y, x] = [r - box.top, c - box.left];
    if (y >= 0 && x >= 0 && y < box.rows && x < box.columns) put(grid, y, x, cel);
  }
  return grid;
}

/**
 * The grid with the number formats of the `detail.columnsRight` columns just right of it
 * (`SheetGrid.formatsRight`), from the same cells, and their widths from `columnWidths`
 * (the sheet's, from column 1); the grid itself when none are asked for.
 */
export function withFormatsRight(
  grid: SheetGrid,
  cells: readonly (readonly [number, number, Cel])[],
  detail: ReadDetail | undefined,
  columnWidths?: readonly (number | null)[],
): SheetGrid {
  const count = detail && grid.values.length > 0 ? detail.columnsRight(grid) : 0;
  if (count === 0) return grid;
  const first = grid.left + width(grid);
  const widths = columnWidths && Array.from({ length: first - 1 + count }, (_, i) => columnWidths[i] ?? null);
  const formatsRight = emptyRows<string>(grid.values.length);
  for (const [r, c, cel] of cells) {
    const [y, x] = [r - grid.top, c - first];
    if (y >= 0 && x >= 0 && y < grid.values.length && x < count && cel.numberFormat !== 'General')
      setRagged(formatsRight, y, x, cel.numberFormat, 'General');
  }
  return { ...grid, formatsRight, ...(widths && { columnWidths: widths }) };
}
