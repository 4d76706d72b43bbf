import { a1 } from '../../../src/sheet/address';
import { matchKey } from '../../../src/workbook/read/matchKey';
import type { Werkmap } from './werkmap';

/** WORKBOOK.md "What it writes": the headers of the columns the add-in owns, per input table. */
export const EIGEN_KOPPEN = {
  opgave: ['Rijksdeel', 'Dekking', 'Rijksdekking', 'Restopgave', 'Rest. Rijksopgave', 'Jaarlijkse restopgave', 'Overschot dekking'],
  dekking: ['Totale dekking'],
};

export const isTotaalbeeld = (blad: string) => matchKey(blad) === matchKey('NPLV Totaalbeeld');

const TABELLEN = ['opgave', 'dekking'] as const;

export const isKopRij = (w: Werkmap, blad: string, rij: number) => TABELLEN.some((t) => w[t].blad === blad && w[t].kopRij === rij);

/** Whether, as built, this column of an input table has one of the add-in's headers in its header row. */
export function isEigenKop(w: Werkmap, blad: string, kolom: number): boolean {
  return TABELLEN.some((t) => {
    if (w[t].blad !== blad) return false;
    const kop = w.bladen.find((b) => b.name === blad)?.rows[w[t].kopRij - 1]?.[kolom - 1];
    return typeof kop === 'string' && EIGEN_KOPPEN[t].some((k) => matchKey(k) === matchKey(kop));
  });
}

/** A place in a workbook: a whole sheet (no row, no column), a column's width (no row), or a cell. */
export type Plaats = (blad: string, rij?: number, kolom?: number) => boolean;

/**
 * What the add-in owns after a successful run, by WORKBOOK.md: the NPLV Totaalbeeld sheet
 * whole, and in Opgave and Dekking its columns from the header row down — each the first
 * column whose header in the header row is that column's header (a column the analyst had
 * made under that header is taken over). `kop` reads a cell's value after the run.
 */
export function eigendom(w: Werkmap, kop: (blad: string, adres: string) => unknown, breedte: number): Plaats {
  const kolommen = new Map<string, Set<number>>();
  for (const t of TABELLEN) {
    const { blad, kopRij } = w[t];
    const keys = Array.from({ length: breedte }, (_, i) => {
      const v = kop(blad, a1(kopRij, i + 1));
      return typeof v === 'string' ? matchKey(v) : undefined;
    });
    const eigen = EIGEN_KOPPEN[t].map((k) => keys.indexOf(matchKey(k)) + 1).filter((k) => k > 0);
    kolommen.set(blad, new Set(eigen));
  }
  return (blad, rij, kolom) => {
    if (isTotaalbeeld(blad)) return true;
    // A column's width (no row): the written columns widen to show their figures (issue 16).
    if (rij === undefined && kolom !== undefined) return kolommen.get(blad)?.has(kolom) ?? false;
    if (rij === undefined || kolom === undefined) return false;
    const t = TABELLEN.find((x) => w[x].blad === blad);
    return t !== undefined && rij >= w[t].kopRij && (kolommen.get(blad)?.has(kolom) ?? false);
  };
}
