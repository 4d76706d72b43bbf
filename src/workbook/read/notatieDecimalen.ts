import type { Herkomst } from '../../engine';
import type { CellValue } from '../port';

// A workbook has few number formats and asks for them once a cell: each is cleaned once (a hostile file's many, up to a bound).
const known = new Map<string, string>([['General', 'General']]);
const MOST_KNOWN = 1000;

/**
 * The codes of a number format's first section (the one for positive numbers), with its
 * quoted text, escaped characters, colours and locale tags (`[Red]`, `[$€-413]`; elapsed time,
 * `[h]`, stays), and the characters of `_x` (a space) and `*x` (a fill) removed.
 */
export function notatieCodes(numberFormat: string): string {
  let codes = known.get(numberFormat);
  if (codes === undefined) {
    codes = codesOf(numberFormat);
    if (known.size < MOST_KNOWN) known.set(numberFormat, codes);
  }
  return codes;
}

function codesOf(numberFormat: string): string {
  const first = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .split(';')[0];
  return first.replace(/\[(?![hms]+\])[^\]]*\]/gi, '').replace(/[_*]./g, '');
}

/**
 * How many decimals a cell with this number format shows (issue 12: a figure in a message as
 * its cell shows it): `#,##0.0` → 1, `0` → 0, `#,##0.00 "mln"` → 2; a percentage as a fraction,
 * as the engine holds keys: `0%` → 2, `0.0%` → 3. Undefined where the format does not fix the
 * decimals: `General`, text (`@`), fractions (`# ?/?`), an empty format.
 */
export function decimalenVanNotatie(numberFormat: string | null | undefined): number | undefined {
  if (!numberFormat || /^general$/i.test(numberFormat.trim())) return undefined;
  const codes = notatieCodes(numberFormat);
  if (!/[0#?]/.test(codes) || codes.includes('@') || codes.includes('/')) return undefined;
  const achter = /\.([0#?]*)/.exec(codes)?.[1].length ?? 0;
  const procent = (codes.match(/%/g) ?? []).length;
  return achter + 2 * procent;
}

/** Whether a number format shows a percentage (`0%`, `0.0%`). */
export const isProcentNotatie = (numberFormat: string | null | undefined) => !!numberFormat && notatieCodes(numberFormat).includes('%');

/** A cell of a row as `celNotaties` needs it. */
export interface NotatieCel {
  veld: string;
  numberFormat: string;
  value: CellValue;
}

/**
 * What `Herkomst` keeps of a row's number formats for the engine's messages: per field the
 * decimals its cell shows (`decimalenVanNotatie`), and the fields whose cell shows a
 * percentage (a percent format, or text such as `150%`). Nothing for a row in `General`.
 */
export function celNotaties(cells: readonly NotatieCel[]): Pick<Herkomst, 'decimalen' | 'procent'> {
  const decimalen: Record<string, number> = {};
  const procent: string[] = [];
  for (const c of cells) {
    const d = typeof c.value === 'number' ? decimalenVanNotatie(c.numberFormat) : undefined;
    if (d !== undefined) decimalen[c.veld] = d;
    if ((typeof c.value === 'number' && isProcentNotatie(c.numberFormat)) || (typeof c.value === 'string' && c.value.trim().endsWith('%')))
      procent.push(c.veld);
  }
  return { ...(Object.keys(decimalen).length > 0 && { decimalen }), ...(procent.length > 0 && { procent }) };
}
