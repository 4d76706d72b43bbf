/**
 * x·p / (q·r·s) for non-negative safe integers (q, r, s > 0), correctly rounded to the nearest
 * double (ties to even), as a cell holds a figure: one rounding of the exact fraction.
 * When the numerator and the denominator are safe integers, one IEEE division is that rounding.
 * Otherwise in BigInt: the quotient to at least 58 bits, its last bit set when the division
 * leaves a remainder (round to odd), so that the one rounding to 53 bits in `Number()` is
 * correct; the power of two is taken out exactly.
 */
export function divide(x: number, p: number, q: number, r = 1, s = 1): number {
  if (x === 0 || p === 0) return 0;
  const num = x * p;
  const den = q * r * s;
  // Every factor is a non-negative integer: a product that is not safe was rounded, and then it is at least 2⁵³.
  if (num <= Number.MAX_SAFE_INTEGER && den <= Number.MAX_SAFE_INTEGER) return num / den;
  return divideBig(BigInt(x) * BigInt(p), BigInt(q) * BigInt(r) * BigInt(s), num / den);
}

function divideBig(num: bigint, den: bigint, estimate: number): number {
  // The estimate is within a few units in the last place: its exponent places the quotient in 2^58 … 2^62.
  const k = 60 - Math.floor(Math.log2(estimate));
  const [n, d] = k >= 0 ? [num << BigInt(k), den] : [num, den << BigInt(-k)];
  let quotient = n / d;
  if (quotient * d !== n) quotient |= 1n;
  return Number(quotient) * 2 ** -k;
}
