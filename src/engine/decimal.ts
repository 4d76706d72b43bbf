import Decimal from 'decimal.js';

/**
 * The engine's one Decimal constructor: 34 significant digits, half-up rounding.
 * A private clone, so nothing else in the process can change its settings.
 */
export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** max(0, x) */
export function nonNegative(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((acc: Dec, v) => acc.plus(v), ZERO);
}
