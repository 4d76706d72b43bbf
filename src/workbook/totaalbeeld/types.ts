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
}

/** The Totaalbeeld as rows of cells, for the sheet and for printing as text alike. */
export interface TotaalbeeldLayout {
  rows: LayoutRij[];
  /** The block a chart shows: from `rows[row]`, `rows` rows of the first `columns` cells. */
  chart?: { title: string; row: number; rows: number; columns: number };
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
