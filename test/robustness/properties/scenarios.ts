import fc from 'fast-check';
import type { ControleInvoer, DekkingInvoer, Invoer, OpgaveInvoer } from '../../../src/engine';
import { a1 } from '../../../src/sheet/address';
import { matchKey } from '../../../src/workbook/read/matchKey';
import type { CellValue } from '../../../src/workbook/port';
import type { Snapshot } from './snapshot';
import type { Werkmap } from './werkmap';

/**
 * Issue 7 in the random workbooks: Scenario columns, PM cells, and which scenarios a run
 * switches on. What counts is worked out here from the cells, by hand: nothing of
 * src/engine/scenarios.ts is used.
 */

/** The scenario names of the example workbook, each also in another case, spacing or with an accent; and text that is blank. */
export const SCENARIOCELLEN: CellValue[] = [
  'Wbi naar rato',
  'wbi naar rato',
  'WBI  NAAR RATO',
  ' Wbi naar rato ',
  'AZWA',
  'azwa',
  'Azwa',
  'Funderingsherstel 1 mld',
  'funderingsherstel 1 MLD',
  'Fundéringsherstel  1 mld',
  'Funderingsherstel 1,5 mld',
  ' ',
];

/** A name no random workbook holds (a typing error of one that it may): a run asking for it has errors. */
export const ONBEKEND = 'Funderingsherstel 2 mld';

/** Pro memorie as analysts write it. */
export const PM_TEKSTEN = ['PM', 'p.m.', 'P.M.', 'pm', ' PM ', 'p.m', 'P. M.'];

/** Whether a cell says PM: by hand, not with src/workbook/parseCell's isPm. */
export const isPmTekst = (v: unknown) => typeof v === 'string' && ['pm', 'p.m.', 'p.m', 'p. m.'].includes(v.trim().toLowerCase());

/** The headers of the amount and key columns of each table (WORKBOOK.md), per field. */
export const TELKOPPEN = {
  opgave: [
    ['Opgave', 'Totale opgave', 'Bedrag'],
    ['Verdeelsleutel', 'Rijksaandeel', 'Sleutel'],
  ],
  dekking: [
    ['Cofinanciering', 'Cofin.', 'Cofin'],
    ['Rijksfinanciering', 'Rijksfin.', 'Rijksfin'],
  ],
} as const;

/** The leftmost column (0-based) of a header row holding one of these headers (WORKBOOK.md's matching). */
export function kolomMet(kopregel: readonly CellValue[], namen: readonly string[]): number | undefined {
  const keys = namen.map(matchKey);
  const i = kopregel.findIndex((v) => typeof v === 'string' && keys.includes(matchKey(v)));
  return i < 0 ? undefined : i;
}

/** A scenario name as compared: case, accents and spacing do not matter (Opties.scenarios). */
export const normaliseer = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/).filter(Boolean).join(' ');

// A text cell's text, as the add-in reads text fields (numbers as written, booleans as Excel shows them).
function tekstVan(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'WAAR' : 'ONWAAR';
  return typeof v === 'object' ? '' : String(v).trim();
}

type Welke = 'opgave' | 'dekking';

const rowsVan = (w: Werkmap, t: Welke) => w.bladen.find((b) => b.name === w[t].blad)!.rows;

/**
 * The text of a table's Scenario cell in this (1-based) row, as the workbook holds it (`s`:
 * Excel may have recomputed a formula there); '' when the table has no Scenario column.
 */
export function scenarioVan(w: Werkmap, t: Welke, rij: number, s: Snapshot): string {
  const kolom = kolomMet(rowsVan(w, t)[w[t].kopRij - 1] ?? [], ['Scenario']);
  return kolom === undefined ? '' : tekstVan(s.cellen.get(`${w[t].blad}!${a1(rij, kolom + 1)}`)?.value);
}

/** The scenario names in the Scenario columns below the header rows, as written. */
export function namenIn(w: Werkmap): string[] {
  const namen = (['opgave', 'dekking'] as const).flatMap((t) => {
    const rows = rowsVan(w, t);
    const kolom = kolomMet(rows[w[t].kopRij - 1] ?? [], ['Scenario']);
    return kolom === undefined ? [] : rows.slice(w[t].kopRij).map((r) => tekstVan(r[kolom]));
  });
  return [...new Set(namen.filter((n) => n !== ''))];
}

/** A choice of scenarios to switch on, resolved against the names a workbook holds (`kies`). */
export interface Keuze {
  namen: { i: number; vorm: number }[];
  onbekend: boolean;
}

export const keuze: fc.Arbitrary<Keuze> = fc.record({
  namen: fc.array(fc.record({ i: fc.nat(), vorm: fc.nat(3) }), { maxLength: 3 }),
  onbekend: fc.nat(11).map((n) => n === 0),
});

const VORMEN = [
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => ` ${s.replace(/ /g, '  ')} `,
];

/** The names to switch on: some the workbook holds (none when it holds none), in another case or spacing; now and then an unknown one. */
export function kies(w: Werkmap, k: Keuze): string[] {
  const namen = namenIn(w);
  const gekozen = namen.length === 0 ? [] : k.namen.map(({ i, vorm }) => VORMEN[vorm](namen[i % namen.length]));
  return k.onbekend ? [...gekozen, ONBEKEND] : gekozen;
}

/** Whether the row of a table at this sheet row counts with these scenarios on: no scenario, or one of them. */
export function telt(w: Werkmap, t: Welke, rij: number, aan: readonly string[], s: Snapshot): boolean {
  const naam = normaliseer(scenarioVan(w, t, rij, s));
  return naam === '' || aan.some((a) => normaliseer(a) === naam);
}

/**
 * The input with only the rows that count (by `telt`), none of them with a scenario: the
 * control rows' blocks renumbered to the rows kept. `bereken` of it is the base of a
 * workbook that has those rows only.
 */
export function alleenMeegeteld(
  w: Werkmap,
  invoer: Invoer,
  aan: readonly string[],
  s: Snapshot,
): { invoer: Invoer; opgave: number[]; dekking: number[] } {
  const houd = <T extends OpgaveInvoer | DekkingInvoer>(t: Welke, rows: readonly T[]) =>
    rows.flatMap((r, i) => (telt(w, t, r.herkomst!.rij, aan, s) ? [i] : []));
  const opgave = houd('opgave', invoer.opgave);
  const dekking = houd('dekking', invoer.dekking);
  const zonder = <T extends { scenario?: string }>(r: T): T => ({ ...r, scenario: undefined });
  const nieuw = (c: ControleInvoer) => {
    const oud = c.blad === 'opgave' ? opgave : dekking;
    return { ...c, regels: c.regels.flatMap((i) => (oud.includes(i) ? [oud.indexOf(i)] : [])) };
  };
  return {
    invoer: {
      ...invoer,
      opgave: opgave.map((i) => zonder(invoer.opgave[i])),
      dekking: dekking.map((i) => zonder(invoer.dekking[i])),
      controles: (invoer.controles ?? []).map(nieuw),
    },
    opgave,
    dekking,
  };
}

/** A PM cell of an input table: its sheet, A1 address, 1-based row and 0-based column. */
export interface PmCel {
  tabel: Welke;
  blad: string;
  adres: string;
  rij: number;
  kolom: number;
}

/** Every PM cell in the amount and key columns of the two tables, below their header rows. */
export function pmCellen(w: Werkmap): PmCel[] {
  return (['opgave', 'dekking'] as const).flatMap((t) => {
    const rows = rowsVan(w, t);
    const { blad, kopRij } = w[t];
    const kolommen = TELKOPPEN[t].flatMap((namen) => kolomMet(rows[kopRij - 1] ?? [], namen) ?? []);
    return rows.flatMap((r, i) =>
      i < kopRij
        ? []
        : kolommen.filter((c) => isPmTekst(r[c])).map((c) => ({ tabel: t, blad, adres: a1(i + 1, c + 1), rij: i + 1, kolom: c })),
    );
  });
}
