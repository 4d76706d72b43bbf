import { Dec } from '../../engine';
import { workbookTekst, VELDLABEL } from '../messages';
import { decimalOf, parseNumberText } from './parseNumberText';
import type { CellValue } from '../port';
import { isBlank, isError } from '../../sheet';

/** A cell's value read as one kind of field, or the message saying why not. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; bericht: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fout = <T>(bericht: string): Parsed<T> => ({ ok: false, bericht });

const DASHES = ['-', '–', '—'];

const shown = (v: CellValue) => (typeof v === 'boolean' ? (v ? 'WAAR' : 'ONWAAR') : String(v));

/** Text fields: trimmed text; numbers as written (`2030`); empty → ''. */
export function parseTekst(v: CellValue): Parsed<string> {
  if (isError(v)) return fout(workbookTekst.foutwaarde(v.error));
  return ok(v === null ? '' : shown(v).trim());
}

/** Text that reads as a number (`1.234,5`, `200`): not counted, but named as such in the message. */
const looksNumeric = (v: string) => parseNumberText(v) !== undefined;

/**
 * Amounts (WORKBOOK.md): a number; empty, `-`, `–` or `—` → 0. Any other text is an error —
 * numeric text too (`'1.234,5'`, a number stored as text), with a message saying so, as
 * `1.234` could be either 1234 or 1,234. Negative amounts and Excel error values are errors;
 * the message shows a negative amount with the `decimalen` its cell shows (issue 12).
 */
export function parseBedrag(v: CellValue | Dec, veld: string, decimalen?: number): Parsed<Dec> {
  if (v instanceof Dec) return bedrag(v, veld, decimalen);
  if (isError(v)) return fout(workbookTekst.foutwaarde(v.error));
  if (isBlank(v) || (typeof v === 'string' && DASHES.includes(v.trim()))) return ok(new Dec(0));
  if (typeof v === 'string') return fout(looksNumeric(v) ? workbookTekst.getalAlsTekst(v) : workbookTekst.geenBedrag(v));
  const d = typeof v === 'number' ? decimalOf(v) : undefined;
  if (d === undefined || !d.isFinite()) return fout(workbookTekst.geenBedrag(shown(v)));
  return bedrag(d, veld, decimalen);
}

// A number as an amount: 0 (also −0), the amount, or negative: an error.
const bedrag = (d: Dec, veld: string, decimalen?: number): Parsed<Dec> =>
  d.isZero() ? ok(new Dec(0)) : d.isNegative() ? fout(workbookTekst.negatief(VELDLABEL[veld] ?? veld, d, decimalen)) : ok(d);

/**
 * Verdeelsleutels (WORKBOOK.md): a number (0.3, or 30% which Excel stores as 0.3), or the text
 * of a percentage, `30%`, `30 %`, `12,5%`; empty, `-`, `–`, `—` → undefined (no key of its
 * own). Other text (`0,3` as text too) is an error. The range 0..1 is the engine's check.
 */
export function parseFractie(v: CellValue | Dec): Parsed<Dec | undefined> {
  if (v instanceof Dec) return ok(v);
  if (isError(v)) return fout(workbookTekst.foutwaarde(v.error));
  if (isBlank(v) || (typeof v === 'string' && DASHES.includes(v.trim()))) return ok(undefined);
  if (typeof v === 'number') return ok(decimalOf(v));
  const m = typeof v === 'string' ? /^(.*?)\s*%$/.exec(v.trim()) : null;
  const d = m ? parseNumberText(m[1]) : undefined;
  if (!m && typeof v === 'string' && looksNumeric(v)) return fout(workbookTekst.getalAlsTekst(v));
  if (!m || d === undefined || d === 'ambiguous') return fout(workbookTekst.geenVerdeelsleutel(shown(v)));
  return ok(d.div(100));
}

/** `PM` (pro memorie: the report has no figure yet), also `p.m.`: an amount or key that counts as 0, with a warning. */
export function isPm(v: CellValue): boolean {
  return typeof v === 'string' && /^p\.?\s*m\.?$/i.test(v.trim());
}

/** Years: a whole number, as number or text. */
export function parseJaar(v: CellValue | Dec): Parsed<number | undefined> {
  if (v instanceof Dec) return v.isInteger() ? ok(v.toNumber()) : fout(workbookTekst.geenJaar(v.toString()));
  if (isError(v)) return fout(workbookTekst.foutwaarde(v.error));
  if (isBlank(v)) return ok(undefined);
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? ok(n) : fout(workbookTekst.geenJaar(shown(v)));
}
