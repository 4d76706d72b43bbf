import fc from 'fast-check';
import { rijksdeel, rijksdeelGetal, standaardSleutel } from '../../../src/engine';
import { asMatrix, bedragen, sleutelsZoals, toNumbers, type Matrix } from '../../../src/functions/args';
import { standaardSleutelVan } from '../../../src/functions/bekendeSleutels';
import { ArgumentFout } from '../../../src/functions/fail';
import { rijksdeelFn } from '../../../src/functions/functions';
import { rijksdeelCel } from '../../../src/functions/rijksdeelCel';
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

const NAMEN = [
  'Nieuwbouw',
  ' nieuwbouw ',
  'ONDERWIJS',
  'Leefomgeving',
  'Openbare ruimte en voorzieningen',
  'Herstructurering corporatievoorraad',
  'Bereikbaarheid',
  'Buurtsport',
  'Funderingsherstel',
];
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
  fc.oneof(
    { arbitrary: cel.map((v) => [[v]]), weight: 6 },
    { arbitrary: cel, weight: 1 },
    { arbitrary: fc.tuple(cel, cel).map(([a, b]) => [[a, b]]), weight: 1 },
  );

describe("rijksdeelGetal: the engine's product of two cell figures in integers", () => {
  it('is the exact product rounded once to the nearest double, or undefined', () => {
    const n = runs(2000);
    let gedaan = 0;
    fc.assert(
      fc.property(
        fc.oneof(centen, fc.double({ min: 0, max: 1e16, noNaN: true })),
        fc.oneof(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10_000),
        ),
        (a, b) => {
          const p = rijksdeelGetal(a, b);
          if (p !== undefined) gedaan++;
          if (p !== undefined) expect(p).toBe(oracleProduct(a, b));
        },
      ),
      parameters(n),
    );
    // Doubles with 17 digits fall outside the integers: the property must still have checked many products.
    expect(gedaan).toBeGreaterThan(n / 10);
  });

  it('amounts up to 10⁹ in cents and keys of up to four decimals always take the integer path', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), fc.integer({ min: 0, max: 10_000 }), (c, k) => {
        expect(rijksdeelGetal(c / 100, k / 10_000)).toBe(oracleProduct(c / 100, k / 10_000));
      }),
      parameters(runs(1000)),
    );
  });

  it('declines numbers that do not read as a safe integer: negative, NaN, infinite, 17 digits, exponents', () => {
    for (const n of [-1, -0.5, NaN, Infinity, 1e21, 1e-7, 100.30000000000001, 0.1 + 0.2]) expect(rijksdeelGetal(n, 0.5)).toBeUndefined();
    expect(Object.is(rijksdeelGetal(-0, 0.5), 0)).toBe(true);
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
    for (let i = 0; i < 2; i++)
      expect(errorOf(() => rijksdeelFn([[445]], [['Funderingsherstel']]))).toEqual([
        '#N/A',
        expect.stringContaining("'Funderingsherstel'"),
      ]);
  });
});
