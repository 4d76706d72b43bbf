import type { Doel } from '../../engine';
import type { SheetChartType } from '../port';

/** One cell of the Totaalbeeld: a label, an amount in the workbook's unit, or empty. */
export type LayoutCel = string | number | null;

/**
 * A row of the Totaalbeeld; `formats[i]` is the number format of `cells[i]` (null: none) and
 * `doelen[i]` the figure `cells[i]` shows (null: a label), for the Uitleg of a selected cell.
 */
export interface LayoutRij<D = Doel> {
  cells: LayoutCel[];
  bold?: boolean;
  formats?: (string | null)[];
  doelen?: (D | null)[];
  /** Folded under the row above it that is not (Excel row grouping, collapsed): a gebied under its onderdeel. */
  ingeklapt?: boolean;
}

/**
 * A chart of the Totaalbeeld over its own rows (0-based rows and columns of the layout): the
 * labels in `labelColumn` and a series per `seriesColumns`, on `rows` rows from `firstRow`,
 * each series named by its cell in `headerRow`; its top-left corner on `anchor`, `size` cells
 * large (default 16 rows × 8 columns).
 */
export interface LayoutChart {
  title: string;
  /** Columns (the default), or horizontal bars overlapping around 0 (a tornado). */
  type?: SheetChartType;
  headerRow: number;
  firstRow: number;
  rows: number;
  labelColumn: number;
  seriesColumns: number[];
  anchor: { row: number; column: number };
  size?: { rows: number; columns: number };
  /** The value axis's number format; default the format of the first series' first cell. */
  valueFormat?: string;
}

/**
 * The Totaalbeeld as rows of cells, for the sheet and for printing as text alike. `D` is what a
 * cell's figure is to the Uitleg: the engine's `Doel` here, a `VergelijkDoel` on the NPLV
 * Vergelijking sheet, which is laid out and written the same way.
 */
export interface TotaalbeeldLayout<D = Doel> {
  rows: LayoutRij<D>[];
  /** One chart per periode: opgave → dekking → restopgave per pijler. */
  charts?: LayoutChart[];
  /** Runs of rows folded under the row above them (0-based, from `LayoutRij.ingeklapt`). */
  rowGroups?: { first: number; count: number }[];
}

export interface TotaalbeeldMeta {
  /** When it was computed, as shown (e.g. `22-11-2026 14:32`). */
  berekendOm: string;
  /** The input sheets and their ranges, e.g. `{ blad: 'Opgave', bereik: 'A1:F21' }`. */
  bronnen: { blad: string; bereik: string }[];
  verdeelsleutels: 'standaard' | 'uit werkmap';
  /** The workbook's scenarios and whether each was on; empty or missing: it has none. */
  scenarios?: readonly { naam: string; aan: boolean }[];
  /** Default `mln euro`. */
  eenheid?: string;
  /** The number format of amounts; default `#,##0.0`. */
  getalnotatie?: string;
}

export const LEGE_RIJ: LayoutRij<never> = { cells: [] };
