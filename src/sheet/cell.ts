/** The vocabulary of a sheet's cells as every layer reads them: values, a used range as a grid, its charts, how much of it to read. */

/** A cell's value as Excel holds it; dates arrive as serial numbers. */
export type CellValue = number | string | boolean | null | { error: string };

/**
 * A sheet's used range (the bounding box of the cells holding a value or a formula).
 * `top` and `left` are the 1-based row and column of [0][0]; there is a row per row of the
 * box, but a row may end before the box's right edge (at its last cell) and empty rows may
 * all be one shared, frozen empty array: a cell past the end of its row is empty (null, no
 * formula, `General`, not bold), so that memory goes with the cells present, not with the
 * box's area (one value at XFD1048576 is a million pointers, not 17 billion cells). Read cells
 * through `cellAt`, `width` and `rightColumn` (grid.ts), never by a row's length; never write
 * into a grid read. The arrays of one row have the same length. An empty sheet has `values: []`.
 * `formulas` and `numberFormats` are exact for every cell
 * unless the read was given a `ReadDetail`: then only where it asks (see there).
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
  /**
   * Width per column (in characters) from column 1 up to the used range's right edge, and
   * beyond it as far as `ReadDetail.columnsRight` asked; null = default width.
   */
  columnWidths?: (number | null)[];
  /** The add-in's own charts on the sheet, where the adapter reads them (undo of the Totaalbeeld puts them back). */
  charts?: SheetChart[];
  /**
   * The number formats of the columns just right of the used range (index 0: the column after
   * its right edge), for the rows of the grid, when `ReadDetail.columnsRight` asked for them: a
   * first run writes its columns there, and undo puts their formats back. Rows may be short
   * or shared as above; a format not there is `General`.
   */
  formatsRight?: string[][];
  /**
   * The whole formats of the cells of one row, from column `left` (`styles[0]`), when
   * `ReadDetail.styledCells` asked for them: the header cells a run formats, so that undo puts
   * back what they were. Opaque: only the adapter that read a style can write it back.
   */
  styles?: { row: number; left: number; styles: CellStyle[] };
  /** The sheet's row outline (level 1), where the adapter reads it: undo puts it back. */
  rowGroups?: RowGroup[];
}

/**
 * A cell's whole format (font, fill, borders, alignment, number format) as one adapter read it,
 * to give back to that adapter unchanged (`BlockWrite.styles`); what it holds is the adapter's.
 */
export interface CellStyle {
  readonly adapterStyle: unknown;
}

/**
 * A group of the row outline: rows `top` to `bottom` (1-based) at level 1, their summary row
 * the one above `top`; collapsed (the rows hidden) unless `collapsed` is false.
 */
export interface RowGroup {
  top: number;
  bottom: number;
  collapsed?: boolean;
}

/** `columnClustered`: vertical columns side by side; `barClustered`: horizontal bars, overlapping. */
export type SheetChartType = 'columnClustered' | 'barClustered';

/**
 * How every adapter draws a `barClustered` chart's bars: each series over the others (overlap,
 * in %), a modest gap between categories (in % of a bar's width; Excel's default is 150).
 */
export const BAR_LOOK = { overlap: 100, gapWidth: 60 } as const;

/**
 * A clustered chart over cells of its own sheet (1-based rows and columns): columns (the
 * Totaalbeeld's opgave → dekking → restopgave per pijler), or horizontal bars whose series
 * overlap fully, the category labels at the far left (a tornado: the Gevoeligheid's Δ per
 * verdeelsleutel, one bar left and one right of 0).
 */
export interface SheetChart {
  title: string;
  type: SheetChartType;
  /** The category labels: one column, `rows` cells from `top`. */
  categories: { top: number; column: number; rows: number };
  /**
   * Each series: its name (as written in `nameRow` of its column, when given) and its values
   * in `column`, on the categories' rows.
   */
  series: { name: string; column: number }[];
  /** The row whose cells name the series (their header), if any. */
  nameRow?: number;
  /** Top-left and bottom-right cells the chart covers, e.g. `H3` and `O18`. */
  anchor: string;
  to: string;
  /** Number format of the value axis (and data labels if any), e.g. `#,##0.00,` (thousands scaled). */
  valueFormat?: string;
}

/**
 * What a caller of `readSheets` needs besides the values, so that an adapter for which every
 * byte read costs (Office.js: 5 MB per response on the web) reads no more than that. Values
 * are always read everywhere. Formulas and number formats are guaranteed only for every cell
 * of `wholeSheets` and for the `detailColumns` of the other sheets; elsewhere a cell may read
 * as a constant (`formulas` null) in `General`, whatever it holds. The in-memory and .xlsx
 * adapters ignore the detail and read everything: they are free to give more.
 *
 * A recalculation needs formulas and formats of the cells it overwrites, to put them back on
 * undo, and of the input cells of amounts, keys and years, whose format (a date) and formula
 * (without a value) it checks (`readDetail`): reading those of the text columns is waste.
 */
export interface ReadDetail {
  /** Sheets read whole: formulas and number formats of every cell. */
  wholeSheets: readonly string[];
  /** How many rows from the top of a sheet (rows 1 to `headRows`) `detailColumns` looks at. */
  headRows: number;
  /**
   * The 1-based columns of a sheet (not one of `wholeSheets`) whose formulas and number
   * formats are needed, decided from `head`: its used range's rows 1 to `headRows` only,
   * every column of it, with their values, formulas and formats.
   */
  detailColumns(head: SheetGrid): readonly number[];
  /**
   * How many columns right of a sheet's used range a run writes into: their number formats are
   * needed (`SheetGrid.formatsRight`). 0 for a sheet it writes no columns into, `wholeSheets` among them.
   */
  columnsRight(head: SheetGrid): number;
  /** The most `columnsRight` can be, for a sheet read before its head is known. */
  mostColumnsRight: number;
  /**
   * A row of cells whose whole formats a run changes (the header cells of its columns, which
   * take the header row's format): read into `SheetGrid.styles`; undefined for none.
   */
  styledCells?(head: SheetGrid): { row: number; left: number; count: number } | undefined;
  /**
   * Sheets (not of `wholeSheets`) whose values alone are needed — no formulas or formats, no
   * `detailColumns` — such as NPLV Versies, whose rows can weigh a megabyte each: an adapter
   * that weighs rows before reading weighs theirs from their first row only.
   */
  valuesOnly?: readonly string[];
}
