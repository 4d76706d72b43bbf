import { Dec } from '../engine';
import { isBlank, isError } from './grid';
import { tekst, VELDLABEL } from './messages';
import { decimalOf, parseNumberText } from './parseNumberText';
import type { CellValue } from './port';

/** A cell's value read as one kind of field, or the message saying why not. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; bericht: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fout = <T>(bericht: string): Parsed<T> => ({ ok: false, bericht });

const DASHES = ['-', '–', '—'];

const shown = (v: CellValue) => (typeof v === 'boolean' ? (v ? 'WAAR' : 'ONWAAR') : String(v));

/** Text fields: trimmed text; numbers as written (`2030`); empty → ''. */
export function parseTekst(v: CellValue): Parsed<string> {
  if (isError(v)) return fout(tekst.foutwaarde(v.error));
  return ok(v === null ? '' : shown(v).trim());
}

/**
 * Amounts: a number; empty, `-`, `–` or `—` → 0; numeric text (see parseNumberText).
 * Negative amounts, other text and Excel error values are errors.
 */
export function parseBedrag(v: CellValue, veld: string): Parsed<Dec> {
  if (isError(v)) return fout(tekst.foutwaarde(v.error));
  if (isBlank(v) || (typeof v === 'string' && DASHES.includes(v.trim()))) return ok(new Dec(0));
  const d = typeof v === 'number' ? decimalOf(v) : typeof v === 'string' ? parseNumberText(v) : undefined;
  if (d === 'ambiguous') return fout(tekst.onduidelijkBedrag(shown(v)));
  if (d === undefined || !d.isFinite()) return fout(tekst.geenBedrag(shown(v)));
  if (d.isZero()) return ok(new Dec(0));
  return d.isNegative() ? fout(tekst.negatief(VELDLABEL[veld] ?? veld, d)) : ok(d);
}

/**
 * Verdeelsleutels: a number (0.3, or 30% which Excel stores as 0.3), or text `30%`, `30 %`,
 * `0,3`, `0.3`; empty, `-`, `–`, `—` → undefined (no key of its own). The range 0..1 is the
 * engine's check.
 */
export function parseFractie(v: CellValue): Parsed<Dec | undefined> {
  if (isError(v)) return fout(tekst.foutwaarde(v.error));
  if (isBlank(v) || (typeof v === 'string' && DASHES.includes(v.trim()))) return ok(undefined);
  if (typeof v === 'number') return ok(decimalOf(v));
  const m = typeof v === 'string' ? /^(.*?)\s*(%?)$/.exec(v.trim()) : null;
  const d = m ? parseNumberText(m[1]) : undefined;
  if (!m || d === undefined || d === 'ambiguous') return fout(tekst.geenVerdeelsleutel(shown(v)));
  return ok(m[2] ? d.div(100) : d);
}

/** Years: a whole number, as number or text. */
export function parseJaar(v: CellValue): Parsed<number | undefined> {
  if (isError(v)) return fout(tekst.foutwaarde(v.error));
  if (isBlank(v)) return ok(undefined);
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? ok(n) : fout(tekst.geenJaar(shown(v)));
}
