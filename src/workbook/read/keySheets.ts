import { STANDAARD_PERIODEN, STANDAARD_SLEUTELS, type Dec } from '../../engine';
import type { CellValue, SheetContent } from '../port';
import { PERIODEN, VERDEELSLEUTELS, type SheetDef } from '../sheetDefs';

/** A key as the pane knows it: a default, one from the workbook, or one in force. */
export interface SleutelRegel {
  pijler: string;
  onderdeel: string;
  rijksaandeel: Dec;
}

export interface PeriodeRegel {
  periode: string;
  eersteJaar: number;
  laatsteJaar: number;
}

// A note row, a blank row, then the header row (the reader finds it within the first 10 rows).
function blad(
  def: SheetDef,
  toelichting: string,
  rows: CellValue[][],
  numberFormats: (string | null)[][],
  columnWidths: number[],
): SheetContent {
  const koppen = def.kolommen.map((k) => k.namen[0]);
  const leeg = koppen.map(() => null);
  const note = [toelichting, ...leeg.slice(1)];
  return {
    name: def.namen[0],
    values: [note, leeg, koppen, ...rows],
    numberFormats: [leeg, leeg, leeg, ...numberFormats],
    bold: [note.map(() => false), note.map(() => false), koppen.map(() => true), ...rows.map((r) => r.map(() => false))],
    columnWidths,
  };
}

// 0.5 → `0%`, 0.125 → `0.0%`: as many decimals as the percentage needs (at most 4).
function percentageFormat(rijksaandeel: Dec): string {
  const decimals = Math.min(rijksaandeel.times(100).decimalPlaces(), 4);
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

/**
 * The `Verdeelsleutels` sheet, pre-filled with `sleutels` (default: the engine's standard
 * keys), headed by the canonical names of WORKBOOK.md so that `readInput` reads it back.
 * The Rijksaandeel is a number shown as a percentage (0.5 → 50%).
 */
export function verdeelsleutelsBlad(sleutels: readonly SleutelRegel[] = STANDAARD_SLEUTELS): SheetContent {
  return blad(
    VERDEELSLEUTELS,
    'Verdeelsleutels NPLV: het Rijksaandeel per onderdeel; * geldt voor elk onderdeel van de pijler. Deze regels gaan vóór de standaardsleutels.',
    sleutels.map((s) => [s.pijler, s.onderdeel, s.rijksaandeel.toNumber()]),
    sleutels.map((s) => [null, null, percentageFormat(s.rijksaandeel)]),
    [26, 40, 14],
  );
}

/**
 * The `Perioden` sheet, pre-filled with `perioden` (default: the engine's standard perioden),
 * headed by the canonical names of WORKBOOK.md so that `readInput` reads it back.
 */
export function periodenBlad(perioden: readonly PeriodeRegel[] = STANDAARD_PERIODEN): SheetContent {
  return blad(
    PERIODEN,
    'Perioden NPLV: naam, eerste en laatste jaar. Deze regels vullen de standaardperioden aan of vervangen ze.',
    perioden.map((p) => [p.periode, p.eersteJaar, p.laatsteJaar]),
    perioden.map(() => [null, null, null]),
    [18, 14, 14],
  );
}
