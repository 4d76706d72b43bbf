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
