import type { Doel } from '../../engine';

/** One cell of the Totaalbeeld: a label, an amount in the workbook's unit, or empty. */
export type LayoutCel = string | number | null;

/**
 * A row of the Totaalbeeld; `formats[i]` is the number format of `cells[i]` (null: none) and
 * `doelen[i]` the figure `cells[i]` shows (null: a label), for the Uitleg of a selected cell.
 */
export interface LayoutRij {
  cells: LayoutCel[];
  bold?: boolean;
  formats?: (string | null)[];
  doelen?: (Doel | null)[];
  /** Folded under the row above it that is not (Excel row grouping, collapsed): a gebied under its onderdeel. */
  ingeklapt?: boolean;
}

/**
 * A clustered column chart of the Totaalbeeld, in layout positions (0-based rows and columns of
 * `TotaalbeeldLayout.rows`): categories from `labelColumn` of `rows` rows from `firstRow`, a
 * series per column of `seriesColumns`, named by their cells in `headerRow`.
 */
export interface LayoutChart {
  title: string;
  headerRow: number;
  firstRow: number;
  rows: number;
  labelColumn: number;
  seriesColumns: number[];
  anchor: { row: number; column: number };
  /** Its size in cells (default 16 rows × 8 columns). */
  size?: { rows: number; columns: number };
  /** The value axis's number format; default the format of the first series' first cell. */
  valueFormat?: string;
}

/** The Totaalbeeld as rows of cells, for the sheet and for printing as text alike. */
export interface TotaalbeeldLayout {
  rows: LayoutRij[];
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

export const LEGE_RIJ: LayoutRij = { cells: [] };
