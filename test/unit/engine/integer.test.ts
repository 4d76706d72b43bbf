import Decimal from 'decimal.js';
import fc from 'fast-check';
import { Dec } from '../../../src/engine';
import { divide } from '../../../src/engine/bereken/integer/divide';
import { scaled, scaledNumber, scaleFound } from '../../../src/engine/scaled';
import { runs } from '../../robustness/properties/runs';

/** An oracle apart from the code under test: the fraction to 90 digits, then JavaScript's own correctly rounded reading of that decimal. */
const Wide = Decimal.clone({ precision: 90, rounding: Decimal.ROUND_DOWN });
const oracle = (x: bigint, p: bigint, q: bigint) => Number(new Wide((x * p).toString()).div(q.toString()).toFixed());

const safeInt = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.maxSafeNat());

describe('divide: x·p/(q·r·s) rounded once to the nearest double', () => {
  it('equals the correctly rounded fraction, for safe and unsafe products alike', () => {
    fc.assert(
      fc.property(
        safeInt,
        safeInt,
        safeInt.filter((q) => q > 0),
        fc.constantFrom(1, 10, 1e4, 1e15),
        fc.integer({ min: 1, max: 12 }),
        (x, p, q, r, s) => {
          expect(divide(x, p, q, r, s)).toBe(oracle(BigInt(x), BigInt(p), BigInt(q) * BigInt(r) * BigInt(s)));
        },
      ),
      { numRuns: runs(5000) },
    );
  });

  it('rounds a tie to even, and differs from two roundings where they differ', () => {
    // (2^53 + 1) / 1 lies halfway between 2^53 and 2^53 + 2: to even, 2^53.
    expect(divide(2 ** 26 * 2 ** 27 + 1, 1, 1)).toBe(2 ** 53);
    // 2^53 + 3 is halfway between 2^53 + 2 and 2^53 + 4: to even, 2^53 + 4.
    expect(divide(3, 3002399751580331, 1)).toBe(oracle(3n, 3002399751580331n, 1n));
    // x·p rounded first and then divided gives another double here: the one rounding does not.
    const [x, p, q] = [962947797, 589067641068, 2079380249];
    expect(divide(x, p, q)).toBe(oracle(BigInt(x), BigInt(p), BigInt(q)));
    expect((x * p) / q).not.toBe(divide(x, p, q));
  });

  it('gives 0 for a numerator of 0', () => {
    expect(Object.is(divide(0, 5, 7), 0)).toBe(true);
    expect(Object.is(divide(5, 0, 7), 0)).toBe(true);
  });
});

describe('scaled: a Decimal as an integer and its decimals', () => {
  const text = (n: bigint, s: number) =>
    s === 0 ? n.toString() : `${n / 10n ** BigInt(s)}.${(n % 10n ** BigInt(s)).toString().padStart(s, '0')}`;

  it('reads every amount of up to 15 decimals that a safe integer holds, with the fewest decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }), fc.integer({ min: 0, max: 15 }), (n, s) => {
        const d = new Dec(text(n, s));
        const v = scaled(d);
        expect(v).toBeGreaterThanOrEqual(0);
        // n·10^-s written with the decimals found gives back the same Decimal, and no fewer decimals would.
        expect(new Dec(v).div(10 ** scaleFound).eq(d)).toBe(true);
        expect(scaleFound === 0 || v % 10 !== 0).toBe(true);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('declines what the integer path cannot hold: beyond 2⁵³, more than 15 decimals, negative', () => {
    for (const x of ['9007199254740993', '1e30', '0.0000000000000001', '-1', '123456789.123456789']) expect(scaled(new Dec(x))).toBe(-1);
    expect(scaled(new Dec('9007199254740991'))).toBe(9007199254740991);
    expect([scaled(new Dec('1e15')), scaleFound]).toEqual([1e15, 0]);
    expect([scaled(new Dec('0.05')), scaleFound]).toEqual([5, 2]);
    expect([scaled(new Dec('0')), scaleFound]).toEqual([0, 0]);
  });
});

describe('scaledNumber: a number as the decimal a cell shows', () => {
  it('reads the shortest text exactly; −0 is 0; negative, NaN, infinite numbers, exponents and 17 digits are not read', () => {
    expect([scaledNumber(0.1), scaleFound]).toEqual([1, 1]);
    expect([scaledNumber(1234.567890123), scaleFound]).toEqual([1234567890123, 9]);
    expect([scaledNumber(1735), scaleFound]).toEqual([1735, 0]);
    expect(Object.is(scaledNumber(-0), 0)).toBe(true);
    for (const n of [-1, -0.5, NaN, Infinity, 1e21, 1e-7, 100.30000000000001, 0.1 + 0.2, 2 ** 53]) expect(scaledNumber(n)).toBe(-1);
  });

  it('reads a number without text as with: the shortest text, read exactly', () => {
    const viaText = (x: number) => {
      const t = String(x);
      return /^\d+(\.\d+)?$/.test(t) ? [Number(t.replace('.', '')), t.includes('.') ? t.length - t.indexOf('.') - 1 : 0] : undefined;
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e12, noNaN: true }),
          fc.integer({ min: 0, max: 10 ** 12 }).map((c) => c / 10 ** (c % 7)),
          fc.integer({ min: 0, max: 2 ** 50 }).map((c) => c / 1000),
        ),
        (x) => {
          const n = scaledNumber(x);
          const expected = viaText(x);
          if (n >= 0) expect([n, scaleFound]).toEqual(expected);
          else expect(expected === undefined || !Number.isSafeInteger(expected[0]) || expected[1] > 22).toBe(true);
        },
      ),
      { numRuns: runs(5000) },
    );
  });

  it('gives the same integer and decimals as the Decimal of the number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e15, noNaN: true }),
          fc.integer({ min: 0, max: 10 ** 12 }).map((c) => c / 100),
        ),
        (x) => {
          const n = scaledNumber(x);
          const s = scaleFound;
          const viaDecimal = scaled(new Dec(x));
          // Up to the 15 decimals of the engine's integer path (the Decimal reader stops there).
          if (n >= 0 && s <= 15) expect([n, s]).toEqual([viaDecimal, scaleFound]);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
