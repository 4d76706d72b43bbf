import { notatieCodes } from './notatieDecimalen';

/**
 * Whether a number format shows a date or a time (Excel stores both as a serial number: a cell
 * typed `1-3` that Excel made a date holds 46082). Judged on the format's first section with
 * its quoted text, escaped characters, colours and locale tags removed: day, year, hour or
 * second codes (`d`, `y`, `h`, `s`, and `m` with them; `[h]` elapsed time).
 */
export function datumSoort(numberFormat: string): 'datum' | 'tijd' | undefined {
  const codes = notatieCodes(numberFormat).toLowerCase();
  if (/[dy]/.test(codes)) return 'datum';
  if (/[hs]/.test(codes)) return 'tijd';
  return undefined;
}

const MS_PER_DAY = 86_400_000;
/** Serial 0 is 30-12-1899 (the 1900 date system, with Excel's leap day 29-2-1900 at serial 60). */
const EPOCH = Date.UTC(1899, 11, 30);

/** A serial number as Dutch Excel shows a date (`1-3-2026`) or a time (`12:30`). */
export function datumTekst(serial: number, soort: 'datum' | 'tijd'): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  if (soort === 'tijd') return `${Math.floor(minutes / 60) % 24}:${String(minutes % 60).padStart(2, '0')}`;
  const day = Math.floor(serial);
  if (day === 0) return '0-1-1900'; // as Excel shows serial 0
  if (day === 60) return '29-2-1900';
  const d = new Date(EPOCH + (day < 60 ? day + 1 : day) * MS_PER_DAY);
  return Number.isNaN(d.getTime()) ? String(serial) : `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
}
