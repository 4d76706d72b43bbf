import fc from 'fast-check';
import { Dec, perJaar } from '../../../../src/engine';

describe('perJaar(bedrag, jaren) = bedrag / jaren, to 34 digits, half up', () => {
  it.each([
    // Fysiek tot 2030 (seed Tabel 7): restopgave 2.375 over 4 jaar.
    ['2375', 4, '593.75'],
    ['4130', 6, '688.3333333333333333333333333333333'],
    ['1', 3, '0.3333333333333333333333333333333333'],
    ['2', 3, '0.6666666666666666666666666666666667'],
    ['1', 8, '0.125'],
    ['1', 25, '0.04'],
    ['0', 6, '0'],
    // A periode of one year; 7 years, with no exact reciprocal.
    ['2375', 1, '2375'],
    ['1', 7, '0.1428571428571428571428571428571429'],
    // Many decimals and huge amounts.
    ['0.0000001', 4, '2.5e-8'],
    ['1e30', 6, '1.666666666666666666666666666666667e+29'],
    ['1e30', 5, '2e+29'],
  ])('%s / %i = %s', (bedrag, jaren, uitkomst) => {
    expect(perJaar(new Dec(bedrag), jaren).valueOf()).toBe(uitkomst);
  });

  it('is exactly decimal.js division for every number of years 1–40 (a reciprocal is used only where it is exact)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        (jaren, digits, scale) => {
          const bedrag = new Dec(`${digits}e-${scale}`);
          expect(perJaar(bedrag, jaren).eq(bedrag.div(jaren))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
