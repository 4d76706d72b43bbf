import { Dec, rijksbijdrage, type RijksbijdrageInvoer } from '../../../../src/engine';

type Opties = Partial<Record<Exclude<keyof RijksbijdrageInvoer, 'nettoKosten' | 'onrendabeleTopCorporaties'>, string>>;

/**
 * Seed 000 (synthese 2021; MODEL.md "Other calculations from the seeds"): the yearly
 * Rijksbijdrage = (netto kosten − onrendabele top × aandeel corporaties) × Rijksaandeel,
 * × jaren kabinet / jaren raming, / jaren kabinet. Defaults 50%, 75%, 6 and 4 jaar; so the
 * yearly figure does not depend on the cabinet's years. Expected values by hand.
 */
describe('rijksbijdrage: (netto − top × aandeel corporaties) × Rijksaandeel × kabinet / raming / kabinet', () => {
  it.each<[string, string, Opties, string]>([
    // The seed: 3.800 − 1.000 × 50% = 3.300; × 75% = 2.475; × 4/6 = 1.650; / 4 = 412,5 (≈ 400 mln per jaar).
    ['3800', '1000', {}, '412.5'],
    ['6', '0', {}, '0.75'],
    ['0', '0', {}, '0'],
    // Aandeel corporaties 100% and 0%: 2.800 × 75% / 6 = 350; 3.800 × 75% / 6 = 475.
    ['3800', '1000', { aandeelCorporaties: '1' }, '350'],
    ['3800', '1000', { aandeelCorporaties: '0' }, '475'],
    // Rijksaandeel 100% and 0%: 3.300 / 6 = 550.
    ['3800', '1000', { rijksaandeel: '1' }, '550'],
    ['3800', '1000', { rijksaandeel: '0' }, '0'],
    // An estimate over 4 years: 2.475 / 4; a cabinet of 5 years gives the same 412,5 a year.
    ['3800', '1000', { jarenRaming: '4' }, '618.75'],
    ['3800', '1000', { jarenKabinet: '5' }, '412.5'],
    // 1 / 3 to 34 digits, half up.
    ['1', '0', { rijksaandeel: '1', jarenRaming: '3' }, '0.3333333333333333333333333333333333'],
    // No max(0; …) in the seed's chain: a top that outweighs the costs, (100 − 150) × 75% / 6.
    ['100', '300', {}, '-6.25'],
    // Huge amounts: 6 × 10^30 × 75% / 6.
    ['6e30', '0', {}, '7.5e+29'],
  ])('netto %s, top %s, %j: %s per jaar', (netto, top, opties, uitkomst) => {
    const invoer: RijksbijdrageInvoer = { nettoKosten: new Dec(netto), onrendabeleTopCorporaties: new Dec(top) };
    for (const [naam, waarde] of Object.entries(opties)) invoer[naam as keyof Opties] = new Dec(waarde);
    expect(rijksbijdrage(invoer).valueOf()).toBe(uitkomst);
  });
});
