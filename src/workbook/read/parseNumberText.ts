import { Dec } from '../../engine';

/**
 * Numeric text as Dutch analysts type it (and as imports leave it). Accepted:
 *
 * | text           | value      | why                                         |
 * |----------------|------------|---------------------------------------------|
 * | `1234`         | 1234       |                                             |
 * | `1234,5`       | 1234.5     | decimal comma                               |
 * | `1.234,5`      | 1234.5     | Dutch thousands dots and decimal comma      |
 * | `1.234.567`    | 1234567    | two dot groups cannot be decimals           |
 * | `1234.5`, `0.3`| 1234.5, 0.3| decimal point (not three digits after it)   |
 * | `1.234`        | ambiguous  | 1234 to a Dutch reader, 1.234 to an English |
 * | `-5`, `−5`     | -5         | sign kept; the caller rejects negatives     |
 *
 * Anything else (`n.b.`, `1,234.5`, `€ 5`, `5 mln`) is not a number.
 */
export function parseNumberText(text: string): Dec | 'ambiguous' | undefined {
  const t = text.trim();
  const sign = /^[-−]/.test(t) ? '-' : '';
  const s = t.replace(/^[-−]\s*/, '');
  if (/^\d{1,3}\.\d{3}$/.test(s)) return 'ambiguous';
  if (/^\d+$/.test(s) || /^\d+\.\d+$/.test(s)) return new Dec(sign + s);
  if (/^\d+,\d+$/.test(s)) return new Dec(sign + s.replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return new Dec(sign + s.replace(/\./g, '').replace(',', '.'));
  return undefined;
}

/**
 * A JS number as the decimal it shows: `0.1` stays 0.1 (shortest round-trip form, which
 * decimal.js reads a number by, `String(n)`, with no text made for a small whole number);
 * −0 as 0. Other than a small whole number, the decimal read is copied once: the copy's
 * digits take the room they need (decimal.js reads them into a list grown for 16 and keeps
 * it), about 100 bytes less for every amount a workbook holds.
 */
export function decimalOf(n: number): Dec {
  if (n === 0) return new Dec(0);
  return Number.isInteger(n) && Math.abs(n) < 1e7 ? new Dec(n) : new Dec(new Dec(n));
}
