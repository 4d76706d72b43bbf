import type { CellValue, SheetGrid } from '../../port';
import type { ScannedSheet } from './scanSheet';
import type { SheetEdits } from './sheetEdits';
import type { Styles } from './parts/styles';
import { editXf } from './cellXml';
import { emptyGrid, EXCEL_COLUMNS, usedRange, type Cel, width } from '../../../sheet';

// Rows of one length with every cell `fill`, shared by the rows of a grid that hold nothing else in that kind; frozen: a grid read is never written into.
function gedeeld<T>(fill: T): (length: number) => T[] {
  const rows = new Map<number, T[]>();
  return (length) => {
    let row = rows.get(length);
    if (row === undefined) rows.set(length, (row = Object.freeze(new Array<T>(length).fill(fill)) as T[]));
    return row;
  };
}

// Per row of the box, which kinds other than values it holds anything in: a formula, a format other than General, bold.
const [FORMULE, NOTATIE, VET] = [1, 2, 4];

/**
 * A scanned sheet as the port's grid: the bounding box of the cells holding a value or a
 * formula, each row as long as its last cell (`SheetGrid`), each cell with its value, formula,
 * number format and bold — filled from the scan's arrays directly, with no object per cell.
 * A row without formulas (formats, bold) shares one frozen row of nulls (General, false) of
 * its length with the others: most rows of an input sheet hold values only.
 */
export function gridOf(name: string, sheet: ScannedSheet, styles: Styles): SheetGrid {
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  const n = sheet.rows.length;
  for (let i = 0; i < n; i++) {
    if (sheet.values[i] === null && sheet.formulas[i] === null) continue;
    const [r, c] = [sheet.rows[i], sheet.columns[i]];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (bottom === 0) return emptyGrid(name, undefined, sheet.widths);
  const [height, width] = [bottom - top + 1, right - left + 1];
  // Each row exactly as long as its last cell in the box (a cell as it is anyway, empty and unformatted, does not count).
  const kept = (i: number, y: number, x: number) =>
    y >= 0 && x >= 0 && y < height && x < width && (sheet.values[i] !== null || sheet.formulas[i] !== null || sheet.xfs[i] !== 0);
  const lengths = new Int32Array(height);
  const kinds = new Uint8Array(height);
  for (let i = 0; i < n; i++) {
    const [y, x, xf] = [sheet.rows[i] - top, sheet.columns[i] - left, sheet.xfs[i]];
    if (!kept(i, y, x)) continue;
    if (x >= lengths[y]) lengths[y] = x + 1;
    if (sheet.formulas[i] !== null) kinds[y] |= FORMULE;
    if (xf !== 0 && styles.numberFormat(xf) !== 'General') kinds[y] |= NOTATIE;
    if (xf !== 0 && styles.bold(xf)) kinds[y] |= VET;
  }
  const grid = emptyGrid(name, { top, left, rows: height, columns: width }, sheet.widths);
  const [nulls, generals, falses] = [gedeeld<string | null>(null), gedeeld('General'), gedeeld(false)];
  const own =
    <T>(kind: number, fill: T, shared: (length: number) => T[]) =>
    (y: number) =>
      kinds[y] & kind ? new Array<T>(lengths[y]).fill(fill) : shared(lengths[y]);
  const [formulaRow, formatRow, boldRow] = [own(FORMULE, null, nulls), own(NOTATIE, 'General', generals), own(VET, false, falses)];
  for (let y = 0; y < height; y++) {
    if (lengths[y] === 0) continue;
    grid.values[y] = new Array<CellValue>(lengths[y]).fill(null);
    grid.formulas[y] = formulaRow(y);
    grid.numberFormats[y] = formatRow(y);
    grid.bold![y] = boldRow(y);
  }
  for (let i = 0; i < n; i++) {
    const [y, x, xf] = [sheet.rows[i] - top, sheet.columns[i] - left, sheet.xfs[i]];
    if (!kept(i, y, x)) continue;
    grid.values[y][x] = sheet.values[i];
    if (kinds[y] & FORMULE) grid.formulas[y][x] = sheet.formulas[i];
    if (kinds[y] & NOTATIE) grid.numberFormats[y][x] = xf === 0 ? 'General' : styles.numberFormat(xf);
    if (kinds[y] & VET) grid.bold![y][x] = xf !== 0 && styles.bold(xf);
  }
  return grid;
}

/** The cell format a cell written where the sheet has none starts from: its row's or column's. */
export function emptyCellXf(sheet: Pick<ScannedSheet, 'rowStyles' | 'columnStyles'>, row: number, column: number): number {
  return sheet.rowStyles.get(row) ?? sheet.columnStyles[column - 1] ?? 0;
}

/** A scanned sheet with the cells written since it was opened, as the port's grid. */
export function editedGridOf(
  name: string,
  sheet: ScannedSheet,
  edits: SheetEdits,
  widths: readonly (number | null)[],
  styles: Styles,
): SheetGrid {
  const key = (r: number, c: number) => (r - 1) * EXCEL_COLUMNS + (c - 1);
  const cells = new Map<number, [number, number, Cel, number]>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const [r, c, xf] = [sheet.rows[i], sheet.columns[i], sheet.xfs[i]];
    const cel = { value: sheet.values[i], formula: sheet.formulas[i], numberFormat: styles.numberFormat(xf), bold: styles.bold(xf) };
    cells.set(key(r, c), [r, c, cel, xf]);
  }
  for (const [r, c, edit] of edits.entries()) {
    const base = cells.get(key(r, c))?.[3] ?? emptyCellXf(sheet, r, c);
    const xf = editXf(styles, base, edit.numberFormat, edit.bold, edit.look);
    cells.set(key(r, c), [
      r,
      c,
      { value: edit.value, formula: edit.formula, numberFormat: styles.numberFormat(xf), bold: styles.bold(xf) },
      xf,
    ]);
  }
  return usedRange(
    name,
    [...cells.values()].map(([r, c, cel]) => [r, c, cel] as const),
    [...widths],
  );
}

/**
 * The grid with the number formats of `count` columns just right of it (`formatsRight`):
 * each cell's own format, else its row's or column's, with the cells written since opening.
 * Rows with no cell or style of their own there share one row of the columns' formats.
 */
export function withFormatsRightOf(grid: SheetGrid, count: number, sheet: ScannedSheet, edits: SheetEdits, styles: Styles): SheetGrid {
  const height = grid.values.length;
  if (count === 0 || height === 0) return grid;
  const first = grid.left + width(grid);
  const inBlock = (r: number, c: number) => r >= grid.top && r < grid.top + height && c >= first && c < first + count;
  const key = (r: number, c: number) => (r - grid.top) * count + (c - first);
  const xfs = new Map<number, number>();
  for (let i = 0; i < sheet.rows.length; i++)
    if (inBlock(sheet.rows[i], sheet.columns[i])) xfs.set(key(sheet.rows[i], sheet.columns[i]), sheet.xfs[i]);
  for (const [r, c, edit] of edits.entries()) {
    if (inBlock(r, c))
      xfs.set(key(r, c), editXf(styles, xfs.get(key(r, c)) ?? emptyCellXf(sheet, r, c), edit.numberFormat, edit.bold, edit.look));
  }
  const ownRows = new Set([...xfs.keys()].map((k) => Math.floor(k / count)));
  for (const r of sheet.rowStyles.keys()) if (r >= grid.top && r < grid.top + height) ownRows.add(r - grid.top);
  const columnsOnly = Array.from({ length: count }, (_, x) => styles.numberFormat(sheet.columnStyles[first + x - 1] ?? 0));
  const formatsRight = new Array<string[]>(height).fill(columnsOnly);
  for (const y of ownRows)
    formatsRight[y] = Array.from({ length: count }, (_, x) =>
      styles.numberFormat(xfs.get(y * count + x) ?? emptyCellXf(sheet, grid.top + y, first + x)),
    );
  return { ...grid, formatsRight };
}

/** The cell formats of one row as it stands (its cells', else its row's or column's), with the cells written since opening. */
export function rowXfs(sheet: ScannedSheet, edits: SheetEdits, styles: Styles, row: number): (column: number) => number {
  const own = new Map<number, number>();
  for (let i = 0; i < sheet.rows.length; i++) if (sheet.rows[i] === row) own.set(sheet.columns[i], sheet.xfs[i]);
  for (const [column, edit] of edits.row(row) ?? [])
    own.set(column, editXf(styles, own.get(column) ?? emptyCellXf(sheet, row, column), edit.numberFormat, edit.bold, edit.look));
  return (column) => own.get(column) ?? emptyCellXf(sheet, row, column);
}
