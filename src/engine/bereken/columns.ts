import { type Dec, ZERO } from '../decimal';
import { totaalVan, type DekkingRij } from '../invoer/rows';
import type { Columns, DekkingRegelCijfers } from '../types';
import { divide } from './integer/divide';
import { POW10 } from '../scaled';

/**
 * Rows of exact figures as `Columns`: a field's column is made when it is first asked for, each
 * Decimal rounded once to the nearest double (`toNumber`), as a cell holds it.
 */
export function decimalColumns<T extends object>(rows: readonly T[]): Columns<T> {
  const made = new Map<string, Float64Array>();
  return {
    length: rows.length,
    column(veld) {
      let column = made.get(veld);
      if (!column) {
        column = new Float64Array(rows.length);
        for (let i = 0; i < rows.length; i++) column[i] = (rows[i][veld] as Dec).toNumber();
        made.set(veld, column);
      }
      return column;
    },
    at: (index) => rows[index],
  };
}

/**
 * The Dekking rows' column, Totale dekking: 0 for rows that do not count (`uit`). From the
 * integer path's totals (in units of 10^-scale) when it ran, else from the Decimals.
 */
export function dekkingColumns(
  rijen: readonly DekkingRij[],
  uit: readonly number[],
  integer?: { totaleDekking: Float64Array; scale: number },
): Columns<DekkingRegelCijfers> {
  const skip = new Set(uit);
  const at = (index: number) => ({ totaleDekking: skip.has(index) ? ZERO : totaalVan(rijen[index]) });
  if (!integer) return decimalColumns(rijen.map((_, i) => at(i)));
  const column = new Float64Array(rijen.length);
  const unit = POW10[integer.scale];
  for (let i = 0; i < rijen.length; i++) column[i] = skip.has(i) ? 0 : divide(integer.totaleDekking[i], 1, unit);
  return { length: rijen.length, column: () => column, at };
}
