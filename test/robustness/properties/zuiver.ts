import { parseA1 } from '../../../src/sheet/address';
import { FOUTWAARDEN, type Kenmerken } from './celwaarden';
import { isEigenKop, isTotaalbeeld } from './eigen';
import { kopie, type Blad, type Werkmap } from './werkmap';

const REKENSOM = /^[\d.+\-*() ]+$/;

/**
 * The workbook without what the adapter cannot hold in the cells the add-in overwrites and
 * puts back (`Kenmerken`): there, text spelling an error value becomes `n.b.`, and a formula
 * other than arithmetic becomes its value (`n.b.` for none, so that no cell empties).
 * Elsewhere nothing is written, so anything goes.
 */
export function zuiver(w: Werkmap, k: Kenmerken): Werkmap {
  if (k.fouttekstInEigen && k.elkeFormuleInEigen) return w;
  const uit = kopie(w);
  const eigen = (b: Blad, kolom: number) => isTotaalbeeld(b.name) || isEigenKop(uit, b.name, kolom);
  for (const b of uit.bladen) {
    b.rows.forEach((row) =>
      row.forEach((v, c) => {
        if (!k.fouttekstInEigen && typeof v === 'string' && FOUTWAARDEN.includes(v) && eigen(b, c + 1)) row[c] = 'n.b.';
      }),
    );
    for (const [adres, f] of Object.entries(b.formulas)) {
      const at = parseA1(adres)!;
      if (k.elkeFormuleInEigen || REKENSOM.test(f.formula) || !eigen(b, at.column)) continue;
      delete b.formulas[adres];
      b.rows[at.row - 1][at.column - 1] ??= 'n.b.';
    }
  }
  return uit;
}
