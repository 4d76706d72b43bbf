import { bereken, type Invoer, type Melding, type Resultaat } from '../../../src/engine';
import { a1, parseA1 } from '../../../src/sheet/address';
import { matchKey } from '../../../src/workbook/read/matchKey';
import { DEKKING_UITVOER, OPGAVE_UITVOER } from '../../../src/workbook/outputColumns';
import type { CellValue } from '../../../src/workbook/port';
import type { HerberekenUitkomst } from '../../../src/workbook/herbereken';
import { totaalbeeldLayout } from '../../../src/workbook/totaalbeeld/layout';
import { isTotaalbeeld, type Plaats } from './eigen';
import { alleenMeegeteld, pmCellen } from './scenarios';
import { verschillen, type Snapshot } from './snapshot';
import { kopie, type Werkmap } from './werkmap';
import { allRows } from '../../support/columns';

/**
 * What the properties over random workbooks compare (eigenschappen.ts): snapshots before and
 * after a run, the cells the add-in owns, the Totaalbeeld against the base computed alone, and
 * the workbook with PM read as 0.
 */
export function gelijk(voor: Snapshot, na: Snapshot, wat: string, eigen?: Plaats): void {
  const anders = verschillen(voor, na, eigen);
  if (anders.length > 0) throw new Error(`${wat} (${anders.length} verschillen):\n${anders.slice(0, 20).join('\n')}`);
}

export function geslaagd(u: HerberekenUitkomst, wat: string) {
  if (!u.ok) throw new Error(`${wat} gave errors: ${JSON.stringify(u.meldingen.slice(0, 5))}`);
  return u;
}

/** The columns of a header row the ownership check looks at. */
export const KOPBREEDTE = 100;
export const kopVan = (s: Snapshot) => (blad: string, adres: string) => s.cellen.get(`${blad}!${adres}`)?.value;

/** The columns of the header row of a table after a run that hold the add-in's headers: column (1-based) per header. */
function eigenKolommen(s: Snapshot, blad: string, kopRij: number, koppen: readonly { kop: string }[]): number[] {
  const kop = kopVan(s);
  const keys = Array.from({ length: KOPBREEDTE }, (_, i) => {
    const v = kop(blad, a1(kopRij, i + 1));
    return typeof v === 'string' ? matchKey(v) : undefined;
  });
  return koppen.map((k) => keys.indexOf(matchKey(k.kop)) + 1);
}

/**
 * Whether a cell of the Totaalbeeld is one of the add-in's: inside a block its last line names
 * (`Cellen van de add-in: A1:A2; A4:F10; A38 — …`, issue 12); the analyst's cells elsewhere stay.
 */
function eigenCellen(s: Snapshot, blad: string): (rij: number, kolom: number) => boolean {
  const lijn = [...s.cellen].find(
    ([k, c]) => k.startsWith(`${blad}!A`) && typeof c.value === 'string' && c.value.startsWith('Cellen van de add-in:'),
  );
  if (!lijn) return () => true;
  const blokken = String(lijn[1].value)
    .slice('Cellen van de add-in:'.length)
    .split(' — ')[0]
    .split(';')
    .map((b) =>
      b
        .trim()
        .split(':')
        .map((a) => parseA1(a)!),
    );
  return (rij, kolom) => blokken.some(([van, tot = van]) => rij >= van.row && rij <= tot.row && kolom >= van.column && kolom <= tot.column);
}

/** The Totaalbeeld's rows below its title lines (title, scenarios, unit) and above its last line, as values. */
function totaalbeeldRijen(s: Snapshot): CellValue[][] {
  const blad = s.bladen.find(isTotaalbeeld);
  if (!blad) throw new Error('no Totaalbeeld sheet');
  const grid: CellValue[][] = [];
  const eigen = eigenCellen(s, blad);
  for (const [key, cel] of s.cellen) {
    if (!key.startsWith(`${blad}!`) || cel.value === null) continue;
    const at = parseA1(key.slice(blad.length + 1))!;
    if (eigen(at.row, at.column)) (grid[at.row - 1] ??= [])[at.column - 1] = cel.value;
  }
  const rows = Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
  // Without the sheet's last line, which names the add-in's cells (issue 12), and the empty row above it.
  const lijn = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Cellen van de add-in:'));
  return rows.slice(rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Bedragen in')) + 1, lijn < 0 ? undefined : lijn - 1);
}

// A row of values without its empty cells at the end; text '' is an empty cell (Excel and the package adapter read it so).
const zonderStaart = (r: readonly CellValue[]) => {
  const uit = r.map((v) => (v === '' ? null : v));
  while (uit.length > 0 && uit[uit.length - 1] === null) uit.pop();
  return uit;
};

/**
 * Property 6 (issue 7), by hand: the run with scenarios `a` writes, in the rows that count,
 * what `bereken` gives for the input with only those rows and no scenario at all (control
 * rows: their blocks of those rows); the rows that do not count get empty cells; the
 * Totaalbeeld below its title lines is that base's Totaalbeeld.
 */
export function vergelijkMetBasis(w: Werkmap, u: Extract<HerberekenUitkomst, { ok: true }>, a: readonly string[], na: Snapshot): string[] {
  const hand = alleenMeegeteld(w, u.invoer, a, na);
  // Computed amounts in messages show the decimals of the written number format (issue 12: `#,##0.0` → 1).
  const basis = bereken(hand.invoer, { uitvoerDecimalen: /\.(0+)/.exec(u.eenheid.getalnotatie)?.[1].length ?? 0 });
  if (!basis.ok) return [`the input of the rows that count has errors: ${JSON.stringify(basis.meldingen.slice(0, 3))}`];
  const r = basis.resultaat;
  const fouten: string[] = [];
  const check = (blad: string, rij: number, kolom: number, verwacht: CellValue) => {
    if (kolom === 0) return void fouten.push(`${blad}: an output column is missing (row ${rij})`);
    const cel = na.cellen.get(`${blad}!${a1(rij, kolom)}`);
    const v = cel?.value ?? null;
    if (v !== verwacht || (verwacht === null && (cel?.formula ?? null) !== null))
      fouten.push(`${blad}!${a1(rij, kolom)}: ${JSON.stringify(v)}, expected ${JSON.stringify(verwacht)}`);
  };
  const { opgave, dekking } = w;
  const oKol = eigenKolommen(na, opgave.blad, opgave.kopRij, OPGAVE_UITVOER);
  const dKol = eigenKolommen(na, dekking.blad, dekking.kopRij, DEKKING_UITVOER);
  u.invoer.opgave.forEach((row, i) => {
    const j = hand.opgave.indexOf(i);
    OPGAVE_UITVOER.forEach((k, c) => check(opgave.blad, row.herkomst!.rij, oKol[c], j < 0 ? null : r.regels.at(j)[k.veld].toNumber()));
  });
  u.invoer.dekking.forEach((row, i) => {
    const j = hand.dekking.indexOf(i);
    check(dekking.blad, row.herkomst!.rij, dKol[0], j < 0 ? null : r.dekkingRegels.at(j).totaleDekking.toNumber());
  });
  (u.invoer.controles ?? []).forEach((c, i) => {
    if (c.blad === 'opgave')
      OPGAVE_UITVOER.forEach((k, n) => check(opgave.blad, c.herkomst!.rij, oKol[n], r.controles[i][k.veld]?.toNumber() ?? null));
    else check(dekking.blad, c.herkomst!.rij, dKol[0], r.controles[i].totaleDekking.toNumber());
  });
  // The sheet lists the warnings of reading (issue 12: a formula computed, a header chosen) before the engine's messages.
  const lezen = zonder(u.meldingen, u.resultaat.meldingen);
  const verwacht = totaalbeeldLayout(
    { ...r, meldingen: [...lezen, ...r.meldingen] },
    { berekendOm: '', bronnen: [], verdeelsleutels: 'standaard' },
  ).rows;
  const rijen = verwacht
    .slice(verwacht.findIndex((x) => String(x.cells[0]).startsWith('Bedragen in')) + 1)
    .map((x) => zonderStaart(x.cells));
  const gekregen = totaalbeeldRijen(na).map(zonderStaart);
  if (JSON.stringify(gekregen) !== JSON.stringify(rijen)) {
    const k = rijen.findIndex((x, n) => JSON.stringify(x) !== JSON.stringify(gekregen[n]));
    fouten.push(
      `Totaalbeeld, row ${k < 0 ? rijen.length : k} below the title lines: ${JSON.stringify(gekregen[k] ?? gekregen.slice(rijen.length))}, expected ${JSON.stringify(rijen[k] ?? [])}`,
    );
  }
  return fouten;
}

// The figures of a result (everything but its messages).
export const cijfers = (r: Resultaat) =>
  JSON.stringify([
    r.perioden,
    allRows(r.regels),
    allRows(r.dekkingRegels),
    r.controles,
    r.sleutels,
    r.periodenInGebruik,
    r.scenarios,
    r.nietMeegeteld,
  ]);

/** The messages of `meer` that `minder` has not (as a multiset). */
export function zonder(meer: readonly Melding[], minder: readonly Melding[]): Melding[] {
  const rest = minder.map((m) => JSON.stringify(m));
  return meer.filter((m) => {
    const i = rest.indexOf(JSON.stringify(m));
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

export const dataRijen = (invoer: Invoer) =>
  new Set([...invoer.opgave, ...invoer.dekking].map((r) => `${r.herkomst!.blad}!${r.herkomst!.rij}`));

/** The workbook with each PM cell 0 (data rows: PM reads as 0), or empty (other rows, control rows: PM is no typed amount there). */
export function pmAlsNul(w: Werkmap, data: Set<string> | undefined): Werkmap {
  const uit = kopie(w);
  for (const p of pmCellen(w)) {
    const b = uit.bladen.find((x) => x.name === p.blad)!;
    b.rows[p.rij - 1][p.kolom] = !data || data.has(`${p.blad}!${p.rij}`) ? 0 : null;
    delete b.formulas[p.adres];
    // A date format on the cell made PM no date, but would make 0 one (issue 12): 0 as typed in a cell of its own.
    delete b.numberFormats[p.adres];
  }
  return uit;
}
