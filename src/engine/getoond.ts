import type { Dec } from './decimal';
import { formatBedrag } from './format';

/** The most decimals a figure in a message is shown with. */
export const MAX_DECIMALEN = 6;

/**
 * A figure as a message shows it (issue 12): with the decimals the sheet shows it with — a
 * typed amount those of its cell's number format, a computed one those of the written output
 * columns. Without `decimalen` (a `General` cell, a row not read from a sheet) as many as the
 * figure has. Never more than 6. Only text is rounded this way, never a figure.
 */
export interface Getoond {
  waarde: Dec;
  decimalen?: number;
}

// A figure that is no number (NaN, which only a workbook in memory can hold) has no decimals: it reads `NaN`, as before.
const plaatsen = (g: Getoond) => Math.min(g.decimalen ?? (g.waarde.isFinite() ? g.waarde.decimalPlaces() : 0), MAX_DECIMALEN);

/** `{ waarde: 40.769874, decimalen: 1 }` → `40,8`; trailing zeros dropped (`600,0` → `600`). */
export function toon(g: Getoond): string {
  return formatBedrag(g.waarde.toDecimalPlaces(plaatsen(g)));
}

/**
 * Two figures that differ and their difference, each rounded as `toon` does, but never so far
 * that the difference reads as 0 or the figures read as equal or the other way round: then
 * both get more decimals, as many as it takes (at most 6). The difference gets the decimals of
 * the finer of the two. `1360` (0) and `1358.75` (1) → `1.360`, `1.358,8`, verschil `1,3`.
 */
export function toonVerschil(a: Getoond, b: Getoond): { a: string; b: string; verschil: string } {
  const [da, db] = [plaatsen(a), plaatsen(b)];
  const exact = a.waarde.minus(b.waarde).abs();
  for (let n = 0; ; n++) {
    const [ea, eb] = [Math.max(da, n), Math.max(db, n)];
    const [ra, rb] = [a.waarde.toDecimalPlaces(ea), b.waarde.toDecimalPlaces(eb)];
    const rv = exact.toDecimalPlaces(Math.max(ea, eb));
    const leesbaar = ra.cmp(rb) === a.waarde.cmp(b.waarde) && !rv.isZero();
    if (leesbaar || n >= MAX_DECIMALEN) return { a: formatBedrag(ra), b: formatBedrag(rb), verschil: formatBedrag(rv) };
  }
}
