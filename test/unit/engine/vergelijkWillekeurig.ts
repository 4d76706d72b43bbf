import fc from 'fast-check';
import { Dec, type DekkingInvoer, type Invoer, type OpgaveInvoer, type SleutelInvoer, type Versiestand } from '../../../src/engine';
import { dekking, opgave } from './build';

/**
 * Random pairs of versions for the properties of a comparison (issue 17): a version A, and B
 * made from A by random edits of each kind the comparison splits the difference into.
 */

const PERIODEN = ['tot 2030', '2030 t/m 2035'];
const ONDERDELEN: [string, string][] = [
  ['Fysiek', 'Nieuwbouw'],
  ['Fysiek', 'Herstructurering corporatievoorraad'],
  ['Fysiek', 'Funderingsherstel'],
  ['Sociaal-maatschappelijk', 'Onderwijs'],
  ['Sociaal-maatschappelijk', 'Veiligheid & Criminaliteit'],
];
const GEBIEDEN = ['', '', 'Rotterdam-Zuid', 'Den Haag Zuidwest'];
const SCENARIOS = ['', '', '', 'Wbi', 'AZWA'];
const BRONNEN = ['ORV', 'WoKT', 'Rijksprogramma'];
export const SCENARIO_NAMEN = ['Wbi', 'AZWA'];

/** Amounts with up to two decimals, 0 … 10^5: small enough that dekking often exceeds an opgave (the max(0; …) at work). */
const bedrag = fc.integer({ min: 0, max: 10_000_000 }).map((c) => new Dec(c).div(100));
const sleutel = fc.integer({ min: 0, max: 100 }).map((p) => new Dec(p).div(100));

const opgaveRij = fc
  .record({
    p: fc.constantFrom(...PERIODEN),
    o: fc.constantFrom(...ONDERDELEN),
    g: fc.constantFrom(...GEBIEDEN),
    s: fc.constantFrom(...SCENARIOS),
    b: bedrag,
    k: fc.option(sleutel, { nil: undefined }),
  })
  .map(({ p, o: [pijler, naam], g, s, b, k }) =>
    opgave(p, pijler, naam, b.toString(), { gebied: g, ...(s && { scenario: s }), ...(k && { verdeelsleutel: k }) }),
  );

const dekkingRij = (bronnen: readonly string[]) =>
  fc
    .record({
      p: fc.constantFrom(...PERIODEN),
      o: fc.constantFrom(...ONDERDELEN),
      naar: fc.constantFrom('eigen', 'eigen', '', 'Programma-organisatie'),
      g: fc.constantFrom(...GEBIEDEN),
      s: fc.constantFrom(...SCENARIOS),
      bron: fc.constantFrom(...bronnen),
      c: bedrag,
      r: bedrag,
    })
    .map(({ p, o: [pijler, naam], naar, g, s, bron, c, r }) =>
      dekking(p, pijler, naar === 'eigen' ? naam : naar, c.toString(), r.toString(), {
        bron,
        gebied: naar === 'eigen' ? g : '',
        ...(s && { scenario: s }),
      }),
    );

/** Funderingsherstel has no default key: the Verdeelsleutels table always gives one. */
const sleutels = fc
  .tuple(sleutel, fc.option(sleutel, { nil: undefined }))
  .map(([f, n]): SleutelInvoer[] => [
    { pijler: 'Fysiek', onderdeel: 'Funderingsherstel', rijksaandeel: f },
    ...(n ? [{ pijler: 'Fysiek', onderdeel: 'Nieuwbouw', rijksaandeel: n }] : []),
  ]);

const scenariosVan = (i: Invoer, aan: readonly string[]) => aan.filter((s) => [...i.opgave, ...i.dekking].some((r) => r.scenario === s));

export const versie: fc.Arbitrary<Versiestand> = fc
  .record({
    opgave: fc.array(opgaveRij, { minLength: 1, maxLength: 14 }),
    dekking: fc.array(dekkingRij(BRONNEN), { maxLength: 10 }),
    verdeelsleutels: sleutels,
    aan: fc.subarray(SCENARIO_NAMEN),
  })
  .map(({ aan, ...invoer }) => ({ invoer, scenarios: scenariosVan(invoer, aan) }));

export type Soort = 'opgave' | 'dekking' | 'dekkingRij' | 'sleutel' | 'rijSleutel' | 'opgaveRij' | 'scenario' | 'spelling';
export const SOORTEN: Soort[] = ['opgave', 'dekking', 'dekkingRij', 'sleutel', 'rijSleutel', 'opgaveRij', 'scenario', 'spelling'];

export interface Bewerking {
  soort: Soort;
  plek: number;
  weg: boolean;
  bedrag: Dec;
  sleutel: Dec;
  opgaveRij: OpgaveInvoer;
  dekkingRij: DekkingInvoer;
}

export const bewerking = (soorten: readonly Soort[] = SOORTEN): fc.Arbitrary<Bewerking> =>
  fc.record({
    soort: fc.constantFrom(...soorten),
    plek: fc.nat(),
    weg: fc.boolean(),
    bedrag,
    sleutel,
    opgaveRij,
    dekkingRij: dekkingRij([...BRONNEN, 'Nieuwe bron']),
  });

const vervang = <T>(rijen: readonly T[], i: number, f: (r: T) => T | undefined): T[] =>
  rijen.flatMap((r, j) => (j === i % rijen.length ? (f(r) ?? []) : [r]));

/** B: A with one edit. Edits keep B computable (a physical onderdeel keeps a key; scenarios on name rows). */
export function bewerk(a: Versiestand, b: Bewerking): Versiestand {
  const i = a.invoer;
  const { plek, weg } = b;
  const nieuw = (invoer: Invoer, scenarios = a.scenarios): Versiestand => ({ invoer, scenarios: scenariosVan(invoer, scenarios) });
  switch (b.soort) {
    case 'opgave':
      return nieuw({ ...i, opgave: vervang(i.opgave, plek, (r) => ({ ...r, opgave: b.bedrag })) });
    case 'dekking':
      if (i.dekking.length === 0) return a;
      return nieuw({
        ...i,
        dekking: vervang(i.dekking, plek, (r) => (weg ? { ...r, cofinanciering: b.bedrag } : { ...r, rijksfinanciering: b.bedrag })),
      });
    case 'dekkingRij':
      if (weg && i.dekking.length > 0) return nieuw({ ...i, dekking: vervang(i.dekking, plek, () => undefined) });
      return nieuw({
        ...i,
        dekking: [...i.dekking.slice(0, plek % (i.dekking.length + 1)), b.dekkingRij, ...i.dekking.slice(plek % (i.dekking.length + 1))],
      });
    case 'sleutel':
      return nieuw({ ...i, verdeelsleutels: vervang(i.verdeelsleutels ?? [], plek, (s) => ({ ...s, rijksaandeel: b.sleutel })) });
    case 'rijSleutel':
      return nieuw({
        ...i,
        opgave: vervang(i.opgave, plek, ({ verdeelsleutel: _k, ...r }) => (weg ? r : { ...r, verdeelsleutel: b.sleutel })),
      });
    case 'opgaveRij':
      if (weg && i.opgave.length > 1) return nieuw({ ...i, opgave: vervang(i.opgave, plek, () => undefined) });
      return nieuw({ ...i, opgave: [...i.opgave, b.opgaveRij] });
    case 'scenario': {
      const naam = SCENARIO_NAMEN[plek % SCENARIO_NAMEN.length];
      return nieuw(i, a.scenarios.includes(naam) ? a.scenarios.filter((s) => s !== naam) : [...a.scenarios, naam]);
    }
    case 'spelling':
      return nieuw({
        ...i,
        opgave: vervang(i.opgave, plek, (r) => ({
          ...r,
          onderdeel: `  ${r.onderdeel.toUpperCase()} `,
          pijler: r.pijler === 'Fysiek' ? 'fysieke pijler' : r.pijler,
        })),
      });
  }
}

export const paar = (soorten?: readonly Soort[]) =>
  fc
    .tuple(versie, fc.array(bewerking(soorten), { minLength: 1, maxLength: 4 }))
    .map(([a, bewerkingen]) => ({ a, b: bewerkingen.reduce(bewerk, a), bewerkingen }));
