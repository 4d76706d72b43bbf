import type { Dec } from '../decimal';
import type { Columns } from '../types';

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
