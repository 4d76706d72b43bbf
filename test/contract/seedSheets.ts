import type { SheetChart } from '../../src/workbook/port';
import voorbeeld from '../../src/voorbeeld/voorbeeld.json';
import golden from '../fixtures/golden.json';
import type { CellValue } from '../../src/workbook';

/** The seed's inputs (voorbeeld.json) as the neat two-sheet workbook, rows from A1. */
export const OPGAVE_ROWS: CellValue[][] = [
  ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave'],
  ...voorbeeld.opgave.map((r) => [r.periode, r.pijler, r.onderdeel, null, r.opgave]),
];

export const DEKKING_ROWS: CellValue[][] = [
  ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
  ...voorbeeld.dekking.map((r) => [r.periode, r.pijler, r.bron, r.onderdeel || null, r.cofinanciering, r.rijksfinanciering]),
];

export type GoldenOnderdeel = (typeof golden.perioden)[number]['pijlers'][number]['onderdelen'][number];

/** golden.json's figures of the onderdeel on the i-th opgave row of voorbeeld.json. */
export function goldenOfRow(i: number): GoldenOnderdeel {
  const row = voorbeeld.opgave[i];
  const periode = golden.perioden.find((p) => p.periode === row.periode)!;
  const pijler = periode.pijlers.find((p) => p.pijler === row.pijler)!;
  return pijler.onderdelen.find((o) => o.onderdeel === row.onderdeel)!;
}

/** The owned Opgave columns in order, with the golden field each shows. */
export const OUTPUT_FIELDS = [
  ['Rijksdeel', 'rijksdeel'],
  ['Dekking', 'dekking'],
  ['Rijksdekking', 'rijksdekking'],
  ['Restopgave', 'restopgave'],
  ['Rest. Rijksopgave', 'restRijksopgave'],
  ['Jaarlijkse restopgave', 'jaarlijkseRestopgave'],
  ['Overschot dekking', 'overschot'],
] as const;

export { voorbeeld, golden };

/**
 * The Totaalbeeld's chart on the example: tot 2030's pijler rows (A5:A6) with their opgave,
 * dekking and restopgave (B–D) named by the heading row 4, one column right of the widest
 * table (A–I), 8 columns × 16 rows, in the amounts' format.
 */
export const TOTAALBEELD_GRAFIEK: SheetChart = {
  title: 'Opgave, dekking en restopgave per pijler, tot 2030',
  type: 'columnClustered',
  categories: { top: 5, column: 1, rows: 2 },
  series: [
    { name: 'Opgave', column: 2 },
    { name: 'Dekking', column: 3 },
    { name: 'Restopgave', column: 4 },
  ],
  nameRow: 4,
  anchor: 'K4',
  to: 'R19',
  valueFormat: '#,##0.0',
};
