import { Dec, nonNegative, sum, ZERO } from './decimal';

/**
 * The model's formulas (MODEL.md "Computation"), the only place they are written down.
 * The engine, the custom functions and every front end call these.
 */

/** opgave × verdeelsleutel. `rijksdeel(445, 0.5)` = 222.5 */
export function rijksdeel(opgave: Dec, verdeelsleutel: Dec): Dec {
  return opgave.times(verdeelsleutel);
}

/** max(0, opgave − dekking). `rest(130, 135)` = 0 */
export function rest(opgave: Dec, dekking: Dec): Dec {
  return nonNegative(opgave.minus(dekking));
}

/** max(0, dekking − opgave). `overschot(130, 135)` = 5 */
export function overschot(opgave: Dec, dekking: Dec): Dec {
  return nonNegative(dekking.minus(opgave));
}

const jarenAlsDec = new Map<number, Dec>();

/** bedrag / jaren. `perJaar(2375, 4)` = 593.75 */
export function perJaar(bedrag: Dec, jaren: number): Dec {
  // A number would be made into a Decimal at every call: once per row of 200k.
  let deler = jarenAlsDec.get(jaren);
  if (!deler) jarenAlsDec.set(jaren, (deler = new Dec(jaren)));
  return bedrag.div(deler);
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
