import { Dec } from '../../engine';
import { datumSoort } from './dateFormat';
import { decimalOf } from './parseNumberText';
import type { Veldwaarde } from './readCell';
import type { CellValue } from '../port';
import type { Soort } from '../sheetDefs';

/** What `gewoneWaarde` gives for a cell it leaves to `readCell`. */
export const VOLLEDIG: unique symbol = Symbol('volledig');

// Decimals are never changed: every empty amount can be the same 0.
const NUL = new Dec(0);

const alsDatum = (numberFormat: string) => numberFormat !== 'General' && datumSoort(numberFormat) !== undefined;

/**
 * The cells nearly every row holds — an empty cell, a number or text, no formula — read as
 * their column's kind straight away, to the value `readCell` gives them (empty text, 0 or
 * nothing for an empty cell; trimmed text; a number as the decimal it shows; a whole year).
 * Every other cell (a formula, an error value, a negative amount, a number shown as a date,
 * text in a column of numbers, which may be PM, a dash or an error) is `VOLLEDIG`: for
 * `readCell`, with its messages.
 */
export function gewoneWaarde(soort: Soort, value: CellValue, formula: string | null, numberFormat: string): Veldwaarde | typeof VOLLEDIG {
  if (formula !== null) return VOLLEDIG;
  if (value === null) return soort === 'tekst' ? '' : soort === 'bedrag' ? NUL : undefined;
  if (typeof value === 'string') return soort === 'tekst' ? value.trim() : VOLLEDIG;
  if (typeof value !== 'number' || !Number.isFinite(value)) return VOLLEDIG;
  switch (soort) {
    case 'tekst':
      return String(value);
    case 'jaar':
      return Number.isInteger(value) ? value : VOLLEDIG;
    case 'bedrag':
      return value < 0 || alsDatum(numberFormat) ? VOLLEDIG : value === 0 ? NUL : decimalOf(value);
    case 'fractie':
      return alsDatum(numberFormat) ? VOLLEDIG : decimalOf(value);
  }
}
