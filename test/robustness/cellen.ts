import { TABEL1_KOP } from '../../src/workbook/totaalbeeld/tabel1Rows';
import { a1, parseA1 } from '../../src/sheet/address';
import type { Snapshot } from '../contract/snapshot';
import type { Goed } from './geval';
import { DEKKING_KOPPEN, OPGAVE_KOPPEN } from './werkmap';

const column = (letter: string) => parseA1(`${letter}1`)!.column;

/** The values of `width` cells of a row of a snapshot, from column `kolom` (`F`); null where empty. */
export function values(s: Snapshot, blad: string, kolom: string, rij: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, i) => s.cells.get(`${blad}!${a1(rij, column(kolom) + i)}`)?.value ?? null);
}

/** The addresses of the owned columns' cells a good run writes: the header row and the rows given figures. */
export function ownedCells(g: Goed): Set<string> {
  const cells = new Set<string>();
  const add = (blad: string, kolom: string, width: number, rows: number[]) =>
    rows.forEach((r) => Array.from({ length: width }, (_, i) => cells.add(`${blad}!${a1(r, column(kolom) + i)}`)));
  add(g.opgaveBlad, g.opgaveKolom, OPGAVE_KOPPEN.length, [g.opgaveKop, ...Object.keys(g.opgaveRijen).map(Number)]);
  add(g.dekkingBlad, g.dekkingKolom, DEKKING_KOPPEN.length, [g.dekkingKop, ...Object.keys(g.dekkingRijen).map(Number)]);
  return cells;
}

/** Every cell holding an owned column's header: none may appear when nothing is written. */
export const ownedHeaders = (s: Snapshot) =>
  [...s.cells].filter(([, c]) => typeof c.value === 'string' && [...OPGAVE_KOPPEN, ...DEKKING_KOPPEN].includes(c.value)).map(([k]) => k);

/**
 * The Totaalbeeld's first `Totale opgave` row (column A) of a periode's summary — not Tabel 1's, right under its
 * heading `Restopgave per periode` (issue 16): opgave, dekking, restopgave, per jaar, per onderdeel.
 */
export function totaleOpgave(s: Snapshot, blad: string): unknown[] | null {
  const rows = [...s.cells].flatMap(([k, c]) => {
    const at = k.startsWith(`${blad}!`) && c.value === 'Totale opgave' ? parseA1(k.slice(blad.length + 1)) : undefined;
    return at?.column === 1 && s.cells.get(`${blad}!A${at.row - 1}`)?.value !== TABEL1_KOP ? [at.row] : [];
  });
  return rows.length === 0 ? null : values(s, blad, 'B', Math.min(...rows), 5);
}

/**
 * The Totaalbeeld's unit line (`Bedragen in …`, column A), and the number format of the owned
 * cells of the first row given figures in Opgave and in Dekking (null for a sheet without).
 */
export function eenheid(s: Snapshot, g: Goed): { regel: unknown; notaties: (string | null)[] } {
  const regel = [...s.cells].find(
    ([k, c]) =>
      k.startsWith(`${g.totaalbeeld}!A`) && /^A\d+$/.test(k.slice(g.totaalbeeld.length + 1)) && String(c.value).startsWith('Bedragen in'),
  );
  const notatie = (blad: string, kolom: string, rijen: object) => {
    const rij = Math.min(...Object.keys(rijen).map(Number));
    return Number.isFinite(rij) ? (s.cells.get(`${blad}!${kolom}${rij}`)?.numberFormat ?? null) : null;
  };
  return {
    regel: regel?.[1].value ?? null,
    notaties: [notatie(g.opgaveBlad, g.opgaveKolom, g.opgaveRijen), notatie(g.dekkingBlad, g.dekkingKolom, g.dekkingRijen)],
  };
}
