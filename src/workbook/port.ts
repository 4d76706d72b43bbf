/**
 * The one interface every workbook adapter implements (Office.js, .xlsx file, in memory).
 * Reads are whole used ranges as 2D arrays; writes are rectangular blocks.
 */

/** A cell's value as Excel holds it; dates arrive as serial numbers. */
export type CellValue = number | string | boolean | null | { error: string };

/**
 * A sheet's used range (the bounding box of the cells holding a value or a formula).
 * All arrays have the same shape; `top` and `left` are the 1-based row and column of [0][0].
 * An empty sheet has `values: []`.
 */
export interface SheetGrid {
  name: string;
  top: number;
  left: number;
  values: CellValue[][];
  /** The formula without its leading `=`, or null for a constant. */
  formulas: (string | null)[][];
  /** `General` for a cell without a format of its own. */
  numberFormats: string[][];
  /** Bold font per cell, where the adapter reads it (needed to restore the Totaalbeeld sheet). */
  bold?: boolean[][];
  /** Width per column from column 1 up to the used range's right edge; null = default width. */
  columnWidths?: (number | null)[];
  /** The sheet's chart, where the adapter reads it (needed to restore the Totaalbeeld sheet). */
  chart?: SheetChart;
}

/**
 * A chart over a block of its own sheet: the block's first row names the series, its first
 * column the categories, and each further column is a series (the Totaalbeeld's opgave →
 * dekking → restopgave per pijler).
 */
export interface SheetChart {
  title: string;
  type: 'columnClustered';
  /** The block it shows: 1-based top row and left column, and its size. */
  source: { top: number; left: number; rows: number; columns: number };
  /** The cell under its top-left corner, e.g. `K4`. */
  anchor: string;
}

/**
 * Writes every cell of a rectangle. `values[r][c] === null` empties the cell; a non-null
 * `formulas[r][c]` writes that formula (its value is the cached result); a null number
 * format leaves the cell's format as it is.
 */
export interface BlockWrite {
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
}

/** The whole content of a sheet from A1, replacing what it held (created at the end if missing). */
export interface SheetContent {
  name: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  bold?: boolean[][];
  columnWidths?: (number | null)[];
  /** Adapters that cannot make charts (ExcelJS) leave it out. */
  chart?: SheetChart;
}

/** One atomic change: sheets replaced first, then the block writes, then the deletions. */
export interface WorkbookChanges {
  sheets: SheetContent[];
  writes: BlockWrite[];
  deleteSheets: string[];
}

export interface WorkbookPort {
  /** The sheet names in tab order, spelled as the workbook spells them. */
  sheetNames(): Promise<string[]>;
  /** The used ranges of the named sheets, in the same order (one round trip). */
  readSheets(names: string[]): Promise<SheetGrid[]>;
  apply(changes: WorkbookChanges): Promise<void>;
  /** Shows a cell to the analyst: activates its sheet and selects it (a message's place). */
  select(blad: string, cel: string): Promise<void>;
}

export const NO_CHANGES: WorkbookChanges = { sheets: [], writes: [], deleteSheets: [] };
