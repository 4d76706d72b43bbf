import type { Melding } from '../engine';
import { a1 } from './address';
import { bottomRow } from './grid';
import { matchKey } from './matchKey';
import { tekst } from './messages';
import type { SheetGrid } from './port';
import { KOPREGEL_ZOEKDIEPTE, type BladDef } from './sheetDefs';

export interface Kopregel {
  rij: number;
  /** Field → 1-based column, for every column found (optional ones only when present). */
  kolommen: Record<string, number>;
}

// The columns of `def` found in one row: the first cell (left to right) matching each.
function columnsIn(grid: SheetGrid, rij: number, def: BladDef): Record<string, number> {
  const keys = (grid.values[rij - grid.top] ?? []).map((v) => (typeof v === 'string' ? matchKey(v) : ''));
  const kolommen: Record<string, number> = {};
  for (const kolom of def.kolommen) {
    const wanted = kolom.namen.map(matchKey);
    const at = keys.findIndex((k, i) => k !== '' && wanted.includes(k) && !Object.values(kolommen).includes(grid.left + i));
    if (at >= 0) kolommen[kolom.veld] = grid.left + at;
  }
  return kolommen;
}

/**
 * The header row: the first row within the first 10 of the sheet that holds every required
 * header of `def`. When there is none, the error names the row that came closest (most
 * required headers) and what it lacks, or says no header row was found at all.
 */
export function findHeader(grid: SheetGrid, def: BladDef): { ok: true; kop: Kopregel } | { ok: false; fout: Melding } {
  const verplicht = def.kolommen.filter((k) => k.verplicht);
  let best: { rij: number; missing: string[] } | undefined;
  const last = Math.min(KOPREGEL_ZOEKDIEPTE, bottomRow(grid));
  for (let rij = grid.top; rij <= last; rij++) {
    const kolommen = columnsIn(grid, rij, def);
    const missing = verplicht.filter((k) => !(k.veld in kolommen)).map((k) => k.namen[0]);
    if (missing.length === 0) return { ok: true, kop: { rij, kolommen } };
    if (missing.length < verplicht.length && (!best || missing.length < best.missing.length)) best = { rij, missing };
  }
  const fout: Melding = best
    ? { ernst: 'fout', blad: grid.name, cel: a1(best.rij, grid.left), bericht: tekst.kolommenOntbreken(best.missing, best.rij) }
    : { ernst: 'fout', blad: grid.name, cel: '', bericht: tekst.geenKopregel(KOPREGEL_ZOEKDIEPTE, verplicht.map((k) => k.namen[0])) };
  return { ok: false, fout };
}
