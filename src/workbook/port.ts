/**
 * The one interface every workbook adapter implements (Office.js, .xlsx file, in memory).
 * Reads are whole used ranges as 2D arrays; writes are rectangular blocks.
 */
import type { CellValue, ReadDetail, SheetChart, SheetGrid } from '../sheet';

export type { CellValue, ReadDetail, SheetChart, SheetGrid } from '../sheet';

/**
 * Writes every cell of a rectangle. `values[r][c] === null` empties the cell; a non-null
 * `formulas[r][c]` writes that formula (its value is the cached result); a null number
 * format leaves the cell's format as it is, and so does a null (or absent) `bold`.
 */
export interface BlockWrite {
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  bold?: (boolean | null)[][];
}

/**
 * The add-in's own charts on a sheet become `charts` (empty: none); every other chart and
 * drawing of the analyst's on the sheet stays. Adapters that cannot make charts (ExcelJS)
 * leave the sheet's charts as they are.
 */
export interface ChartChange {
  sheet: string;
  charts: SheetChart[];
}

/**
 * The whole content of a sheet from A1, replacing what it held (created at the end if
 * missing): the NPLV Totaalbeeld of a first run, the example's sheets.
 */
export interface SheetContent {
  name: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  bold?: boolean[][];
  columnWidths?: (number | null)[];
  /** The add-in's charts on it; adapters that cannot make charts (ExcelJS) leave them out. */
  charts?: SheetChart[];
}

/** One atomic change: sheets replaced first, then the block writes, the charts, then the deletions. */
export interface WorkbookChanges {
  sheets: SheetContent[];
  writes: BlockWrite[];
  charts?: ChartChange[];
  deleteSheets: string[];
}


export interface WorkbookPort {
  /** The sheet names in tab order, spelled as the workbook spells them. */
  sheetNames(): Promise<string[]>;
  /**
   * The used ranges of the named sheets, in the same order. Without `detail` every cell's
   * value, formula and number format; with it, values everywhere and formulas and formats
   * where `detail` asks (an adapter may give more).
   */
  readSheets(names: string[], detail?: ReadDetail): Promise<SheetGrid[]>;
  apply(changes: WorkbookChanges): Promise<void>;
  /** Shows a cell to the analyst: activates its sheet and selects it (a message's place). */
  select(blad: string, cel: string): Promise<void>;
}

export const NO_CHANGES: WorkbookChanges = { sheets: [], writes: [], deleteSheets: [] };
