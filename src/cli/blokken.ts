import type { LayoutRij, TotaalbeeldLayout } from '../workbook';
import { formatCell } from '../sheet';

/** A row of the Totaalbeeld as text: each cell as the sheet shows it (number format, unit, decimals). */
export interface TekstRij {
  teksten: string[];
  rij: LayoutRij<unknown>;
}

/** A table of the Totaalbeeld: rows between blank rows; `getallen` the columns that hold an amount in any of its rows. */
export interface Blok {
  rijen: TekstRij[];
  getallen: Set<number>;
}

/**
 * The Totaalbeeld (the very rows of the sheet) split into its tables, at its blank rows, each
 * cell as text as the sheet shows it. The text table, the CSV and the Markdown all print these.
 */
export function blokken(layout: TotaalbeeldLayout<unknown>): Blok[] {
  const uit: Blok[] = [];
  let open: Blok | undefined;
  for (const rij of layout.rows) {
    if (rij.cells.length === 0) {
      open = undefined;
      continue;
    }
    if (!open) uit.push((open = { rijen: [], getallen: new Set() }));
    open.rijen.push({ teksten: rij.cells.map((c, i) => formatCell(c, rij.formats?.[i])), rij });
    rij.cells.forEach((c, i) => typeof c === 'number' && open?.getallen.add(i));
  }
  return uit;
}
