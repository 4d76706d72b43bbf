import { Dec, restSaldering } from '../../../../src/engine';

const decs = (values: string[]) => values.map((v) => new Dec(v));

/**
 * Saldering over the onderdelen of a pijler: max(0, Σ opgave − Σ dekking), all of the pijler's
 * dekking rows counted, pillar-level ones too (MODEL.md "Computation"). Expected values by hand.
 */
describe('restSaldering(opgaven, dekkingen) = max(0, Σ opgave − Σ dekking)', () => {
  it.each([
    // Fysiek tot 2030 (voorbeeld.json, seed Tabel 4 and 5): opgave 445 + 1.735 + 475 + 265 + 130 = 3.050;
    // dekking 290 (Nieuwbouw) + 180 (Leefomgeving) + 135 (Bereikbaarheid) + 50 + 20 (pillar level) = 675;
    // 3.050 − 675 = 2.375 (Tabel 7).
    [['445', '1735', '475', '265', '130'], ['290', '180', '135', '50', '20'], '2375'],
    // The same for the Rijk: Rijksdeel 222,5 + 520,5 + 332,5 + 198,75 + 84,5 = 1.358,75; Rijksdekking 145 + 180 + 90 + 50 + 20 = 485.
    [['222.5', '520.5', '332.5', '198.75', '84.5'], ['145', '180', '90', '50', '20'], '873.75'],
    // All dekking above all opgave: clamped at 0; at the boundary 0 too.
    [['100', '50'], ['200'], '0'],
    [['100', '50'], ['75', '75'], '0'],
    [['100', '50'], ['75', '74.99'], '0.01'],
    // Nothing at all, and no dekking.
    [[], [], '0'],
    [['0.1', '0.2'], [], '0.3'],
    // Exact decimals: 0,1 + 0,2 − 0,3 is 0 (in binary floating point 5,55e-17).
    [['0.1', '0.2'], ['0.3'], '0'],
    // Huge amounts.
    [['1e30', '1e30'], ['1'], '1.999999999999999999999999999999e+30'],
  ])('opgaven %j, dekkingen %j: %s', (opgaven, dekkingen, uitkomst) => {
    expect(restSaldering(decs(opgaven), decs(dekkingen)).valueOf()).toBe(uitkomst);
  });
});
