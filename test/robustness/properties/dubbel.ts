import fc from 'fast-check';
import { a1 } from '../../../src/sheet/address';
import { matchKey } from '../../../src/workbook/read/matchKey';
import type { CellValue } from '../../../src/workbook/port';
import { kolomGekozen, kolommenDubbel, type Kop } from './berichten12';
import { bedrag, tekst, type Kenmerken } from './celwaarden';
import type { Mutatie } from './mutaties';
import { bladVan, type Welke } from './telcellen';
import { kopie, type Werkmap } from './werkmap';

/**
 * Issue 12, item 3: two headers in a header row that name one field. Exactly one of them the
 * field's own (first) name: that column is read, with a warning naming the others; else an
 * error naming them all. The fields and their names are WORKBOOK.md's, written out here.
 */
export const VELDEN: Record<Welke, readonly (readonly string[])[]> = {
  opgave: [
    ['Periode'],
    ['Pijler'],
    ['Onderdeel', 'Thema', 'Component'],
    ['Gebied', 'Focusgebied'],
    ['Opgave', 'Totale opgave', 'Bedrag'],
    ['Verdeelsleutel', 'Rijksaandeel', 'Sleutel'],
    ['Scenario'],
  ],
  dekking: [
    ['Periode'],
    ['Pijler'],
    ['Bron', 'Regeling', 'Dekkingsbron'],
    ['Onderdeel', 'Thema', 'Toegerekend aan'],
    ['Gebied'],
    ['Cofinanciering', 'Cofin.', 'Cofin'],
    ['Rijksfinanciering', 'Rijksfin.', 'Rijksfin'],
    ['Scenario'],
  ],
};

const SCHRIJFWIJZEN = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase()];

/** A column whose header names a field the table has (or may have), at a random place, with amounts or text in it. */
export function dubbeleKolom(k: Kenmerken): fc.Arbitrary<Mutatie> {
  return fc
    .record({
      tabel: fc.constantFrom<Welke>('opgave', 'dekking'),
      veld: fc.nat(),
      naam: fc.nat(),
      schrijfwijze: fc.nat(2),
      kolom: fc.nat(9),
      cellen: fc.array(fc.oneof(bedrag, tekst(k)), { maxLength: 30 }),
    })
    .map(({ tabel, veld, naam, schrijfwijze, kolom, cellen }) => {
      const namen = VELDEN[tabel][veld % VELDEN[tabel].length];
      return { soort: 'kolom', tabel, kolom, kop: SCHRIJFWIJZEN[schrijfwijze](namen[naam % namen.length]), cellen };
    });
}

/** The header cell of a field renamed to another of its names: `Opgave` → `Bedrag` (which header is canonical changes). */
export interface Hernoeming {
  tabel: Welke;
  veld: number;
  naam: number;
}

export const hernoeming: fc.Arbitrary<Hernoeming> = fc.record({
  tabel: fc.constantFrom<Welke>('opgave', 'dekking'),
  veld: fc.nat(),
  naam: fc.nat(),
});

const isNaam = (v: CellValue | undefined, namen: readonly string[]) =>
  typeof v === 'string' && namen.some((n) => matchKey(n) === matchKey(v));

/** The workbook with the leftmost header of a field renamed (a copy). */
export function hernoem(w: Werkmap, h: Hernoeming): Werkmap {
  const uit = kopie(w);
  const namen = VELDEN[h.tabel][h.veld % VELDEN[h.tabel].length];
  const kop = bladVan(uit, h.tabel).rows[uit[h.tabel].kopRij - 1] ?? [];
  const i = kop.findIndex((v) => isNaam(v, namen));
  if (i >= 0) kop[i] = namen[h.naam % namen.length];
  return uit;
}

export interface Dubbel {
  blad: string;
  cel: string;
  ernst: 'waarschuwing' | 'fout';
  bericht: string;
}

/**
 * What the header rows say of fields named twice (or more), and the same workbook with only
 * the column read where that is a warning (the others' headers `Toelichting`, a column no
 * field has): the same outcome, but for the warning.
 */
export function dubbeleKoppen(w: Werkmap): { w0: Werkmap; verwacht: Dubbel[] } {
  const w0 = kopie(w);
  const verwacht = (['opgave', 'dekking'] as const).flatMap((t) => {
    const { blad, kopRij } = w[t];
    const kop = bladVan(w, t).rows[kopRij - 1] ?? [];
    return VELDEN[t].flatMap((namen): Dubbel[] => {
      const koppen: (Kop & { kolom: number })[] = kop.flatMap((v, i) =>
        isNaam(v, namen) ? [{ cel: a1(kopRij, i + 1), tekst: String(v).trim(), kolom: i }] : [],
      );
      if (koppen.length < 2) return [];
      const eigen = koppen.filter((x) => matchKey(x.tekst) === matchKey(namen[0]));
      if (eigen.length !== 1) return [{ blad, cel: koppen[0].cel, ernst: 'fout', bericht: kolommenDubbel(koppen, namen) }];
      const anderen = koppen.filter((x) => x !== eigen[0]);
      for (const x of anderen) bladVan(w0, t).rows[kopRij - 1][x.kolom] = 'Toelichting';
      return [{ blad, cel: eigen[0].cel, ernst: 'waarschuwing', bericht: kolomGekozen(eigen[0], anderen, namen[0]) }];
    });
  });
  return { w0, verwacht };
}
