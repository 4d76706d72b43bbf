import fc from 'fast-check';
import { Dec } from '../../../src/engine';
import { a1 } from '../../../src/sheet/address';
import type { CellValue } from '../../../src/workbook/port';
import { formuleUitgerekend, formuleZonderWaarde } from './berichten12';
import type { Kenmerken } from './celwaarden';
import { kolomMet } from './scenarios';
import { bladVan, kiesCellen, telcellen, zetWaarde, type Telcel } from './telcellen';
import { DELERS, doelen, getal, verwijzing, type Doel, type Uitdrukking } from './verwijzingen';
import { kopie, type Werkmap } from './werkmap';

/**
 * Issue 12, item 1: formulas without a cached value (what openpyxl, ExcelJS and POI write) in
 * amount and key cells, and the same workbook with what each must count as, worked out here:
 * a simple formula (numbers, + − * /, brackets, a sign, SUM, references to number cells of
 * Opgave and Dekking) exactly, in decimals, with a warning; any other an error at its cell.
 * The in-memory Excel cannot hold a formula without a value: it computes the simple ones (in
 * binary, as Excel does), and the others keep the value Excel would have given them.
 */
export interface Formuleplan {
  cel: number;
  eenvoudig: boolean;
  vorm: number;
  getallen: [number, number, number];
  doel: number;
  lengte: number;
  functie: number;
  /** The value Excel gave a formula it computes and the in-memory Excel cannot (hundredths). */
  waarde: number;
}

export const formuleplan: fc.Arbitrary<Formuleplan> = fc.record({
  cel: fc.nat(),
  eenvoudig: fc.boolean(),
  vorm: fc.nat(8),
  getallen: fc.tuple(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000)),
  doel: fc.nat(),
  lengte: fc.nat(3),
  functie: fc.nat(),
  waarde: fc.nat(500_000),
});

/** Functions no adapter computes here; the in-memory Excel keeps their value. */
const FUNCTIES = ['VLOOKUP(A2,Notities!A:B,2,FALSE)', 'TODAY()', 'ROUND(445.5,0)', 'IF(1>0,400,0)', 'AVERAGE(1,2)'];
/** Formulas not simple for another reason: a sheet that is not read, a reference to text (the row's periode). */
const ANDERS = ['SUM(Notities!A1:A3)', 'Notities!B2*2', 'PERIODE*2'];

// A simple formula of one of nine shapes; keys get small numbers (hundredths up to 1).
function eenvoudig(
  p: Formuleplan,
  sleutel: boolean,
  w: Werkmap,
  hier: string,
  kandidaten: Doel[],
  bezet: Set<string>,
  zonderWaarde: boolean,
): Uitdrukking {
  const [a, b, c] = p.getallen.map((g) => getal(sleutel ? (g % 101) / 100 : g / 100));
  const d = DELERS[p.getallen[2] % DELERS.length];
  const op = (x: Uitdrukking, teken: string, y: Uitdrukking, exact: Dec, binair: number) => ({
    tekst: `${x.tekst}${teken}${y.tekst}`,
    exact,
    binair,
  });
  switch (p.vorm) {
    case 0:
      return op(a, '+', b, a.exact.plus(b.exact), a.binair + b.binair);
    case 1:
      return op(a, '-', b, a.exact.minus(b.exact), a.binair - b.binair);
    case 2:
      return op(a, '*', b, a.exact.times(b.exact), a.binair * b.binair);
    case 3:
      return { tekst: `${a.tekst}/${d}`, exact: a.exact.div(d), binair: a.binair / d };
    case 4:
      return {
        tekst: `(${a.tekst}+${b.tekst})*${c.tekst}`,
        exact: a.exact.plus(b.exact).times(c.exact),
        binair: (a.binair + b.binair) * c.binair,
      };
    case 5:
      return { tekst: `-${a.tekst}+${b.tekst}`, exact: b.exact.minus(a.exact), binair: -a.binair + b.binair };
    case 6: {
      // `;` as openpyxl users write it (Dutch Excel's separator); never in Excel's own formulas, which the in-memory Excel holds.
      const scheiding = p.getallen[0] % 2 === 0 || !zonderWaarde ? ',' : ';';
      return {
        tekst: `SUM(${[a, b, c].map((x) => x.tekst).join(scheiding)})`,
        exact: a.exact.plus(b.exact).plus(c.exact),
        binair: 0 + a.binair + b.binair + c.binair,
      };
    }
    default:
      return verwijzing(w, hier, kandidaten, bezet, p) ?? op(a, '+', b, a.exact.plus(b.exact), a.binair + b.binair);
  }
}

/** A cell given a formula, what the workbook without it holds there, and what the run must say of it. */
export interface Geplaatst {
  cel: Telcel;
  formule: string;
  /** The warning (a simple formula computed) or error (any other) at the cell; none where Excel computed it. */
  melding?: { ernst: 'waarschuwing' | 'fout'; bericht: string };
}

export interface MetFormules {
  w: Werkmap;
  /** The same workbook with constants: each simple formula's value, `n.b.` for another (an error at the same cell). */
  w0: Werkmap;
  geplaatst: Geplaatst[];
}

/** The workbook with formulas without a value in some amount and key cells, and the same with what they count as. */
export function metOngerekend(basis: Werkmap, plannen: readonly Formuleplan[], k: Kenmerken): MetFormules {
  const w = kopie(basis);
  const w0 = kopie(basis);
  const cellen = kiesCellen(
    telcellen(basis),
    plannen.map((p) => p.cel),
  );
  const bezet = new Set(cellen.map((c) => `${c.blad}!${c.adres}`));
  const kandidaten = doelen(basis, bezet);
  const geplaatst = cellen.map((cel, i): Geplaatst => {
    const p = plannen[i];
    const [b, b0] = [bladVan(w, cel.tabel), bladVan(w0, cel.tabel)];
    const zet = (formule: string, result: CellValue, constant: CellValue) => {
      b.formulas[cel.adres] = { formula: formule, result };
      zetWaarde(b, cel.rij, cel.kolom, result);
      zetWaarde(b0, cel.rij, cel.kolom, constant);
    };
    if (p.eenvoudig) {
      const f = eenvoudig(p, cel.sleutel, basis, cel.blad, kandidaten, bezet, k.formuleZonderWaarde);
      if (!k.formuleZonderWaarde) return (zet(f.tekst, null, f.binair), { cel, formule: f.tekst });
      zet(f.tekst, null, Number(f.exact.toString()));
      return { cel, formule: f.tekst, melding: { ernst: 'waarschuwing', bericht: formuleUitgerekend(f.tekst, f.exact) } };
    }
    if (!k.formuleZonderWaarde) {
      const formule = FUNCTIES[p.functie % FUNCTIES.length];
      const waarde = cel.sleutel ? (p.waarde % 101) / 100 : p.waarde / 100;
      return (zet(formule, waarde, waarde), { cel, formule });
    }
    const periode = kolomMet(b.rows[basis[cel.tabel].kopRij - 1] ?? [], ['Periode']);
    const alle = [...FUNCTIES, ...ANDERS].filter(
      (f) =>
        f !== 'PERIODE*2' ||
        (periode !== undefined && typeof b.rows[cel.rij - 1][periode] === 'string' && b.rows[cel.rij - 1][periode] !== ''),
    );
    const formule = alle[p.functie % alle.length].replace('PERIODE', a1(cel.rij, (periode ?? 0) + 1));
    zet(formule, null, 'n.b.');
    return { cel, formule, melding: { ernst: 'fout', bericht: formuleZonderWaarde(formule) } };
  });
  return { w, w0, geplaatst };
}
