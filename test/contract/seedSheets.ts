import type { SheetChart } from '../../src/workbook/port';
import voorbeeld from '../../src/voorbeeld/voorbeeld.json';
import golden from '../../src/voorbeeld/golden.json';
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
 * The Totaalbeeld's charts on the example (issue 16: one per periode): each periode's pijler rows
 * with their opgave, dekking and restopgave (B–D) named by the periode's heading row — tot 2030
 * heading in row 9 (below the title, unit, Tabel 1 in rows 4–6 and its control line), 2030 t/m
 * 2035 in row 17 — one above the other from Tabel 1's row 4, one column right of the widest table
 * beside them (the per-onderdeel one, A–I), 8 columns × 16 rows with a row between, in the
 * amounts' format.
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

export const TOTAALBEELD_GRAFIEKEN: SheetChart[] = [grafiek('tot 2030', 9, 'K4', 'R19'), grafiek('2030 t/m 2035', 17, 'K21', 'R36')];
