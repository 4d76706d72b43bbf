import fc from 'fast-check';
import golden from '../../../src/voorbeeld/golden.json';
import { bereken, Dec, toJson, type ControleInvoer, type Invoer, type Opties, type Resultaat } from '../../../src/engine';
import { allRows } from '../../support/columns';
import { runs } from '../../robustness/properties/runs';
import { dekking, opgave } from './build';
import { seedInvoer } from './seed';

/**
 * Issue 15: the engine computes in exact integers where the input allows it and in decimal.js
 * otherwise; the figures must be the same either way, to the last bit of every written double
 * and the last digit of every Decimal.
 */

const PERIODEN = ['tot 2030', '2030 t/m 2035', 'na 2035'];
const ONDERDELEN: [string, string][] = [
  ['Fysiek', 'Nieuwbouw'],
  ['Fysiek', 'Leefomgeving'],
  ['Sociaal-maatschappelijk', 'Onderwijs'],
  ['Sociaal-maatschappelijk', 'Veiligheid & Criminaliteit'],
];
const GEBIEDEN = ['Rotterdam-Zuid', 'Den Haag Zuidwest', ''];

/** Amounts of 0 … 4 decimals up to 10 million. */
const bedrag = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, s]) => new Dec(n).div(10 ** s).toString());
/** Amounts the integer path may not hold: a sum or a product beyond 2⁵³ at their scale, or many decimals. */
const groot = fc.oneof(
  fc.constantFrom('1e12', '123456789012.5', '0.0000001', '9007199254.740993'),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map((n) => new Dec(n.toString()).div(1000).toString()),
);
const sleutel = fc.constantFrom('0', '0.5', '0.355', '1', '0.123456', '0.65');
const scenario = fc.constantFrom(undefined, undefined, undefined, 'Hoog', 'Laag');

const opgaveRow = fc
  .tuple(
    fc.constantFrom(...PERIODEN),
    fc.constantFrom(...ONDERDELEN),
    fc.constantFrom(...GEBIEDEN),
    bedrag,
    fc.option(sleutel, { nil: undefined }),
    scenario,
    fc.boolean(),
  )
  .map(([p, [pijler, naam], gebied, b, key, sc, pm]) =>
    opgave(p, pijler, naam, pm && !key ? 0 : b, {
      gebied,
      ...(key && { verdeelsleutel: new Dec(key) }),
      ...(sc && { scenario: sc }),
      ...(pm && !key && { pm: ['opgave'] }),
    }),
  );
const dekkingRow = fc
  .tuple(
    fc.constantFrom(...PERIODEN),
    fc.constantFrom(...ONDERDELEN),
    fc.constantFrom('own', '', 'Programma-organisatie'),
    fc.constantFrom(...GEBIEDEN),
    bedrag,
    bedrag,
    scenario,
  )
  .map(([p, [pijler, naam], to, gebied, c, r, sc]) =>
    dekking(p, pijler, to === 'own' ? naam : to, c, r, { gebied, ...(sc && { scenario: sc }) }),
  );

const invoer = fc
  .record({
    opgave: fc.array(opgaveRow, { minLength: 1, maxLength: 30 }),
    dekking: fc.array(dekkingRow, { maxLength: 20 }),
    gebiedLoos: fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
    controle: fc.option(fc.tuple(fc.nat(), fc.nat(), bedrag), { nil: undefined }),
    aan: fc.subarray(['Hoog', 'Laag']),
    // Now and then one amount the integer path cannot hold, so that the fallback runs too.
    groot: fc.option(fc.tuple(fc.nat(), groot), { nil: undefined, freq: 3 }),
    // Now and then all rows in a few onderdelen, so that onderdelen have several rows and their own dekking to share.
    dicht: fc.boolean(),
  })
  .map(({ opgave: o, dekking: d, gebiedLoos, controle, aan, groot, dicht }): [Invoer, Opties] => {
    if (dicht) {
      o = o.map((r) => ({ ...r, periode: 'tot 2030', gebied: GEBIEDEN[0] }));
      d = d.map((r, i) => ({
        ...r,
        periode: 'tot 2030',
        gebied: GEBIEDEN[0],
        onderdeel: o[i % o.length].onderdeel,
        pijler: o[i % o.length].pijler,
      }));
    }
    if (groot) o[groot[0] % o.length] = { ...o[groot[0] % o.length], opgave: new Dec(groot[1]), pm: undefined };
    // Three cases in four keep every dekking row's gebied (no dekking spread naar rato), so that the integer path runs.
    const rows = gebiedLoos ? d : d.filter((r) => r.gebied || !o.some((x) => x.onderdeel === r.onderdeel && x.gebied));
    const controles: ControleInvoer[] = controle
      ? [
          {
            blad: 'opgave',
            soort: 'totaal',
            label: 'Totaal',
            regels: o.map((_, i) => i).slice(controle[0] % o.length, (controle[0] % o.length) + 1 + (controle[1] % o.length)),
            bedragen: { opgave: new Dec(controle[2]) },
          },
        ]
      : [];
    const scenarios = aan.filter((s) => [...o, ...rows].some((r) => r.scenario === s));
    return [
      { opgave: o, dekking: rows, controles, perioden: [{ periode: 'na 2035', eersteJaar: 2036, laatsteJaar: 2041 }] },
      { scenarios },
    ];
  });

function run(i: Invoer, opties: Opties): Resultaat {
  const u = bereken(i, opties);
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.resultaat;
}

const VELDEN = ['rijksdeel', 'dekking', 'rijksdekking', 'restopgave', 'restRijksopgave', 'jaarlijkseRestopgave', 'overschot'] as const;

/** Every figure of both results, side by side: the written doubles bit for bit, the Decimals digit for digit. */
function expectSame(geheel: Resultaat, decimaal: Resultaat): void {
  for (const veld of VELDEN)
    expect(Array.from(geheel.regels.column(veld), (x, i) => Object.is(x, decimaal.regels.column(veld)[i]))).not.toContain(false);
  expect(
    Array.from(geheel.dekkingRegels.column('totaleDekking'), (x, i) => Object.is(x, decimaal.dekkingRegels.column('totaleDekking')[i])),
  ).not.toContain(false);
  const exact = (r: Resultaat) =>
    JSON.stringify([
      r.perioden,
      allRows(r.regels),
      allRows(r.dekkingRegels),
      r.controles,
      r.meldingen,
      r.sleutels,
      r.scenarios,
      r.nietMeegeteld,
    ]);
  expect(exact(geheel)).toBe(exact(decimaal));
}

describe('the exact integer path and decimal.js give the same figures', () => {
  it('on the seed: golden.json on both paths, and the integer path is the one that ran', () => {
    const geheel = run(seedInvoer(), {});
    const decimaal = run(seedInvoer(), { rekenpad: 'decimaal' });
    expect([geheel.rekenpad, decimaal.rekenpad]).toEqual(['geheel', 'decimaal']);
    expect(toJson(geheel).perioden).toEqual(golden.perioden);
    expect(toJson(decimaal).perioden).toEqual(golden.perioden);
    expectSame(geheel, decimaal);
  });

  it('a periode of a number of years no integer path holds (a cell of -1.8e306 as its first year) takes decimal.js, with the same figures', () => {
    const i: Invoer = {
      opgave: [opgave('lang', 'Sociaal-maatschappelijk', 'Onderwijs', 640), opgave('lang', 'Sociaal-maatschappelijk', 'Onderwijs', 585)],
      dekking: [dekking('lang', 'Sociaal-maatschappelijk', 'Onderwijs', '0.01', 20)],
      perioden: [{ periode: 'lang', eersteJaar: -1.797693134862316e306, laatsteJaar: 2035 }],
    };
    const geheel = run(i, {});
    const decimaal = run(i, { rekenpad: 'decimaal' });
    expect(geheel.rekenpad).toBe('decimaal');
    expectSame(geheel, decimaal);
    expect(geheel.regels.column('jaarlijkseRestopgave')[0]).toBeGreaterThan(0);
  });

  it('on random workbooks (gebieden, dekking naar rato, scenarios, PM, a third periode, control rows, large amounts): figure by figure', () => {
    const paths = { geheel: 0, decimaal: 0 };
    fc.assert(
      fc.property(invoer, ([i, opties]) => {
        const geheel = run(i, opties);
        const decimaal = run(i, { ...opties, rekenpad: 'decimaal' });
        paths[geheel.rekenpad]++;
        expect(decimaal.rekenpad).toBe('decimaal');
        expectSame(geheel, decimaal);
      }),
      { numRuns: runs(300) },
    );
    // The property proves something only where the integer path ran: most cases, and not all (the fallback is exercised too).
    const total = paths.geheel + paths.decimaal;
    expect(paths.geheel / total).toBeGreaterThan(0.4);
    expect(paths.decimaal).toBeGreaterThan(0);
  });
});
