import { richApiError } from './errors';
import { EXCEL_ERRORS, EXCEL_TEXT, type CellValue } from '../../sheet';

/** What a cell holds after an entry of `values` or `formulas` was written to it. */
export interface Entry {
  value: CellValue;
  formula: string | null;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * An entry of a written `values` or `formulas` array read the way Excel reads typed input:
 * `null` leaves the cell (undefined here), `''` empties it, `=…` is a formula, a leading
 * apostrophe keeps text as text, and text that looks like a number, a percentage, TRUE/FALSE
 * or an error value becomes one. (Excel also reads dates and currencies; the fake does not.)
 */
export function parseEntry(entry: unknown, where: string): Entry | undefined {
  if (entry === null || entry === undefined) return undefined;
  if (typeof entry === 'number' || typeof entry === 'boolean') return { value: entry, formula: null };
  if (typeof entry !== 'string') throw richApiError.invalidArgument(where, `${JSON.stringify(entry)} is not a cell value`);
  if (entry === '') return { value: null, formula: null };
  if (entry.replace(/^'/, '').length > EXCEL_TEXT)
    throw richApiError.invalidArgument(where, `text of ${entry.length} characters is longer than a cell holds (${EXCEL_TEXT})`);
  if (entry.startsWith("'")) return { value: entry.slice(1), formula: null };
  if (entry.startsWith('=') && entry.length > 1) return { value: null, formula: entry.slice(1) };
  const text = entry.trim();
  if (EXCEL_ERRORS.has(text.toUpperCase())) return { value: { error: text.toUpperCase() }, formula: null };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: null };
  if (NUMBER.test(text)) {
    const percent = text.endsWith('%');
    const n = Number(percent ? text.slice(0, -1) : text);
    return { value: percent ? n / 100 : n, formula: null };
  }
  return { value: entry, formula: null };
}
