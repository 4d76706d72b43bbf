import type { PeriodeGroep } from '../groepen';
import type { Columns, RegelCijfers } from '../../types';
import { divide } from './divide';
import { POW10 } from './scaled';
import type { IntegerSums } from './sums';

type Veld = keyof RegelCijfers;
const VELDEN: readonly Veld[] = ['rijksdeel', 'dekking', 'rijksdekking', 'restopgave', 'restRijksopgave', 'jaarlijkseRestopgave', 'overschot'];

/**
 * The opgave rows' columns from the integers: each figure the exact fraction of `rowShares.ts`
 * (a row's share of its onderdeel's dekking by opgave, of its Rijksdekking by Rijksdeel; the
 * first row carries all when the onderdeel's opgave or Rijksdeel is 0), rounded once to the
 * nearest double (`divide`). `at` gives the exact Decimals of the decimal path (`regel`).
 */
export function integerColumns(perioden: readonly PeriodeGroep[], sums: IntegerSums, count: number, regel: (index: number) => RegelCijfers): Columns<RegelCijfers> {
  const col = Object.fromEntries(VELDEN.map((v) => [v, new Float64Array(count)])) as Record<Veld, Float64Array>;
  const { rijksdeel, dekking, rijksdekking, restopgave, restRijksopgave, jaarlijkseRestopgave, overschot } = col;
  const P = POW10[sums.scale];
  const TK = POW10[sums.sleutelScale];
  const PK = POW10[sums.scale + sums.sleutelScale];
  for (const per of perioden) {
    const J = per.def.jaren;
    for (const p of per.pijlers) {
      for (const g of p.groepen) {
        const { opgave: O, rijksdeel: R, dekking: D, rijksdekking: RD, eenSleutel } = sums.groepen.get(g)!;
        const RDK = RD * TK;
        const rows = g.opgaveRijen;
        for (let n = 0; n < rows.length; n++) {
          const i = rows[n].index;
          const a = rows.length === 1 ? O : sums.opgave[i];
          const r = rows.length === 1 ? R : sums.rijksdeel[i];
          rijksdeel[i] = divide(r, 1, PK);
          if (rows.length === 1 || D === 0 || O === 0) {
            // The row is the onderdeel, or holds all of its dekking (n = 0) or none.
            const dek = rows.length === 1 || n === 0 ? D : 0;
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
          if (rows.length === 1 || RD === 0 || R === 0) {
            const rdek = rows.length === 1 || n === 0 ? RD : 0;
            rijksdekking[i] = divide(rdek, 1, P);
            restRijksopgave[i] = r > rdek * TK ? divide(r - rdek * TK, 1, PK) : 0;
          } else {
            // Its share r/R of the Rijksdekking; with one key for all rows r/R = a/O, smaller integers.
            const [x, y] = eenSleutel ? [a, O] : [r, R];
            rijksdekking[i] = divide(x, RD, y, P);
            restRijksopgave[i] = R > RDK ? divide(x, R - RDK, y, PK) : 0;
          }
        }
      }
    }
  }
  return { length: count, column: (veld) => col[veld], at: regel };
}
