import type { Dec } from './decimal';

/** 10^0 … 10^22: every one exact as a double. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** The largest number of decimals the integer path works with. */
export const MAX_SCALE = 15;

/** The number of decimals `scaled` found last (a variable, not an object per amount: it runs for every cell). */
export let scaleFound = 0;

/**
 * A Decimal as an integer, with its number of decimals in `scaleFound` (`12.25` → 1225 and 2),
 * the fewest that hold it exactly; -1 when the integer is not a safe integer (beyond 2⁵³) or the
 * value has more than `MAX_SCALE` decimals, is negative or not finite: then the integer path
 * does not run. Reads decimal.js's documented representation: `d` the digits in words of 7,
 * `e` the exponent of the first digit.
 */
export function scaled(x: Dec): number {
  const words = x.d;
  // A safe integer has at most 16 digits; aligned on the decimal point they take at most 4 words.
  if (!words || x.s < 0 || words.length > 4) return -1;
  const last = words.length - 1;
  // The last word without its trailing zeros (decimal.js keeps them within a word): 1.5 is [1, 5000000].
  let tail = words[last];
  let zeros = 0;
  while (tail !== 0 && tail % 10 === 0) {
    tail /= 10;
    zeros++;
  }
  let n = 0;
  for (let i = 0; i < last; i++) n = n * 1e7 + words[i];
  n = last === 0 ? tail : n * POW10[7 - zeros] + tail;
  if (!Number.isSafeInteger(n)) return -1;
  scaleFound = 0;
  if (n === 0) return 0;
  const first = words[0];
  const firstDigits = first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1;
  // The digits of n, and the power of ten of its last digit.
  const digits = firstDigits + 7 * last - zeros;
  const exp = x.e - digits + 1;
  if (exp >= 0) {
    if (exp >= POW10.length) return -1;
    n *= POW10[exp];
    return Number.isSafeInteger(n) ? n : -1;
  }
  let s = -exp;
  while (s > 0 && n % 10 === 0) {
    n /= 10;
    s--;
  }
  scaleFound = s;
  return s <= MAX_SCALE ? n : -1;
}

/**
 * A number ≥ 0 as a cell shows it, the decimal of its shortest text (as the workbook reader and
 * decimal.js read a number: 0.1 is 1 at 1 decimal), as an integer with its decimals in
 * `scaleFound`; −0 is 0; -1 when that is no safe integer, or has an exponent or more than 22 decimals.
 */
export function scaledNumber(x: number): number {
  scaleFound = 0;
  if (Number.isSafeInteger(x)) return x >= 0 ? x + 0 : -1;
  if (!(x > 0)) return -1;
  // Without text: the first s at which a multiple of 10^-s reads back as x is its shortest text,
  // when doubles near x lie closer than 10^-s / 4 (x·10^s below 2^50), so that only one such multiple does.
  for (let s = 1; s <= 6; s++) {
    const n = Math.round(x * POW10[s]);
    if (n >= 2 ** 50) break;
    if (n / POW10[s] === x) {
      scaleFound = s;
      return n;
    }
  }
  const text = String(x);
  const point = text.indexOf('.');
  if (point < 0 || !/^\d+\.\d+$/.test(text) || text.length - point - 1 >= POW10.length) return -1;
  // Rounding never takes a value of 2⁵³ or more below it, so a safe result was read exactly.
  const n = Number(text.slice(0, point) + text.slice(point + 1));
  if (!Number.isSafeInteger(n)) return -1;
  scaleFound = text.length - point - 1;
  return n;
}
