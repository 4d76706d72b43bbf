/**
 * A decimal ≥ 0 as one safe integer and its number of decimals: 12.5 is 125 at scale 1. A
 * product of two such values is exact while its integer is safe (< 2⁵³), and dividing that
 * integer by the power of ten — two exact doubles, one IEEE division — rounds the exact product
 * once to the nearest double. `Dec.times(...).toNumber()` gives that same double: decimal.js
 * keeps all of a product of at most 16 digits (34 significant digits) and `toNumber` reads its
 * exact text, which also rounds once to the nearest double. Whatever does not fit (more than
 * 2⁵³ in the digits, an exponent, a product beyond 2⁵³, more than 22 decimals) is undefined,
 * and the caller computes in Decimals.
 */
export interface Scaled {
  readonly digits: number;
  readonly scale: number;
}

// Powers of ten that are exact doubles (10²² is the last one), written as literals.
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Plain decimal text, digits with at most one point (`0.75`, `1735`), as a Scaled. */
export function scaledText(text: string): Scaled | undefined {
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const point = text.indexOf('.');
  const digits = Number(point < 0 ? text : text.slice(0, point) + text.slice(point + 1));
  // Rounding never takes a value ≥ 2⁵³ below it, so a safe result was read exactly.
  return Number.isSafeInteger(digits) ? { digits, scale: point < 0 ? 0 : text.length - point - 1 } : undefined;
}

/**
 * A number ≥ 0 as the decimal it shows (its shortest text, as `decimalOf` of the workbook reads
 * it: 0.1 is 1 at scale 1); −0 is 0.
 */
export function scaledNumber(n: number): Scaled | undefined {
  if (Number.isSafeInteger(n)) return n >= 0 ? { digits: n === 0 ? 0 : n, scale: 0 } : undefined;
  return n > 0 ? scaledText(String(n)) : undefined;
}

/** a × b rounded once to the nearest double, when it is exact in integers. */
export function exactProduct(a: Scaled, b: Scaled): number | undefined {
  const digits = a.digits * b.digits;
  const scale = a.scale + b.scale;
  return Number.isSafeInteger(digits) && scale < POW10.length ? digits / POW10[scale] : undefined;
}
