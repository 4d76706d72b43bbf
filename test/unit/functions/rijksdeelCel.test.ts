import fc from 'fast-check';
import { rijksdeel, standaardSleutel } from '../../../src/engine';
import { asMatrix, bedragen, sleutelsZoals, toNumbers, type Matrix } from '../../../src/functions/args';
import { standaardSleutelVan } from '../../../src/functions/bekendeSleutels';
import { ArgumentFout } from '../../../src/functions/fail';
import { rijksdeelFn } from '../../../src/functions/functions';
import { rijksdeelCel } from '../../../src/functions/rijksdeelCel';
import { exactProduct, scaledNumber, scaledText } from '../../../src/functions/scaled';
import { parameters, runs } from '../../robustness/properties/runs';
import { errorOf, installFakeRuntime } from './fakeRuntime';

installFakeRuntime();

/**
 * The oracle: a number's shortest text (String, exponent and all) read as an exact decimal in
 * BigInt, the product of two of them written out exactly and read back by Number, which the
 * language rounds once to the nearest double.
 */
function exact(n: number): { m: bigint; e: number } {
  const [mantisse, exp = '0'] = String(n).split('e');
  const [heel, breuk = ''] = mantisse.split('.');
  return { m: BigInt(heel + breuk), e: Number(exp) - breuk.length };
}
const oracleProduct = (a: number, b: number) => {
  const x = exact(a);
  const y = exact(b);
  return Number(`${x.m * y.m}e${x.e + y.e}`);
};

/** NPLV.RIJKSDEEL as it was before the one-cell path: the argument checks and the engine's formula in Decimals. */
function algemeen(opgave: unknown, sleutel: unknown): unknown {
  try {
    const o = bedragen('opgave', asMatrix(opgave as Matrix));
    const k = sleutelsZoals('onderdeel_of_sleutel', asMatrix(sleutel as Matrix), 'opgave', o);
    return toNumbers(o.map((row, r) => row.map((x, c) => rijksdeel(x, k[r][c]))));
  } catch (e) {
    if (!(e instanceof ArgumentFout)) throw e;
    return [e.code === 'invalidValue' ? '#VALUE!' : '#N/A', e.message];
  }
}
const nu = (opgave: unknown, sleutel: unknown): unknown => {
  try {
    return rijksdeelFn(opgave as Matrix, sleutel as Matrix);
  } catch {
    return errorOf(() => rijksdeelFn(opgave as Matrix, sleutel as Matrix));
  }
};

const NAMEN = ['Nieuwbouw', ' nieuwbouw ', 'ONDERWIJS', 'Leefomgeving', 'Openbare ruimte en voorzieningen', 'Herstructurering corporatievoorraad', 'Bereikbaarheid', 'Buurtsport', 'Funderingsherstel'];
const centen = fc.integer({ min: 0, max: 10 ** 13 }).map((n) => n / 100);
const bedragCel = fc.oneof(
  centen,
  fc.integer({ min: 0, max: 2 ** 53 + 10 }),
  fc.double({ min: 0, max: 1e22, noNaN: true }),
  fc.double(),
  fc.constantFrom<unknown>('', '-', '—', null, true, { error: '#N/A' }, 'n.b.', '1.735', '12,5', 1e21, 1e-7, -0, 5e-324),
);
const sleutelCel = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: -1, max: 2 }),
  fc.constantFrom<unknown>(...NAMEN, '50%', '12,5 %', '0,3', '', null, '-', false, { error: '#DIV/0!' }, -0, 1, 0),
);
// As Excel passes one cell (a 1×1 range), as a bare value, or now and then a range of two.
const alsArgument = (cel: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: cel.map((v) => [[v]]), weight: 6 }, { arbitrary: cel, weight: 1 }, { arbitrary: fc.tuple(cel, cel).map(([a, b]) => [[a, b]]), weight: 1 });

describe('scaled integers (scaled.ts)', () => {
  it('reads plain decimal text exactly, and nothing else', () => {
    expect(scaledText('1735')).toEqual({ digits: 1735, scale: 0 });
    expect(scaledText('0.075')).toEqual({ digits: 75, scale: 3 });
    expect(scaledText('9007199254740991')).toEqual({ digits: 2 ** 53 - 1, scale: 0 });
    for (const t of ['9007199254740992', '90071992547409.93', '1e21', '1.5e-7', '-1', '.5', '1.', '', ' 1', '1,5', 'Infinity'])
      expect(scaledText(t)).toBeUndefined();
  });

  it('a number as the decimal it shows; −0 is 0; negative, NaN and infinite numbers, and those of 17 digits, are not read', () => {
    expect(scaledNumber(0.1)).toEqual({ digits: 1, scale: 1 });
    expect(scaledNumber(1234.567890123)).toEqual({ digits: 1234567890123, scale: 9 });
    expect(Object.is(scaledNumber(-0)?.digits, 0)).toBe(true);
    for (const n of [-1, -0.5, NaN, Infinity, 1e21, 1e-7, 100.30000000000001, 0.1 + 0.2]) expect(scaledNumber(n)).toBeUndefined();
  });

  it('a product is the exact product rounded once to the nearest double, or undefined', () => {
    const n = runs(2000);
    fc.assert(
      fc.property(fc.oneof(centen, fc.double({ min: 0, max: 1e16, noNaN: true })), fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10_000)), (a, b) => {
        const sa = scaledNumber(a);
        const sb = scaledNumber(b);
        const p = sa && sb && exactProduct(sa, sb);
        if (p !== undefined) expect(p).toBe(oracleProduct(a, b));
      }),
      parameters(n),
    );
  });

  it('amounts up to 10⁹ in cents and keys of up to four decimals always take the integer path', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), fc.integer({ min: 0, max: 10_000 }), (c, k) => {
        const p = exactProduct(scaledNumber(c / 100)!, scaledNumber(k / 10_000)!);
        expect(p).toBe(oracleProduct(c / 100, k / 10_000));
      }),
      parameters(runs(1000)),
    );
  });
});

describe('NPLV.RIJKSDEEL of one cell (rijksdeelCel.ts)', () => {
  it('answers the common calls itself, with the figure of the formula', () => {
    expect(rijksdeelCel([[445]], [['Nieuwbouw']])).toBe(222.5);
    expect(rijksdeelCel([[0.1]], [[0.3]])).toBe(0.03);
    expect(rijksdeelCel(123456789012.34, 0.3)).toBe(37037036703.702);
    expect(rijksdeelCel([[215]], [['onderwijs']])).toBe(161.25);
  });

  it('leaves every other call to the general path', () => {
    for (const [o, k] of [
      [[[445, 1]], [['Nieuwbouw']]],
      [[[-5]], [[0.5]]],
      [[['445']], [[0.5]]],
      [[[null]], [[0.5]]],
      [[[445]], [['50%']]],
      [[[445]], [[1.5]]],
      [[[445]], [['Funderingsherstel']]],
      [[[2 ** 53]], [[0.5]]],
    ])
      expect(rijksdeelCel(o, k)).toBeUndefined();
  });

  it('gives every figure and every message the general path gives, for any cells', () => {
    fc.assert(
      fc.property(alsArgument(bedragCel), alsArgument(sleutelCel), (opgave, sleutel) => {
        expect(nu(opgave, sleutel)).toEqual(algemeen(opgave, sleutel));
      }),
      parameters(runs(3000)),
    );
  });
});

describe('default keys by name (bekendeSleutels.ts)', () => {
  it('are the engine’s, asked once or many times, in any spelling', () => {
    for (const naam of [...NAMEN, ...NAMEN]) {
      const s = standaardSleutel(naam);
      const b = standaardSleutelVan(naam);
      if (!s.ok) expect(b).toBeUndefined();
      else expect(b?.sleutel.eq(s.sleutel)).toBe(true);
    }
  });

  it('an onderdeel without a key stays #N/A every time', () => {
    for (let i = 0; i < 2; i++) expect(errorOf(() => rijksdeelFn([[445]], [['Funderingsherstel']]))).toEqual(['#N/A', expect.stringContaining("'Funderingsherstel'")]);
  });
});
