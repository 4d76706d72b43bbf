import { columnNumber } from '../../sheet';
import type { Herkomst } from '../types';
import type { Plek } from './types';

const A1 = /^\$?([A-Z]+)\$?(\d+)$/i;

/** Two cells of one row next to each other as one range (`E4:F4`), else undefined. */
function bereik(a: string, b: string): string | undefined {
  const [x, y] = [A1.exec(a), A1.exec(b)];
  if (!x || !y || x[2] !== y[2]) return undefined;
  const verschil = columnNumber(y[1]) - columnNumber(x[1]);
  if (verschil === 1) return `${a}:${b}`;
  return verschil === -1 ? `${b}:${a}` : undefined;
}

/**
 * The cells of `velden` in a row read from a sheet (none for rows built by hand); two cells
 * next to each other on the row as one range.
 */
export function plekken(h: Herkomst | undefined, ...velden: string[]): Plek[] {
  if (!h) return [];
  const cellen = velden.map((v) => h.cellen[v]).filter((c): c is string => !!c);
  const samen = cellen.length === 2 ? bereik(cellen[0], cellen[1]) : undefined;
  return (samen ? [samen] : cellen).map((cel) => ({ blad: h.blad, cel }));
}

/** A whole row (`5:5`): for a figure the add-in writes in a column of its own. */
export function rijPlek(h: Herkomst | undefined): Plek[] {
  return h ? [{ blad: h.blad, cel: `${h.rij}:${h.rij}` }] : [];
}
