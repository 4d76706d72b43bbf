import { parseA1 } from '../../../src/workbook/address';
import { FOUTWAARDEN, type Kenmerken } from './celwaarden';
import { isEigenKop, isTotaalbeeld } from './eigen';
import { kopie, type Blad, type Werkmap } from './werkmap';

const REKENSOM = /^[\d.+\-*() ]+$/;

/**
 * The workbook without what the adapter cannot hold in the cells the add-in overwrites and
 * puts back (`Kenmerken`): there, text spelling an error value becomes `n.b.`, and a formula
 * other than arithmetic becomes its value (`n.b.` for none, so that no cell empties), and
 * an empty cell loses its number format and bold. Elsewhere nothing is written, so anything goes.
 */
export function zuiver(w: Werkmap, k: Kenmerken): Werkmap {
  if (k.fouttekstInEigen && k.elkeFormuleInEigen && k.leestLegeCellen) return w;
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
    const opgemaaktLeeg = (adres: string) => {
      const at = parseA1(adres)!;
      return !k.leestLegeCellen && (b.rows[at.row - 1]?.[at.column - 1] ?? null) === null && !(adres in b.formulas) && eigen(b, at.column);
    };
    for (const adres of Object.keys(b.numberFormats)) if (opgemaaktLeeg(adres)) delete b.numberFormats[adres];
    b.bold = b.bold.filter((adres) => !opgemaaktLeeg(adres));
  }
  return uit;
}
