import { Dec } from '../../../src/engine';
import { a1 } from '../../../src/sheet/address';
import { quote } from './formules';
import { bladVan, telcellen } from './telcellen';
import type { Werkmap } from './werkmap';

/** A formula's text with its value twice: exact (decimals) and as Excel computes it (binary, left to right). */
export interface Uitdrukking {
  tekst: string;
  exact: Dec;
  binair: number;
}

export const getal = (x: number): Uitdrukking => ({ tekst: String(x), exact: new Dec(String(x)), binair: x });
export const DELERS = [2, 4, 5, 8, 10];

/** A cell a formula may refer to: an amount or key cell holding a number with at most two decimals, no formula, not changed here. */
export interface Doel {
  blad: string;
  rij: number;
  kolom: number;
  waarde: number | null;
}

export function doelen(w: Werkmap, bezet: Set<string>): Doel[] {
  return telcellen(w).flatMap((c) => {
    const v = bladVan(w, c.tabel).rows[c.rij - 1][c.kolom];
    const goed = typeof v === 'number' && Math.abs(v) < 1e7 && new Dec(String(v)).decimalPlaces() <= 2;
    return goed && !bezet.has(`${c.blad}!${c.adres}`) ? [{ blad: c.blad, rij: c.rij, kolom: c.kolom, waarde: v }] : [];
  });
}

/**
 * SUM over a block of one column from `van`, down while the cells hold such numbers or nothing; or `van` times 2.
 * The block stops before a cell in `bezet` (`Blad!A1`: cells given a formula here), so that no formula refers to itself or another.
 */
export function verwijzing(
  w: Werkmap,
  hier: string,
  kandidaten: Doel[],
  bezet: Set<string>,
  p: { doel: number; lengte: number; vorm: number },
): Uitdrukking | undefined {
  if (kandidaten.length === 0) return undefined;
  const van = kandidaten[p.doel % kandidaten.length];
  const rows = w.bladen.find((b) => b.name === van.blad)!.rows;
  const blok = [van];
  for (let r = van.rij + 1; blok.length <= p.lengte; r++) {
    const v = rows[r - 1]?.[van.kolom] ?? null;
    const doel = kandidaten.find((d) => d.blad === van.blad && d.rij === r && d.kolom === van.kolom);
    if ((v !== null && !doel) || bezet.has(`${van.blad}!${a1(r, van.kolom + 1)}`)) break;
    blok.push({ ...van, rij: r, waarde: doel?.waarde ?? null });
  }
  const voor = van.blad === hier ? '' : `${quote(van.blad)}!`;
  const tot = blok[blok.length - 1];
  if (p.vorm % 2 === 0)
    return {
      tekst: `SUM(${voor}${a1(van.rij, van.kolom + 1)}:${a1(tot.rij, tot.kolom + 1)})`,
      exact: blok.reduce((s, d) => s.plus(d.waarde ?? 0), new Dec(0)),
      binair: blok.reduce((s, d) => (d.waarde === null ? s : s + d.waarde), 0),
    };
  return { tekst: `${voor}${a1(van.rij, van.kolom + 1)}*2`, exact: new Dec(van.waarde ?? 0).times(2), binair: (van.waarde ?? 0) * 2 };
}
