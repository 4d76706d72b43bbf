import type { VergelijkDoel } from '../../engine';
import type { LayoutRij, TotaalbeeldLayout } from '../totaalbeeld/types';

/** A row of the NPLV Vergelijking sheet: a Δ cell (or a part of one) names the difference it shows, for the Uitleg. */
export type VergelijkingRij = LayoutRij<VergelijkDoel>;

/** The NPLV Vergelijking as rows of cells, for the sheet and for printing as text alike; laid out and written as the Totaalbeeld. */
export type VergelijkingLayout = TotaalbeeldLayout<VergelijkDoel>;

/** What the old side of a comparison is: a version recorded in the workbook, or a file (or another named input). */
export type VergelijkBron = { soort: 'versie'; label: string } | { soort: 'bestand'; naam: string };

/** What the head of the sheet says about the comparison. */
export interface VergelijkingMeta {
  /** When it was made, as shown (`02-12-2026 14:30`). */
  gemaaktOm: string;
  oud: VergelijkBron;
  /** What the new side is: `deze werkmap`, or a file's name. */
  nieuw: string;
  /** The scenarios on in each version; no line when both have none. */
  scenarios: { oud: readonly string[]; nieuw: readonly string[] };
  /** The unit line after `Bedragen in ` (`mln euro`). */
  eenheid: string;
  /** The number format of the amounts (the workbook's unit, as the Totaalbeeld shows it). */
  getalnotatie: string;
}
