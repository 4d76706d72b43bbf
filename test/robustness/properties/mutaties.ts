import fc from 'fast-check';
import type { CellValue } from '../../../src/workbook/port';
import { celwaarde, tekst, type Kenmerken } from './celwaarden';
import { kolomMet, PM_TEKSTEN, SCENARIOCELLEN, TELKOPPEN } from './scenarios';
import { kopie, type Werkmap } from './werkmap';

type Welke = 'opgave' | 'dekking';

/** A change to a well-formed workbook; positions are taken modulo what the table has. */
export type Mutatie =
  | { soort: 'cel'; tabel: Welke; rij: number; kolom: number; waarde: CellValue }
  | { soort: 'rij'; tabel: Welke; rij: number; cellen: CellValue[] }
  | { soort: 'kolom'; tabel: Welke; kolom: number; kop: CellValue; cellen: CellValue[] }
  | { soort: 'wis'; tabel: Welke; rij: number }
  | { soort: 'dubbel'; tabel: Welke; rij: number }
  | { soort: 'naam'; opgave: string; dekking: string }
  /** Issue 7: a Scenario column at `kolom` among the input columns (or the one there is), names on the rows that hold something. */
  | { soort: 'scenario'; tabel: Welke; kolom: number; kop: string; namen: CellValue[] }
  /** Issue 7: PM in an amount or verdeelsleutel cell of a row that holds something. */
  | { soort: 'pm'; tabel: Welke; rij: number; kolom: number; waarde: string };

/** Headers for an inserted column: notes, optional inputs, synonyms, and the add-in's own (an analyst's own Rijksdeel column). */
const KOPPEN: CellValue[] = [
  'Toelichting',
  'Opmerking',
  'Gebied',
  'Focusgebied',
  'Thema',
  'Verdeelsleutel',
  'Rijksaandeel',
  'Bron',
  'Rijksdeel',
  'rijksdeel',
  'Dekking',
  'Rijksdekking',
  'Restopgave',
  'Rest. Rijksopgave',
  'Jaarlijkse restopgave',
  'Overschot dekking',
  'Totale dekking',
  'TOTALE DEKKING',
  null,
  42,
];

/** A verdeelsleutel as analysts write it, or none. */
const SLEUTEL = fc.constantFrom<CellValue>(0.5, 0.3, '30%', '12,5 %', '-', 1, 0, null);

const tabel = fc.constantFrom<Welke>('opgave', 'dekking');
const plek = fc.nat(40);

/** A Scenario column (issue 7): in either table, its header in some spelling, names from a small set (null: that row keeps what it has). */
export function scenarioMutatie(k: Kenmerken): fc.Arbitrary<Mutatie> {
  return fc.record({
    soort: fc.constant('scenario' as const),
    tabel,
    kolom: fc.nat(9),
    kop: fc.constantFrom('Scenario', 'scenario', 'SCENARIO '),
    namen: fc.array(fc.constantFrom<CellValue>(...SCENARIOCELLEN, null, null, null, ...(k.legeTekst ? [''] : [])), {
      minLength: 1,
      maxLength: 30,
    }),
  });
}

/** PM / p.m. in an amount or verdeelsleutel cell (issue 7). */
export const pmMutatie: fc.Arbitrary<Mutatie> = fc.record({
  soort: fc.constant('pm' as const),
  tabel,
  rij: plek,
  kolom: fc.nat(3),
  waarde: fc.constantFrom(...PM_TEKSTEN),
});

/** Changes that keep the workbook readable, mostly: a note or key column, a row twice, other sheet names, a Scenario column, PM. */
export function zachteMutatie(k: Kenmerken): fc.Arbitrary<Mutatie> {
  return fc.oneof(
    scenarioMutatie(k),
    pmMutatie,
    fc.record({ soort: fc.constant('dubbel' as const), tabel, rij: plek }),
    fc.record({
      soort: fc.constant('kolom' as const),
      tabel,
      kolom: fc.constant(999),
      kop: fc.constant('Toelichting'),
      cellen: fc.array(tekst(k), { maxLength: 30 }),
    }),
    fc.record({
      soort: fc.constant('kolom' as const),
      tabel: fc.constant('opgave' as const),
      kolom: fc.constant(999),
      kop: fc.constant('Verdeelsleutel'),
      cellen: fc.array(SLEUTEL, { maxLength: 30 }),
    }),
    fc.record({
      soort: fc.constant('naam' as const),
      opgave: fc.constantFrom('Opgave', 'Opgaven', 'OPGAVE'),
      dekking: fc.constantFrom('Dekking', 'Dekkingen', 'dekking'),
    }),
  );
}

/** Changes of any kind: a random value in any cell, rows and columns of random content, a row gone. */
export function hardeMutatie(k: Kenmerken): fc.Arbitrary<Mutatie> {
  return fc.oneof(
    { arbitrary: fc.record({ soort: fc.constant('cel' as const), tabel, rij: plek, kolom: fc.nat(8), waarde: celwaarde(k) }), weight: 4 },
    {
      arbitrary: fc.record({ soort: fc.constant('rij' as const), tabel, rij: plek, cellen: fc.array(celwaarde(k), { maxLength: 9 }) }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        soort: fc.constant('kolom' as const),
        tabel,
        kolom: fc.nat(9),
        kop: fc.constantFrom(...KOPPEN),
        cellen: fc.array(celwaarde(k), { maxLength: 30 }),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ soort: fc.constant('wis' as const), tabel, rij: plek }), weight: 1 },
    { arbitrary: zachteMutatie(k), weight: 2 },
  );
}

const breedte = (rows: CellValue[][]) => Math.max(0, ...rows.map((r) => r.length));

function zet(rows: CellValue[][], r: number, c: number, v: CellValue) {
  while (rows.length <= r) rows.push([]);
  while (rows[r].length < c) rows[r].push(null);
  rows[r][c] = v;
}

// Inserts a column at c: nothing above the header row, the header, then the cells.
function voegKolomIn(rows: CellValue[][], kopRij: number, c: number, kop: CellValue, cellen: CellValue[]) {
  rows.forEach((row, i) => {
    const v = i < kopRij - 1 ? null : i === kopRij - 1 ? kop : (cellen[i - kopRij] ?? null);
    if (row.length >= c) row.splice(c, 0, v);
    else if (v !== null) zet(rows, i, c, v);
  });
}

const heeftIets = (r: CellValue[] | undefined) => (r ?? []).some((v) => v !== null && v !== '');

// The Scenario column: names on the rows below the header that hold something, in the column there is or a new one.
function zetScenario(rows: CellValue[][], kopRij: number, m: Extract<Mutatie, { soort: 'scenario' }>) {
  const bestaand = kolomMet(rows[kopRij - 1] ?? [], ['Scenario']);
  const naam = (i: number) => m.namen[i % m.namen.length];
  if (bestaand !== undefined) {
    rows.forEach((r, i) => i >= kopRij && heeftIets(r) && naam(i) !== null && zet(rows, i, bestaand, naam(i)));
    return;
  }
  const cellen = rows.slice(kopRij).map((r, i) => (heeftIets(r) ? naam(i) : null));
  voegKolomIn(rows, kopRij, m.kolom % (breedte(rows.slice(kopRij - 1)) + 1), m.kop, cellen);
}

// PM in one of the table's amount or key columns (those it has), on a row below the header that holds something.
function zetPm(rows: CellValue[][], kopRij: number, tabel: Welke, m: Extract<Mutatie, { soort: 'pm' }>) {
  const kolommen = TELKOPPEN[tabel].flatMap((namen) => kolomMet(rows[kopRij - 1] ?? [], namen) ?? []);
  const gevuld = rows.flatMap((r, i) => (i >= kopRij && heeftIets(r) ? [i] : []));
  if (kolommen.length === 0 || gevuld.length === 0) return;
  zet(rows, gevuld[m.rij % gevuld.length], kolommen[m.kolom % kolommen.length], m.waarde);
}

/** The workbook with the change made (a copy); the header row follows rows put in or taken out above it. */
export function pasToe(w: Werkmap, m: Mutatie): Werkmap {
  const uit = kopie(w);
  if (m.soort === 'naam') {
    for (const [t, naam] of [
      ['opgave', m.opgave],
      ['dekking', m.dekking],
    ] as const) {
      uit.bladen.find((b) => b.name === uit[t].blad)!.name = naam;
      uit[t].blad = naam;
    }
    return uit;
  }
  const t = uit[m.tabel];
  const rows = uit.bladen.find((b) => b.name === t.blad)!.rows;
  const onder = Math.max(1, rows.length - t.kopRij);
  if (m.soort === 'scenario') zetScenario(rows, t.kopRij, m);
  if (m.soort === 'pm') zetPm(rows, t.kopRij, m.tabel, m);
  if (m.soort === 'cel') zet(rows, t.kopRij - 1 + (m.rij % (onder + 2)), m.kolom % (breedte(rows) + 1), m.waarde);
  // The soft mutation's Verdeelsleutel column only where the table has no key column (two are an error since issue 12).
  const tweedeSleutel =
    m.soort === 'kolom' &&
    m.kolom === 999 &&
    m.kop === 'Verdeelsleutel' &&
    kolomMet(rows[t.kopRij - 1] ?? [], TELKOPPEN.opgave[1]) !== undefined;
  if (m.soort === 'kolom' && !tweedeSleutel)
    voegKolomIn(rows, t.kopRij, m.kolom === 999 ? breedte(rows) : m.kolom % (breedte(rows) + 1), m.kop, m.cellen);
  if (m.soort === 'dubbel' && t.kopRij + (m.rij % onder) < rows.length) {
    const i = t.kopRij + (m.rij % onder);
    rows.splice(i + 1, 0, [...rows[i]]);
  }
  if (m.soort === 'rij') {
    const i = m.rij % (rows.length + 1);
    rows.splice(i, 0, [...m.cellen]);
    if (i <= t.kopRij - 1) t.kopRij++;
  }
  if (m.soort === 'wis' && m.rij % rows.length !== t.kopRij - 1) {
    const i = m.rij % rows.length;
    rows.splice(i, 1);
    if (i < t.kopRij - 1) t.kopRij--;
  }
  return uit;
}
