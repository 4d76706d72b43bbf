import { Dec, rest } from '../../../../src/engine';

/**
 * restopgave = max(0, opgave − dekking) (MODEL.md "Computation"); expected values by hand.
 * valueOf() shows a negative zero as '-0', so '0' proves the result is a plain zero.
 */
describe('rest(opgave, dekking) = max(0, opgave − dekking)', () => {
  it.each([
    ['130', '135', '0'],
    // Fysiek tot 2030 by saldering (seed Tabel 7): 3.050 − 675.
    ['3050', '675', '2375'],
    ['445', '290', '155'],
    // At the boundary of max(0; …), and a cent either side of it.
    ['135', '135', '0'],
    ['135', '134.99', '0.01'],
    ['134.99', '135', '0'],
    ['0', '0', '0'],
    ['0', '10', '0'],
    ['10', '0', '10'],
    // A negative dekking (the workbook reader refuses one) adds to the rest: 100 − (−5).
    ['100', '-5', '105'],
    // Many decimals and huge amounts.
    ['0.1000000000000000000000000000000001', '0.1', '1e-34'],
    ['1e25', '1', '9.999999999999999999999999e+24'],
  ])('max(0, %s − %s) = %s', (opgave, dekking, uitkomst) => {
    expect(rest(new Dec(opgave), new Dec(dekking)).valueOf()).toBe(uitkomst);
  });
});
