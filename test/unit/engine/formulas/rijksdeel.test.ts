import { Dec, rijksdeel } from '../../../../src/engine';

/**
 * rijksdeel = opgave × verdeelsleutel (MODEL.md "Computation"), exact to 34 significant digits,
 * half-up. Expected values worked out by hand; valueOf() shows a negative zero as '-0'.
 */
describe('rijksdeel(opgave, verdeelsleutel) = opgave × verdeelsleutel', () => {
  it.each([
    // Nieuwbouw tot 2030 (seed Tabel 4): 445 × 50% = 222,5 (the seed prints it rounded to 220).
    ['445', '0.5', '222.5'],
    ['1735', '0.3', '520.5'],
    ['265', '0.75', '198.75'],
    ['130', '0.65', '84.5'],
    // Key 0% and 100%.
    ['1000', '0', '0'],
    ['1000', '1', '1000'],
    ['0', '0.75', '0'],
    // Many decimals: every digit kept.
    ['0.01', '0.65', '0.0065'],
    ['1234.5678', '0.3333333333', '411.52259995884774'],
    ['123456789012.34', '0.4', '49382715604.936'],
    // 34 digits exactly: nothing lost.
    ['12345678901234567890.12345678901234', '0.7', '8641975230864197523.086419752308638'],
    // 35 digits: the 35th is a 5, rounded half up (half-even would end in …172).
    ['2345678901234567890123456789012.345', '0.5', '1.172839450617283945061728394506173e+30'],
    // Huge amounts (decimal.js writes an exponent from 10^21 on); 36 digits rounded to 34.
    ['1e30', '0.75', '7.5e+29'],
    ['99999999999999999999999999999999.99', '0.75', '7.499999999999999999999999999999999e+31'],
  ])('%s × %s = %s', (opgave, verdeelsleutel, uitkomst) => {
    expect(rijksdeel(new Dec(opgave), new Dec(verdeelsleutel)).valueOf()).toBe(uitkomst);
  });
});
