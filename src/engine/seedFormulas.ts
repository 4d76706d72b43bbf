import { Dec } from './decimal';

/**
 * The other calculations of the seeds (MODEL.md "Other calculations from the seeds").
 */

export interface RijksbijdrageInvoer {
  nettoKosten: Dec;
  onrendabeleTopCorporaties: Dec;
  /** Default 50%: the share of the onrendabele top the corporaties carry. */
  aandeelCorporaties?: Dec;
  /** Default 75%. */
  rijksaandeel?: Dec;
  /** Default 6: the years the estimate covers. */
  jarenRaming?: Dec;
  /** Default 4: a cabinet period. */
  jarenKabinet?: Dec;
}

/**
 * Seed 000 (synthese 2021): the yearly Rijksbijdrage. (netto − top × aandeel corporaties) ×
 * Rijksaandeel, converted from the estimate's years to a cabinet period (× 4/6), per year (/ 4).
 * `rijksbijdrage(3800, 1000)` = 412.5 (the seed: 3,3 mld × 75% ≈ 2,5; × 4/6 ≈ 1,6 mld; ≈ 400 mln per jaar).
 */
export function rijksbijdrage(i: RijksbijdrageInvoer): Dec {
  const jarenKabinet = i.jarenKabinet ?? new Dec(4);
  const basis = i.nettoKosten.minus(i.onrendabeleTopCorporaties.times(i.aandeelCorporaties ?? new Dec('0.5')));
  const rijk = basis.times(i.rijksaandeel ?? new Dec('0.75'));
  const perKabinet = rijk.times(jarenKabinet).div(i.jarenRaming ?? new Dec(6));
  return perKabinet.div(jarenKabinet);
}

/** Wbmgp artikel 3 (seed 003): 5.000 to 30.000 inwoners, ≥ 25% niet-actief, ≥ 45% laag inkomen. */
export const KANSENZONE_CRITERIA = {
  minInwoners: new Dec(5000),
  maxInwoners: new Dec(30000),
  minNietActief: new Dec('0.25'),
  minLaagInkomen: new Dec('0.45'),
};

/** Whether a gemeenteraad may designate the area a kansenzone. `kansenzone(12000, 0.28, 0.51)` = true */
export function kansenzone(inwoners: Dec, aandeelNietActief: Dec, aandeelLaagInkomen: Dec): boolean {
  const c = KANSENZONE_CRITERIA;
  return (
    inwoners.gte(c.minInwoners) &&
    inwoners.lte(c.maxInwoners) &&
    aandeelNietActief.gte(c.minNietActief) &&
    aandeelLaagInkomen.gte(c.minLaagInkomen)
  );
}
