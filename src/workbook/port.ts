/**
 * The one interface every workbook adapter implements (Office.js, .xlsx file, in memory).
 * Reads are whole used ranges as 2D arrays; writes are rectangular blocks.
 */
import type { CellValue, ReadDetail, SheetChart, SheetGrid } from '../sheet';
import type { CellStyle, RowGroup } from '../sheet';

export type { CellValue, ReadDetail, SheetChart, SheetChartType, SheetGrid } from '../sheet';
export type { CellStyle, RowGroup } from '../sheet';

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
  /**
   * Every cell of the block first takes the whole format of this cell of the same sheet — font
   * (bold, italic, colour, size, name), fill, borders, alignment, wrapping and number format,
   * as Excel's `copyFrom(…, formats)` — then `numberFormats` and `bold` apply. The written
   * headers take the format of the header row they extend this way, with their own number
   * format given back in `numberFormats`.
   */
  formatFrom?: { row: number; column: number };
  /**
   * A cell's whole format put back as it was read (`SheetGrid.styles`, the same adapter's),
   * before `numberFormats` and `bold`; null (or absent) leaves it. What undo of `formatFrom` writes.
   */
  styles?: (CellStyle | null)[][];
}

/** A column's width (in characters, as `SheetGrid.columnWidths`); null is the default width. */
export interface ColumnWidth {
  sheet: string;
  column: number;
  width: number | null;
}

/**
 * The sheet's row outline becomes `groups` (none: no outline): each at level 1 with its
 * summary row ABOVE it (`summaryBelow` off), collapsed — its rows hidden — unless the group
 * says `collapsed: false`. Rows the old outline hid and the new one does not are shown.
 */
export interface RowGroupsChange {
  sheet: string;
  groups: RowGroup[];
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
  /** The row outline of the new sheet, as `RowGroupsChange.groups`. */
  rowGroups?: RowGroup[];
  /**
   * True: the sheet is hidden (Excel's "Verbergen"; the NPLV Versies sheet). Absent or false: a
   * sheet made here is visible, a replaced one keeps the visibility it had.
   */
  hidden?: boolean;
}

/** One atomic change: sheets replaced first, then the block writes, the charts, then the deletions. */
export interface WorkbookChanges {
  sheets: SheetContent[];
  writes: BlockWrite[];
  /** After the block writes: the column widths, then the row outlines. */
  columnWidths?: ColumnWidth[];
  rowGroups?: RowGroupsChange[];
  charts?: ChartChange[];
  deleteSheets: string[];
  /**
   * Last, in the same request: this cell shown to the analyst, as `select` does (its sheet
   * activated). The ribbon's Herbereken shows the Totaalbeeld it wrote this way, without a
   * request of its own; a file opens on it.
   */
  toon?: { blad: string; cel: string };
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
