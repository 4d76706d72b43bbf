import { parseA1 } from '../../src/sheet/address';
import type { CellValue } from '../../src/workbook/port';
import type { RobustSheet } from './harnesses';

/**
 * The small workbook every kind starts from, and what a run on it gives (MODEL.md, by hand):
 *
 * | Opgave (A–E)     | Periode  | Pijler                  | Onderdeel | Gebied | Opgave |
 * | row 2            | tot 2030 | Fysiek                  | Nieuwbouw |        | 400    |
 * | row 3            | tot 2030 | Sociaal-maatschappelijk | Onderwijs |        | 200    |
 *
 * | Dekking (A–F)    | Periode  | Pijler                  | Bron                         | Onderdeel | Cofin. | Rijksfin. |
 * | row 2            | tot 2030 | Fysiek                  | Realisatiestimulans          | Nieuwbouw | 100    | 60        |
 * | row 3            | tot 2030 | Sociaal-maatschappelijk | Onderwijsachterstandenbeleid | Onderwijs | 20     | 40        |
 */
export const OPGAVE_KOP: CellValue[] = ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave'];
export const DEKKING_KOP: CellValue[] = ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'];
export const NIEUWBOUW: CellValue[] = ['tot 2030', 'Fysiek', 'Nieuwbouw', null, 400];
export const ONDERWIJS: CellValue[] = ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', null, 200];
export const D_NIEUWBOUW: CellValue[] = ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 100, 60];
export const D_ONDERWIJS: CellValue[] = ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijsachterstandenbeleid', 'Onderwijs', 20, 40];

/** WORKBOOK.md "What it writes": the owned columns of Opgave, in order, and of Dekking. */
export const OPGAVE_KOPPEN = [
  'Rijksdeel',
  'Dekking',
  'Rijksdekking',
  'Restopgave',
  'Rest. Rijksopgave',
  'Jaarlijkse restopgave',
  'Overschot dekking',
];
export const DEKKING_KOPPEN = ['Totale dekking'];

/**
 * Rijksdeel, Dekking, Rijksdekking, Restopgave, Rest. Rijksopgave, Jaarlijkse restopgave, Overschot dekking.
 * The yearly figure is an empty cell (null) on a control row over more than one periode (issue 12).
 */
export type Regelcijfers = [number, number, number, number, number, number | null, number];

// Nieuwbouw: 400 × 50% = 200; 100 + 60 = 160; 60; 400 − 160 = 240; 200 − 60 = 140; 240 / 4 jaar = 60; no overschot.
export const NIEUWBOUW_CIJFERS: Regelcijfers = [200, 160, 60, 240, 140, 60, 0];
// Onderwijs: 200 × 75% = 150; 20 + 40 = 60; 40; 200 − 60 = 140; 150 − 40 = 110; 140 / 4 = 35; no overschot.
export const ONDERWIJS_CIJFERS: Regelcijfers = [150, 60, 40, 140, 110, 35, 0];
// Totale opgave of tot 2030: opgave 400 + 200, dekking 160 + 60, restopgave 600 − 220, per jaar 380 / 4, per onderdeel 240 + 140.
export const TOTALE_OPGAVE = [600, 220, 380, 95, 380];

const copy = (rows: CellValue[][]) => rows.map((r) => [...r]);

/** Puts values into rows by A1 address (`E2: 'n.b.'`), growing them as needed; empty rows stay []. */
export function metCellen(rows: CellValue[][], cellen: Record<string, CellValue> = {}): CellValue[][] {
  const out = copy(rows);
  for (const [address, v] of Object.entries(cellen)) {
    const { row, column } = parseA1(address)!;
    for (let r = out.length; r < row; r++) out.push([]);
    const cells = out[row - 1];
    for (let c = cells.length; c < column; c++) cells.push(null);
    cells[column - 1] = v;
  }
  return out;
}

/** The base Opgave sheet with some cells changed, and whatever else the sheet needs. */
export function opgave(cellen?: Record<string, CellValue>, blad: Partial<RobustSheet> = {}): RobustSheet {
  return { name: 'Opgave', ...blad, rows: metCellen(blad.rows ?? [OPGAVE_KOP, NIEUWBOUW, ONDERWIJS], cellen) };
}

export function dekking(cellen?: Record<string, CellValue>, blad: Partial<RobustSheet> = {}): RobustSheet {
  return { name: 'Dekking', ...blad, rows: metCellen(blad.rows ?? [DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS], cellen) };
}

/** The base workbook: Opgave and Dekking as above, with changes. */
export const basis = (o?: Record<string, CellValue>, d?: Record<string, CellValue>): RobustSheet[] => [opgave(o), dekking(d)];
