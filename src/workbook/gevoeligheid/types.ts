import type { GevoeligheidDoel } from '../../engine';
import type { LayoutRij, TotaalbeeldLayout } from '../totaalbeeld/types';

/** A row of the NPLV Gevoeligheid sheet: a Δ cell names the key, step and figure it shows, for the Uitleg. */
export type GevoeligheidRij = LayoutRij<GevoeligheidDoel>;

/** The NPLV Gevoeligheid as rows of cells (with its tornado chart), for the sheet and for printing as text alike. */
export interface GevoeligheidLayout extends TotaalbeeldLayout<GevoeligheidDoel> {
  /** Per key (in the order of `Gevoeligheid.sleutels`) its row in `rows` (0-based). */
  sleutelRijen: number[];
  /** How many columns the table has (from A). */
  breedte: number;
}

/** What the head of the sheet says. */
export interface GevoeligheidMeta {
  /** When it was made, as shown (`02-12-2026 14:30`). */
  gemaaktOm: string;
  /** The workbook's scenarios and whether each was on (no line when it has none). */
  scenarios: readonly { naam: string; aan: boolean }[];
  /** The unit line after `Bedragen in ` (`mln euro`). */
  eenheid: string;
  /** The number format of the amounts (the workbook's unit, as the Totaalbeeld shows it). */
  getalnotatie: string;
}
