import { type Dec, ONE, sum, ZERO } from '../decimal';
import { rijksdeelVan, totaalVan } from '../invoer/rows';
import type { OnderdeelGroep, PeriodeGroep } from './groepen';

/**
 * The sums of the groepen in decimal.js: each onderdeel's opgave and Rijksdeel, the shares of
 * the dekking spread naar rato, and the dekking of each onderdeel and pijler (MODEL.md).
 */
export function decimaleSommen(perioden: readonly PeriodeGroep[]): void {
  for (const { pijlers } of perioden) {
    for (const p of pijlers) {
      for (const g of p.groepen) {
        for (const row of g.opgaveRijen) {
          g.opgave = g.opgave.plus(row.opgave);
          g.rijksdeel = g.rijksdeel.plus(rijksdeelVan(row));
        }
      }
      const shares = new Map<readonly OnderdeelGroep[], Dec[]>();
      for (const { groepen, toewijzingen } of p.naarRato) {
        let s = shares.get(groepen);
        if (!s) shares.set(groepen, (s = naarRatoShares(groepen)));
        toewijzingen.forEach((t, i) => (t.share = s[i]));
      }
      for (const g of p.groepen) {
        for (const { row, share } of g.dekkingRijen) {
          g.dekking = g.dekking.plus(share === ONE ? totaalVan(row) : totaalVan(row).times(share));
          g.rijksdekking = g.rijksdekking.plus(share === ONE ? row.rijksfinanciering : row.rijksfinanciering.times(share));
        }
      }
      for (const row of p.dekkingRijen) {
        p.dekking = p.dekking.plus(totaalVan(row));
        p.rijksdekking = p.rijksdekking.plus(row.rijksfinanciering);
      }
      for (const row of p.pijlerRijen) {
        p.pijlerDekking = p.pijlerDekking.plus(totaalVan(row));
        p.pijlerRijksdekking = p.pijlerRijksdekking.plus(row.rijksfinanciering);
      }
    }
  }
}

/** Each gebied's share of the onderdeel's opgave; with no opgave at all, the first gebied takes all. */
function naarRatoShares(groepen: readonly OnderdeelGroep[]): Dec[] {
  const total = sum(groepen.map((g) => g.opgave));
  return groepen.map((g, i) => (total.isZero() ? (i === 0 ? ONE : ZERO) : g.opgave.div(total)));
}
