import fc from 'fast-check';
import { a1 } from '../../../src/sheet/address';
import { kopie, omvang, waardeVak, type Blad, type Werkmap } from './werkmap';

/** Number formats an analyst uses; a date or time on a number in an amount or key cell makes it an error (issue 12). */
export const FORMATEN = ['0.00', '#,##0.0', '0%', '@', 'dd-mm-yyyy', '#,##0 "mln"', '[Red]0.0', 'General', 'h:mm', '[$-413]d mmmm yyyy'];
export const BREEDTES = [8, 10.5, 12.71, 20, 43];

const plek = fc.record({ blad: fc.nat(9), rij: fc.nat(60), kolom: fc.nat(20) });

/**
 * What an analyst does to the look of the sheets: number formats and bold anywhere, on empty
 * cells too — also right of an input table's used range, where the add-in's columns come on a
 * first run (an analyst formatting them in advance) — and column widths.
 */
export interface Opmaak {
  formaten: { blad: number; rij: number; kolom: number; formaat: string }[];
  vet: { blad: number; rij: number; kolom: number }[];
  breedtes: { blad: number; kolom: number; breedte: number }[];
}

export const opmaak: fc.Arbitrary<Opmaak> = fc.record({
  formaten: fc.array(fc.record({ blad: fc.nat(9), rij: fc.nat(60), kolom: fc.nat(20), formaat: fc.constantFrom(...FORMATEN) }), {
    maxLength: 6,
  }),
  vet: fc.array(plek, { maxLength: 4 }),
  breedtes: fc.array(fc.record({ blad: fc.nat(9), kolom: fc.nat(20), breedte: fc.constantFrom(...BREEDTES) }), { maxLength: 4 }),
});

// A place inside the sheet or up to three columns and a row beyond what it holds; `vak`: inside its used range.
function binnen(b: Blad, rij: number, kolom: number, vak = false): string {
  const { rows, columns } = vak ? waardeVak(b) : omvang(b);
  return a1((rij % (rows + 1)) + 1, (kolom % (vak ? Math.max(columns, 1) : columns + 3)) + 1);
}

/** The workbook with the formats, bold cells and widths put on its sheets (a copy). */
export function kleed(w: Werkmap, o: Opmaak): Werkmap {
  const uit = kopie(w);
  const blad = (i: number) => uit.bladen[i % uit.bladen.length];
  for (const f of o.formaten) blad(f.blad).numberFormats[binnen(blad(f.blad), f.rij, f.kolom)] = f.formaat;
  for (const v of o.vet) {
    const b = blad(v.blad);
    const at = binnen(b, v.rij, v.kolom);
    if (!b.bold.includes(at)) b.bold.push(at);
  }
  for (const br of o.breedtes) {
    const b = blad(br.blad);
    const kolom = br.kolom % (omvang(b).columns + 2);
    while (b.columnWidths.length <= kolom) b.columnWidths.push(null);
    b.columnWidths[kolom] = br.breedte;
  }
  return uit;
}
