import type { Melding } from '../../engine';
import { kopNaam, lijktOp, type KopNaam } from './kopNaam';
import { matchKey } from './matchKey';
import { workbookTekst } from '../messages';
import type { SheetGrid } from '../port';
import { KOPREGEL_ZOEKDIEPTE, type SheetDef, type ColumnDef } from '../sheetDefs';
import { a1, bottomRow } from '../../sheet';

export interface Kopregel {
  rij: number;
  /** Field → 1-based column, for every column found (optional ones only when present). */
  kolommen: Record<string, number>;
  /** Field → the bracketed text of its header (`Opgave (mln €)` → `mln €`) and the header's cell, where it has one. */
  eenheden?: Record<string, { tekst: string; cel: string }>;
}

interface Kop extends KopNaam {
  kolom: number;
  tekst: string;
}

// The text cells of one row, as headers.
function koppen(grid: SheetGrid, rij: number): Kop[] {
  return (grid.values[rij - grid.top] ?? []).flatMap((v, i) =>
    typeof v === 'string' && v.trim() !== '' ? [{ ...kopNaam(v), kolom: grid.left + i, tekst: v.trim() }] : [],
  );
}

// The headers of a row naming a column: by the whole header, else by the header without its brackets.
function matching(row: readonly Kop[], kolom: ColumnDef): Kop[] {
  const wanted = kolom.namen.map(matchKey);
  const whole = row.filter((k) => wanted.includes(k.key));
  return whole.length > 0 ? whole : row.filter((k) => k.haakjes !== undefined && wanted.includes(k.kern));
}

// The columns of `def` found in one row, each with every header that names it.
function columnsIn(grid: SheetGrid, rij: number, def: SheetDef): Map<ColumnDef, Kop[]> {
  const row = koppen(grid, rij);
  return new Map(def.kolommen.map((k) => [k, matching(row, k)] as const).filter(([, found]) => found.length > 0));
}

/**
 * Two or more headers naming one field: when exactly one of them is the field's own name
 * (its first), that one is read and the others are named in a warning; else it is an error
 * naming them all (the leftmost is read, so the rest of the sheet can still be checked).
 */
function chooseColumn(blad: string, rij: number, kolom: ColumnDef, found: readonly Kop[]): { kop: Kop; melding?: Melding } {
  if (found.length === 1) return { kop: found[0] };
  const exact = found.filter((k) => (k.haakjes === undefined ? k.key : k.kern) === matchKey(kolom.namen[0]));
  const cel = (k: Kop) => ({ cel: a1(rij, k.kolom), tekst: k.tekst });
  if (exact.length === 1) {
    const genegeerd = found.filter((k) => k !== exact[0]).map(cel);
    return {
      kop: exact[0],
      melding: {
        ernst: 'waarschuwing',
        blad,
        cel: a1(rij, exact[0].kolom),
        bericht: workbookTekst.kolomGekozen(cel(exact[0]), genegeerd, kolom.namen[0]),
      },
    };
  }
  return {
    kop: found[0],
    melding: { ernst: 'fout', blad, cel: a1(rij, found[0].kolom), bericht: workbookTekst.kolommenDubbel(found.map(cel), kolom.namen) },
  };
}

function kopregel(grid: SheetGrid, rij: number, found: Map<ColumnDef, Kop[]>): { kop: Kopregel; meldingen: Melding[] } {
  const kop: Kopregel = { rij, kolommen: {} };
  const meldingen: Melding[] = [];
  const eenheden: NonNullable<Kopregel['eenheden']> = {};
  found.forEach((headers, kolom) => {
    const chosen = chooseColumn(grid.name, rij, kolom, headers);
    kop.kolommen[kolom.veld] = chosen.kop.kolom;
    if (chosen.melding) meldingen.push(chosen.melding);
    if (chosen.kop.haakjes !== undefined) eenheden[kolom.veld] = { tekst: chosen.kop.haakjes, cel: a1(rij, chosen.kop.kolom) };
  });
  if (Object.keys(eenheden).length > 0) kop.eenheden = eenheden;
  return { kop, meldingen };
}

// For each missing column, the headers of `rij` (not read as another column) that nearly name it.
function bijnaGoed(grid: SheetGrid, rij: number, missing: readonly ColumnDef[], found: Map<ColumnDef, Kop[]>) {
  const taken = new Set([...found.values()].flat().map((k) => k.kolom));
  const row = koppen(grid, rij).filter((k) => !taken.has(k.kolom));
  return missing.flatMap((kolom) =>
    row.filter((k) => lijktOp(k, kolom.namen)).map((k) => ({ cel: a1(rij, k.kolom), tekst: k.tekst, naam: kolom.namen[0] })),
  );
}

/**
 * The header row: the first row within the first 10 of the sheet that holds every required
 * header of `def`, with a warning or error for a field named by two headers. When there is
 * none, the error names the row that came closest (most required headers), what it lacks and
 * the headers there that nearly name a missing column, or says no header row was found at all.
 */
export function findHeader(
  grid: SheetGrid,
  def: SheetDef,
): { ok: true; kop: Kopregel; meldingen: Melding[] } | { ok: false; fout: Melding } {
  const verplicht = def.kolommen.filter((k) => k.verplicht);
  let best: { rij: number; missing: ColumnDef[]; found: Map<ColumnDef, Kop[]> } | undefined;
  const last = Math.min(KOPREGEL_ZOEKDIEPTE, bottomRow(grid));
  for (let rij = grid.top; rij <= last; rij++) {
    const found = columnsIn(grid, rij, def);
    const missing = verplicht.filter((k) => !found.has(k));
    if (missing.length === 0) return { ok: true, ...kopregel(grid, rij, found) };
    if (missing.length < verplicht.length && (!best || missing.length < best.missing.length)) best = { rij, missing, found };
  }
  if (!best)
    return {
      ok: false,
      fout: {
        ernst: 'fout',
        blad: grid.name,
        cel: '',
        bericht: workbookTekst.geenKopregel(
          KOPREGEL_ZOEKDIEPTE,
          verplicht.map((k) => k.namen[0]),
        ),
      },
    };
  const namen = best.missing.map((k) => k.namen[0]);
  const bericht =
    workbookTekst.kolommenOntbreken(namen, best.rij) +
    workbookTekst.bedoeltU(bijnaGoed(grid, best.rij, best.missing, best.found), namen.length > 1);
  return { ok: false, fout: { ernst: 'fout', blad: grid.name, cel: a1(best.rij, grid.left), bericht } };
}
