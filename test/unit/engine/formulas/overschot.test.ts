import { Dec, overschot } from '../../../../src/engine';

/** overschot = max(0, dekking − opgave) (MODEL.md "Computation"); expected values by hand. */
describe('overschot(opgave, dekking) = max(0, dekking − opgave)', () => {
  it.each([
    // Bereikbaarheid en mobiliteit tot 2030 (seed Tabel 6): opgave 130, dekking 45 + 90.
    ['130', '135', '5'],
    // At the boundary of max(0; …), and a cent either side of it.
    ['135', '135', '0'],
    ['135', '135.01', '0.01'],
    ['135.01', '135', '0'],
    ['135', '130', '0'],
    ['0', '0', '0'],
    ['0', '10', '10'],
    // A negative opgave (the workbook reader refuses one) adds to the overschot: 10 − (−5).
    ['-5', '10', '15'],
    // Many decimals and huge amounts.
    ['445', '445.0000000001', '1e-10'],
    ['1e30', '1.000000000000000000000000000001e30', '1'],
  ])('max(0, dekking %s − opgave %s) = %s', (opgave, dekking, uitkomst) => {
    expect(overschot(new Dec(opgave), new Dec(dekking)).valueOf()).toBe(uitkomst);
  });
});
