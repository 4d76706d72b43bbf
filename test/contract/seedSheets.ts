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
 * The Totaalbeeld's charts on the contract's fixture, one per periode: the pijler rows of its
 * summary (tot 2030: A10:A11 under its heading row 9; 2030 t/m 2035: A18:A19 under row 17) with
 * their opgave, dekking and restopgave (B–D) named by the heading row; one above the other from
 * Tabel 1's heading (row 4), one column right of the widest table beside them (A–I), 15 rows × 8
 * columns each with a row between, in the amounts' format.
 */
const grafiek = (periode: string, kop: number, anchor: string, to: string): SheetChart => ({
  title: `Opgave, dekking en restopgave per pijler, ${periode} (mln euro)`,
  type: 'columnClustered',
  categories: { top: kop + 1, column: 1, rows: 2 },
  series: [
    { name: 'Opgave', column: 2 },
    { name: 'Dekking', column: 3 },
    { name: 'Restopgave', column: 4 },
  ],
  nameRow: kop,
  anchor,
  to,
  valueFormat: '#,##0.0',
});
export const TOTAALBEELD_GRAFIEKEN: SheetChart[] = [grafiek('tot 2030', 9, 'K4', 'R18'), grafiek('2030 t/m 2035', 17, 'K20', 'R34')];
