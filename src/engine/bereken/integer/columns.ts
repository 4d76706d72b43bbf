import type { Indeling } from '../groepen';
import type { Columns, RegelCijfers } from '../../types';
import { divide } from './divide';
import { POW10 } from '../../scaled';
import type { IntegerSums } from './sums';

type Veld = keyof RegelCijfers;
const VELDEN: readonly Veld[] = [
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'jaarlijkseRestopgave',
  'overschot',
];

/**
 * The opgave rows' columns from the integers: each figure the exact fraction of `rowShares.ts`
 * (a row's share of its onderdeel's dekking by opgave, of its Rijksdekking by Rijksdeel; the
 * first row carries all when the onderdeel's opgave or Rijksdeel is 0), rounded once to the
 * nearest double (`divide`). `at` gives the exact Decimals of the decimal path (`regel`).
 */
export function integerColumns(indeling: Indeling, sums: IntegerSums, regel: (index: number) => RegelCijfers): Columns<RegelCijfers> {
  const count = indeling.groepVanOpgave.length;
  const col = Object.fromEntries(VELDEN.map((v) => [v, new Float64Array(count)])) as Record<Veld, Float64Array>;
  const { rijksdeel, dekking, rijksdekking, restopgave, restRijksopgave, jaarlijkseRestopgave, overschot } = col;
  const P = POW10[sums.scale];
  const TK = POW10[sums.sleutelScale];
  const PK = POW10[sums.scale + sums.sleutelScale];
  const { groepen, groepVanOpgave } = indeling;
  // Per onderdeel: its number of rows, its first row, its periode's years.
  const rows = groepen.map((g) => g.opgaveRijen.length);
  const first = groepen.map((g) => g.opgaveRijen[0].index);
  const jaren = groepen.map((g) => g.periode.jaren);
  for (let i = 0; i < count; i++) {
    const g = groepVanOpgave[i];
    if (g < 0) continue;
    const [O, R, D, RD, J] = [sums.groepOpgave[g], sums.groepRijksdeel[g], sums.groepDekking[g], sums.groepRijksdekking[g], jaren[g]];
    const one = rows[g] === 1;
    const carries = one || first[g] === i;
    const a = sums.opgave[i];
    const r = sums.rijksdeel[i];
    rijksdeel[i] = divide(r, 1, PK);
    if (one || D === 0 || O === 0) {
      // The row is the onderdeel, or holds all of its dekking (its first row) or none.
      const dek = carries ? D : 0;
      dekking[i] = divide(dek, 1, P);
      restopgave[i] = a > dek ? divide(a - dek, 1, P) : 0;
      jaarlijkseRestopgave[i] = a > dek ? divide(a - dek, 1, P, J) : 0;
      overschot[i] = dek > a ? divide(dek - a, 1, P) : 0;
    } else {
      // Its share a/O of the onderdeel's dekking: a·D/O, and a·(O − D)/O left or a·(D − O)/O over.
      dekking[i] = divide(a, D, O, P);
      restopgave[i] = O > D ? divide(a, O - D, O, P) : 0;
      jaarlijkseRestopgave[i] = O > D ? divide(a, O - D, O, P, J) : 0;
      overschot[i] = D > O ? divide(a, D - O, O, P) : 0;
    }
    if (one || RD === 0 || R === 0) {
      const rdek = carries ? RD : 0;
      rijksdekking[i] = divide(rdek, 1, P);
      restRijksopgave[i] = r > rdek * TK ? divide(r - rdek * TK, 1, PK) : 0;
    } else {
      // Its share r/R of the Rijksdekking; with one key for all rows r/R = a/O, smaller integers.
      const RDK = RD * TK;
      const x = sums.eenSleutel[g] ? a : r;
      const y = sums.eenSleutel[g] ? O : R;
      rijksdekking[i] = divide(x, RD, y, P);
      restRijksopgave[i] = R > RDK ? divide(x, R - RDK, y, PK) : 0;
    }
  }
  return { length: count, column: (veld) => col[veld], at: regel };
}
