import { Dec, nonNegative, sum, ZERO } from './decimal';
import { POW10, scaledNumber, scaleFound } from './scaled';

/**
 * The model's formulas (MODEL.md "Computation"), the only place they are written down.
 * The engine, the custom functions and every front end call these.
 */

/** opgave × verdeelsleutel. `rijksdeel(445, 0.5)` = 222.5 */
export function rijksdeel(opgave: Dec, verdeelsleutel: Dec): Dec {
  return opgave.times(verdeelsleutel);
}

/**
 * `rijksdeel` of two cell figures (each the decimal its shortest text shows), as the double a
 * cell gets: the exact product rounded once, in integers without a Decimal. Undefined when
 * integers cannot hold it (then `rijksdeel(...).toNumber()`, which is the same double where both exist).
 */
export function rijksdeelGetal(opgave: number, verdeelsleutel: number): number | undefined {
  const a = scaledNumber(opgave);
  const sa = scaleFound;
  const k = scaledNumber(verdeelsleutel);
  const scale = sa + scaleFound;
  if (a < 0 || k < 0 || scale >= POW10.length) return undefined;
  const product = a * k;
  // Both exact doubles: one IEEE division rounds the exact product once.
  return Number.isSafeInteger(product) ? product / POW10[scale] : undefined;
}

/** max(0, opgave − dekking). `rest(130, 135)` = 0 */
export function rest(opgave: Dec, dekking: Dec): Dec {
  return nonNegative(opgave.minus(dekking));
}

/** max(0, dekking − opgave). `overschot(130, 135)` = 5 */
export function overschot(opgave: Dec, dekking: Dec): Dec {
  return nonNegative(dekking.minus(opgave));
}

/** Per number of years: its reciprocal when that is exact (4 → 0.25), else the divisor itself (6). */
const jaarDeler = new Map<number, { maal: Dec } | { door: Dec }>();

function delerVan(jaren: number): { maal: Dec } | { door: Dec } {
  let deler = jaarDeler.get(jaren);
  if (!deler) {
    // 1/n is a finite decimal when n has no prime factors but 2 and 5; then × 1/n is exactly ÷ n,
    // and a multiplication is the cheaper of the two (it runs once per row of 200k).
    let rest = jaren;
    while (rest > 1 && rest % 2 === 0) rest /= 2;
    while (rest > 1 && rest % 5 === 0) rest /= 5;
    deler = rest === 1 ? { maal: new Dec(1).div(jaren) } : { door: new Dec(jaren) };
    jaarDeler.set(jaren, deler);
  }
  return deler;
}

/** bedrag / jaren. `perJaar(2375, 4)` = 593.75 */
export function perJaar(bedrag: Dec, jaren: number): Dec {
  const deler = delerVan(jaren);
  return 'maal' in deler ? bedrag.times(deler.maal) : bedrag.div(deler.door);
}

/** Number of years of a periode, both ends included: 2026–2029 → 4. */
export function jaren(eersteJaar: number, laatsteJaar: number): number {
  return laatsteJaar - eersteJaar + 1;
}

export { Dec };

/** rest and overschot of one onderdeel or row from a single difference: at most one is not 0. */
export function restEnOverschot(opgave: Dec, dekking: Dec): [Dec, Dec] {
  if (dekking.isZero()) return [opgave, dekking];
  const verschil = opgave.minus(dekking);
  return verschil.isNegative() ? [ZERO, verschil.neg()] : [verschil, ZERO];
}

/** Saldering over several onderdelen: max(0, Σ opgave − Σ dekking). */
export function restSaldering(opgaven: readonly Dec[], dekkingen: readonly Dec[]): Dec {
  return rest(sum(opgaven), sum(dekkingen));
}

/** Per onderdeel, no netting between them: Σ max(0, opgave_i − dekking_i). */
export function restPerOnderdeel(opgaven: readonly Dec[], dekkingen: readonly Dec[]): Dec {
  return sum(opgaven.map((o, i) => rest(o, dekkingen[i] ?? ZERO)));
}

/**
 * The verdeelsleutel of several rows (or onderdelen) together: the one key they share, else the
 * effective key Rijksdeel ÷ opgave; with no opgave to weigh by, the keys' mean.
 */
export function gezamenlijkeSleutel(keys: readonly Dec[], opgave: Dec, rijksdeel: Dec): Dec {
  // Rows with the key in force share its Decimal: most need no comparison of digits.
  if (keys.every((k) => k === keys[0] || k.eq(keys[0]))) return keys[0];
  return opgave.isZero() ? sum(keys).div(keys.length) : rijksdeel.div(opgave);
}
