import fc from 'fast-check';
import { bereken, Dec, type Invoer, type Resultaat } from '../../../src/engine';
import { dekking, opgave } from './build';

const PERIODEN = ['tot 2030', '2030 t/m 2035'];
const ONDERDELEN: [string, string][] = [
  ['Fysiek', 'Nieuwbouw'],
  ['Fysiek', 'Herstructurering corporatievoorraad'],
  ['Fysiek', 'Leefomgeving'],
  ['Sociaal-maatschappelijk', 'Onderwijs'],
  ['Sociaal-maatschappelijk', 'Veiligheid & Criminaliteit'],
];
/** Amounts with up to two decimals, 0 … 10^7. */
const bedrag = fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => new Dec(c).div(100).toString());

const opgaveRow = fc
  .tuple(
    fc.constantFrom(...PERIODEN),
    fc.constantFrom(...ONDERDELEN),
    bedrag,
    fc.option(fc.constantFrom('0.25', '0.5', '1'), { nil: undefined }),
  )
  .map(([p, [pijler, naam], b, key]) => opgave(p, pijler, naam, b, key ? { verdeelsleutel: new Dec(key) } : {}));
const dekkingRow = fc
  .tuple(fc.constantFrom(...PERIODEN), fc.constantFrom(...ONDERDELEN), fc.constantFrom('own', '', 'Programma-organisatie'), bedrag, bedrag)
  .map(([p, [pijler, naam], to, c, r]) => dekking(p, pijler, to === 'own' ? naam : to, c, r));
const invoer = fc.record({
  opgave: fc.array(opgaveRow, { minLength: 1, maxLength: 25 }),
  dekking: fc.array(dekkingRow, { maxLength: 15 }),
});

function run(i: Invoer): Resultaat {
  const u = bereken(i);
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.resultaat;
}

/** Every amount of a result, keyed by periode/pijler/onderdeel, so that order does not matter. */
function figures(r: Resultaat): Map<string, string> {
  const all = new Map<string, unknown>();
  const out = new Map<string, string>();
  for (const p of r.perioden) {
    for (const [k, v] of Object.entries(p.totaal)) all.set(`${p.periode}|totaal|${k}`, v);
    for (const pijler of p.pijlers) {
      for (const [k, v] of Object.entries(pijler))
        if (k !== 'onderdelen' && k !== 'pijler') all.set(`${p.periode}|${pijler.pijler}|${k}`, v);
      for (const o of pijler.onderdelen)
        for (const [k, v] of Object.entries(o)) if (k !== 'regels') all.set(`${p.periode}|${pijler.pijler}|${o.onderdeel}|${k}`, v);
    }
  }
  for (const [k, v] of all) if (v instanceof Dec) out.set(k, v.toString());
  return out;
}

describe('invariants of the model (fast-check)', () => {
  it('restopgave + dekking ≥ opgave per onderdeel, and likewise for the Rijk', () => {
    fc.assert(
      fc.property(invoer, (i) => {
        for (const p of run(i).perioden)
          for (const pijler of p.pijlers)
            for (const o of pijler.onderdelen) {
              expect(o.restopgave.plus(o.dekking).gte(o.opgave)).toBe(true);
              expect(o.restRijksopgave.plus(o.rijksdekking).gte(o.rijksdeel)).toBe(true);
            }
      }),
    );
  });

  it('per onderdeel ≥ saldering, for pijlers and totals', () => {
    fc.assert(
      fc.property(invoer, (i) => {
        for (const p of run(i).perioden)
          for (const c of [...p.pijlers, p.totaal]) {
            expect(c.restopgavePerOnderdeel.gte(c.restopgave)).toBe(true);
            expect(c.restRijksopgavePerOnderdeel.gte(c.restRijksopgave)).toBe(true);
          }
      }),
    );
  });

  it('the methods differ by exactly overschot + pillar-level dekking when saldering is not clamped', () => {
    fc.assert(
      fc.property(invoer, (i) => {
        for (const p of run(i).perioden)
          for (const c of p.pijlers) {
            if (c.dekking.lte(c.opgave))
              expect(c.restopgavePerOnderdeel.minus(c.restopgave).toString()).toBe(c.overschot.plus(c.pijlerDekking).toString());
            if (c.rijksdekking.lte(c.rijksdeel))
              expect(c.restRijksopgavePerOnderdeel.minus(c.restRijksopgave).toString()).toBe(
                c.rijksoverschot.plus(c.pijlerRijksdekking).toString(),
              );
          }
      }),
    );
  });

  it('the order of the rows does not matter', () => {
    fc.assert(
      fc.property(invoer, fc.integer(), (i, seed) => {
        const shuffle = <T>(xs: readonly T[]) =>
          [...xs]
            .map((x, n) => [((n + 1) * (seed | 1) * 2654435761) % 1000003, x] as const)
            .sort((a, b) => a[0] - b[0])
            .map((x) => x[1]);
        expect(figures(run({ opgave: shuffle(i.opgave), dekking: shuffle(i.dekking) }))).toEqual(figures(run(i)));
      }),
    );
  });

  it('scaling all amounts by k scales every result by k, exactly', () => {
    fc.assert(
      fc.property(invoer, fc.constantFrom('1000', '0.001', '7', '1000000000'), (i, k) => {
        const scaled = {
          opgave: i.opgave.map((r) => ({ ...r, opgave: r.opgave.times(k) })),
          dekking: i.dekking.map((r) => ({
            ...r,
            cofinanciering: r.cofinanciering.times(k),
            rijksfinanciering: r.rijksfinanciering.times(k),
          })),
        };
        const base = figures(run(i));
        const big = figures(run(scaled));
        for (const [key, v] of base) {
          const expected = new Dec(v).times(k);
          if (key.endsWith('|verdeelsleutel')) expect(big.get(key)).toBe(v);
          // A yearly figure is a division (by 6 years, say): exact to the engine's 34 digits.
          else if (/jaarlijks/i.test(key))
            expect(new Dec(big.get(key)!).minus(expected).abs().lte(expected.abs().times('1e-32'))).toBe(true);
          else expect(new Dec(big.get(key)!).eq(expected)).toBe(true);
        }
      }),
    );
  });
});
