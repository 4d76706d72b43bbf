import { foutwaardeNl } from './errors';
import type { CellValue } from './cell';
import { toonDecimaal, type Cijfernotatie } from './decimalText';

const GENERAL: Cijfernotatie = { decimalen: 2, macht: 0, groepering: true, vast: false };

/**
 * What a number format of the add-in's asks of a number: `#,##0.0` one decimal, grouped;
 * `#,##0.00,` two decimals of the value divided by 1000 (each trailing comma divides by 1000,
 * as Excel scales); `0.0%` one decimal of the value times 100; `General` (or none) up to 2.
 */
export function cijfernotatie(format?: string | null): Cijfernotatie & { procent: boolean } {
  if (!format || format === 'General') return { ...GENERAL, procent: false };
  const procent = format.endsWith('%');
  const kern = procent ? format.slice(0, -1) : format;
  const schaal = /,+$/.exec(kern)?.[0].length ?? 0;
  const cijfers = kern.slice(0, kern.length - schaal);
  return {
    decimalen: /\.(0+)/.exec(cijfers)?.[1].length ?? 0,
    macht: procent ? 2 : -3 * schaal,
    groepering: cijfers.includes(',') || procent,
    vast: true,
    procent,
  };
}

/**
 * A cell value as Excel (Dutch) shows it with the simple formats the add-in writes:
 * `#,##0.0` → `1.358,8`; `#,##0.00,` → `3.050` as `3,05`; `0%` → `75%`; `0.0%` → `12,5%`;
 * `General` (or none) → up to 2 decimals. Rounded half away from zero on the decimal digits
 * Excel sees (`toonDecimaal`). Text passes through; TRUE/FALSE show as `WAAR`/`ONWAAR`; an
 * error value as Dutch Excel names it (`#NAME?` → `#NAAM?`).
 * Used by the command line's tables and exports, and the demo's sheet view.
 */
export function formatCell(value: CellValue, format?: string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (typeof value === 'object') return foutwaardeNl(value.error);
  const notatie = cijfernotatie(format);
  const tekst = toonDecimaal(String(value), notatie);
  return notatie.procent ? tekst + '%' : tekst;
}
