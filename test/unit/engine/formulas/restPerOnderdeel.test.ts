import { Dec, restPerOnderdeel } from '../../../../src/engine';

const decs = (values: string[]) => values.map((v) => new Dec(v));

/**
 * Per onderdeel, no netting between them: Σ max(0, opgave_i − dekking_i) (MODEL.md
 * "Computation"); an onderdeel without a dekking has dekking 0. Expected values by hand.
 */
describe('restPerOnderdeel(opgaven, dekkingen) = Σ max(0, opgave_i − dekking_i)', () => {
  it.each([
    // Fysiek tot 2030 (voorbeeld.json): 445 − 290, 1.735, 475, 265 − 180, max(0, 130 − 135):
    // 155 + 1.735 + 475 + 85 + 0 = 2.450 (MODEL.md: "the rows give 2.450").
    [['445', '1735', '475', '265', '130'], ['290', '0', '0', '180', '135'], '2450'],
    // The same for the Rijk: 222,5 − 145, 520,5, 332,5, 198,75 − 180, max(0, 84,5 − 90).
    [['222.5', '520.5', '332.5', '198.75', '84.5'], ['145', '0', '0', '180', '90'], '949.25'],
    // The overschot of one onderdeel does not lower another's rest (saldering would give 0 and 60).
    [['100', '50'], ['200'], '50'],
    [['100', '50'], ['30', '60'], '70'],
    // At the boundary of max(0; …).
    [['100', '50'], ['100', '50'], '0'],
    [['100', '50'], ['99.99', '50.01'], '0.01'],
    // Nothing at all; fewer dekkingen than opgaven (the rest have 0).
    [[], [], '0'],
    [['0.1', '0.2'], ['0.1'], '0.2'],
    // Many decimals and huge amounts.
    [['0.1000000000000000000000000000000001', '5'], ['0.1', '5'], '1e-34'],
    [['1e30', '1e30'], ['1', '1'], '1.999999999999999999999999999998e+30'],
  ])('opgaven %j, dekkingen %j: %s', (opgaven, dekkingen, uitkomst) => {
    expect(restPerOnderdeel(decs(opgaven), decs(dekkingen)).valueOf()).toBe(uitkomst);
  });
});
