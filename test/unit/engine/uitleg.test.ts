import Decimal from 'decimal.js';
import fc from 'fast-check';
import golden from '../../../src/voorbeeld/golden.json';
import {
  bereken,
  Dec,
  landelijk,
  overPerioden,
  perGebied,
  uitlegRegels,
  type Doel,
  type Herkomst,
  type Invoer,
  type Resultaat,
  type Uitleg,
} from '../../../src/engine';
import { at, dekking, opgave } from './build';
import { seedInvoer } from './seed';
import { parameters, runs } from '../../robustness/properties/runs';

/** Exact arithmetic for the checks, independent of the engine's own Decimal clone. */
const D = Decimal.clone({ precision: 60 });
type D = InstanceType<typeof D>;

/**
 * Evaluates an `ingevuld` text independently: Dutch numbers (`1.358,75`, `50%`), + − × /,
 * brackets and `max(0; …)`.
 */
function evalueer(tekst: string): D {
  let i = 0;
  const spaties = () => {
    while (tekst[i] === ' ') i++;
  };
  const verwacht = (teken: string) => {
    spaties();
    if (!tekst.startsWith(teken, i)) throw new Error(`'${teken}' verwacht op ${i} in ${tekst}`);
    i += teken.length;
  };
  const factor = (): D => {
    spaties();
    if (tekst.startsWith('max(0;', i)) {
      i += 6;
      const v = som();
      verwacht(')');
      return D.max(0, v);
    }
    if (tekst[i] === '(') {
      i++;
      const v = som();
      verwacht(')');
      return v;
    }
    const m = /^(\d[\d.]*(?:,\d+)?)(%?)/.exec(tekst.slice(i));
    if (!m) throw new Error(`getal verwacht op ${i} in ${tekst}`);
    i += m[0].length;
    const v = new D(m[1].replace(/\./g, '').replace(',', '.'));
    return m[2] ? v.div(100) : v;
  };
  const product = (): D => {
    let v = factor();
    for (spaties(); tekst[i] === '×' || tekst[i] === '/'; spaties()) v = tekst[i++] === '×' ? v.times(factor()) : v.div(factor());
    return v;
  };
  const som = (): D => {
    let v = product();
    for (spaties(); tekst[i] === '+' || tekst[i] === '−'; spaties()) v = tekst[i++] === '+' ? v.plus(product()) : v.minus(product());
    return v;
  };
  const v = som();
  if (i !== tekst.length) throw new Error(`rest '${tekst.slice(i)}' in ${tekst}`);
  return v;
}

/** The seed's rows as the example workbook lays them out: Opgave from row 3 (D = opgave), Dekking from row 2 (E, F). */
function seedMetCellen(): Invoer {
  const invoer = seedInvoer();
  return {
    opgave: invoer.opgave.map((r, i) => ({ ...r, herkomst: at('Opgave', i + 3, ['periode', 'pijler', 'onderdeel', 'opgave']) })),
    dekking: invoer.dekking.map((r, i) => ({
      ...r,
      herkomst: at('Dekking', i + 2, ['periode', 'pijler', 'bron', 'onderdeel', 'cofinanciering', 'rijksfinanciering']),
    })),
  };
}

function ok(invoer: Invoer, scenarios?: string[]) {
  const u = bereken(invoer, { scenarios });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u;
}

const REGEL = ['rijksdeel', 'dekking', 'rijksdekking', 'restopgave', 'restRijksopgave', 'jaarlijkseRestopgave', 'overschot'] as const;
const ONDERDEEL = [
  'opgave',
  'verdeelsleutel',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'overschot',
  'rijksoverschot',
  'jaarlijkseRestopgave',
] as const;
const CIJFERS = [
  'opgave',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'restopgavePerOnderdeel',
  'restRijksopgavePerOnderdeel',
  'overschot',
  'rijksoverschot',
  'pijlerDekking',
  'pijlerRijksdekking',
  'jaarlijkseRestopgave',
  'jaarlijkseRestRijksopgave',
] as const;
const CONTROLE = [...REGEL, 'opgave', 'cofinanciering', 'rijksfinanciering', 'totaleDekking'] as const;
const OVER_PERIODEN = ['restopgave', 'restRijksopgave', 'jaarlijkseRestopgave', 'jaarlijkseRestRijksopgave'] as const;
const GEBIED = [
  'opgave',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'overschot',
  'rijksoverschot',
  'jaarlijkseRestopgave',
  'jaarlijkseRestRijksopgave',
] as const;
const RAMING = ['opgave', 'rijksdeel'] as const;

/** The report tables' figures (issue 16), as the engine's summaries give them. */
function rapportDoelen(r: Resultaat): [Doel, Dec][] {
  const out: [Doel, Dec][] = [];
  const over = overPerioden(r.perioden);
  if (over) OVER_PERIODEN.forEach((veld) => out.push([{ soort: 'overPerioden', veld }, over[veld]]));
  for (const p of r.perioden) {
    const { periode } = p;
    for (const g of perGebied(p)) GEBIED.forEach((veld) => out.push([{ soort: 'gebied', periode, gebied: g.gebied, veld }, g[veld]]));
    for (const d of p.perRaming ?? []) RAMING.forEach((veld) => out.push([{ soort: 'raming', periode, raming: d.raming, veld }, d[veld]]));
    for (const x of p.pijlers) {
      const { pijler, perRaming } = x;
      for (const { totaal } of landelijk(x, p.jaren))
        ONDERDEEL.forEach((veld) => out.push([{ soort: 'landelijk', periode, pijler, onderdeel: totaal.onderdeel, veld }, totaal[veld]]));
      for (const g of perGebied(p, pijler))
        GEBIED.forEach((veld) => out.push([{ soort: 'gebied', periode, gebied: g.gebied, pijler, veld }, g[veld]]));
      for (const d of perRaming ?? [])
        RAMING.forEach((veld) => out.push([{ soort: 'raming', periode, raming: d.raming, pijler, veld }, d[veld]]));
    }
  }
  return out;
}

/** Every doel of a result, with the figure the result shows for it. */
function alleDoelen(invoer: Invoer, r: Resultaat): [Doel, Dec][] {
  const out: [Doel, Dec][] = [];
  invoer.opgave.forEach((_, index) => REGEL.forEach((veld) => out.push([{ soort: 'regel', index, veld }, r.regels.at(index)[veld]])));
  invoer.dekking.forEach((_, index) => out.push([{ soort: 'totaleDekking', index }, r.dekkingRegels.at(index).totaleDekking]));
  // A figure the result leaves undefined (null: no yearly figure over several perioden) has its own test.
  (invoer.controles ?? []).forEach((_, index) =>
    CONTROLE.forEach((veld) => {
      const figuur = r.controles[index][veld];
      if (figuur) out.push([{ soort: 'controle', index, veld }, figuur]);
    }),
  );
  for (const { periode, pijlers, totaal } of r.perioden) {
    CIJFERS.forEach((veld) => out.push([{ soort: 'totaal', periode, veld }, totaal[veld]]));
    for (const p of pijlers) {
      CIJFERS.forEach((veld) => out.push([{ soort: 'pijler', periode, pijler: p.pijler, veld }, p[veld]]));
      for (const o of p.onderdelen)
        ONDERDEEL.forEach((veld) =>
          out.push([{ soort: 'onderdeel', periode, pijler: p.pijler, onderdeel: o.onderdeel, gebied: o.gebied, veld }, o[veld]]),
        );
    }
  }
  return [...out, ...rapportDoelen(r)];
}

/**
 * The inputs are shown with at most 6 decimals (formatBedrag), so a filled-in formula gives its
 * figure exactly only when its inputs have no more; `exact` says they have not.
 */
const dichtbij = (a: D, b: Dec, exact: boolean) =>
  a
    .minus(b.toString())
    .abs()
    .lte(exact ? '1e-25' : D.max(1, b.abs().toString()).times('1e-5'));

/**
 * Its value is the result's figure, its filled-in formula gives that value, and each term's
 * parts add up to it. Each check fails through `expect` with the doel named; one that holds
 * calls no matcher (the random tests make tens of thousands of checks).
 */
function klopt(u: Uitleg | undefined, figuur: Dec, doel: Doel, exact = false): void {
  const waar = () => JSON.stringify(doel);
  if (!u) throw new Error(`geen uitleg voor ${waar()}`);
  if (u.waarde.toString() !== figuur.toString()) expect([waar(), u.waarde.toString()]).toEqual([waar(), figuur.toString()]);
  if (!dichtbij(evalueer(u.ingevuld), figuur, exact)) expect([waar(), u.ingevuld, false]).toEqual([waar(), u.ingevuld, true]);
  for (const t of u.termen) {
    if (!t.delen.length) continue;
    const som = t.delen.reduce(
      (acc, d) =>
        acc.plus(
          evalueer(
            [`(${d.bedragen.map(String).join(' + ').replace(/\./g, ',')})`, d.deel?.replace(/ \(.*$/, '')].filter(Boolean).join(' '),
          ),
        ),
      new D(0),
    );
    if (!dichtbij(som, t.waarde, exact)) expect([waar(), t.naam, false]).toEqual([waar(), t.naam, true]);
  }
}

describe('Uitleg: the issue 7 example', () => {
  it('Restopgave Nieuwbouw tot 2030 = max(0; 445 − 290) = 155, with the cells', () => {
    const u = ok(seedMetCellen()).uitleg({ soort: 'regel', index: 0, veld: 'restopgave' })!;
    expect(u).toMatchObject({
      onderwerp: 'Restopgave Nieuwbouw tot 2030',
      formule: 'max(0; opgave − dekking)',
      ingevuld: 'max(0; 445 − 290)',
      scenarios: [],
    });
    expect(u.waarde.toString()).toBe('155');
    expect(u.termen[0]).toMatchObject({ naam: 'opgave', delen: [], plekken: [{ blad: 'Opgave', cel: 'D3' }] });
    expect(u.termen[1].delen).toEqual([
      { label: 'Realisatiestimulans', bedragen: [new Dec(145), new Dec(145)], plekken: [{ blad: 'Dekking', cel: 'E4:F4' }] },
    ]);
    expect(uitlegRegels(u)).toEqual([
      'Restopgave Nieuwbouw tot 2030 = max(0; 445 − 290) = 155',
      'opgave = 445 (Opgave!D3)',
      'dekking = Realisatiestimulans 145 + 145 (Dekking!E4:F4)',
    ]);
  });

  it("names a place on a sheet whose name Excel quotes as Excel writes it: '2024'!D3, 'Dekking 2026'!E4:F4", () => {
    // Before, a sheet named 2024 was written bare (2024!D3), a reference Excel does not read.
    const invoer = seedMetCellen();
    const opnieuw =
      (blad: string) =>
      <R extends { herkomst?: Herkomst }>(r: R): R => ({ ...r, herkomst: { ...r.herkomst!, blad } });
    const u = ok({ opgave: invoer.opgave.map(opnieuw('2024')), dekking: invoer.dekking.map(opnieuw('Dekking 2026')) }).uitleg({
      soort: 'regel',
      index: 0,
      veld: 'restopgave',
    })!;
    expect(uitlegRegels(u).slice(1)).toEqual([
      "opgave = 445 ('2024'!D3)",
      "dekking = Realisatiestimulans 145 + 145 ('Dekking 2026'!E4:F4)",
    ]);
  });
});

describe('Uitleg: every doel of the seed example', () => {
  const invoer = seedMetCellen();
  const uitkomst = ok(invoer);
  const doelen = alleDoelen(invoer, uitkomst.resultaat);

  it('covers all rows × fields, all dekking rows, all onderdelen, pijlers and totals × fields, and the report tables’ figures', () => {
    // Tabel 1: 4 fields; each onderdeel over its gebieden (no gebieden here: one each) × 10;
    // the one gebied '' per periode and per pijler × 10; no Bron raming column.
    expect(doelen).toHaveLength(20 * 7 + 14 + 20 * 10 + 4 * 14 + 2 * 14 + 4 + 20 * 10 + (2 + 4) * 10);
  });

  it.each(doelen.map(([d, f]) => [JSON.stringify(d), d, f] as const))('%s: waarde is the figure, ingevuld gives it', (_, doel, figuur) => {
    klopt(uitkomst.uitleg(doel), figuur, doel, true);
  });

  it('gives the figures of golden.json for the onderdelen, pijlers and totals', () => {
    const verwacht: [Doel, number][] = [];
    const getallen = (doel: object, figuren: object) => {
      for (const [veld, waarde] of Object.entries(figuren))
        if (typeof waarde === 'number') verwacht.push([{ ...doel, veld } as Doel, waarde]);
    };
    for (const { periode, totaal, pijlers } of golden.perioden) {
      getallen({ soort: 'totaal', periode }, totaal);
      for (const { pijler, onderdelen, ...figuren } of pijlers) {
        getallen({ soort: 'pijler', periode, pijler }, figuren);
        for (const o of onderdelen) getallen({ soort: 'onderdeel', periode, pijler, onderdeel: o.onderdeel, gebied: '' }, o);
      }
    }
    expect(verwacht).toHaveLength(246);
    for (const [doel, waarde] of verwacht) expect([doel, uitkomst.uitleg(doel)!.waarde.toNumber()]).toEqual([doel, waarde]);
  });
});

describe('Uitleg of an Opgave row (seed)', () => {
  const uitleg = ok(seedMetCellen()).uitleg;
  const regel = (index: number, veld: (typeof REGEL)[number]) => uitlegRegels(uitleg({ soort: 'regel', index, veld })!);

  it('Rijksdeel: opgave × verdeelsleutel, the default key from MODEL.md', () => {
    expect(regel(0, 'rijksdeel')).toEqual([
      'Rijksdeel Nieuwbouw tot 2030 = 445 × 50% = 222,5',
      'opgave = 445 (Opgave!D3)',
      'verdeelsleutel = 50% (standaard (MODEL.md))',
    ]);
  });

  it('Rijksdekking uses only the Rijksfinanciering cell', () => {
    expect(regel(0, 'rijksdekking')).toEqual([
      'Rijksdekking Nieuwbouw tot 2030 = 145',
      'Rijksdekking = Realisatiestimulans 145 (Dekking!F4)',
    ]);
  });

  it('rest-Rijksopgave: max(0; Rijksdeel − Rijksdekking), the Rijksdeel with its formula', () => {
    expect(regel(0, 'restRijksopgave')).toEqual([
      'Rest-Rijksopgave Nieuwbouw tot 2030 = max(0; 222,5 − 145) = 77,5',
      'Rijksdeel = 222,5 (445 × 50%; Opgave!D3)',
      'Rijksdekking = Realisatiestimulans 145 (Dekking!F4)',
    ]);
  });

  it('jaarlijks: restopgave / jaren, the years from the periode', () => {
    const u = uitleg({ soort: 'regel', index: 0, veld: 'jaarlijkseRestopgave' })!;
    expect(u.termen[1]).toMatchObject({ naam: 'jaren', bron: 'tot 2030: 2026–2029' });
    expect(uitlegRegels(u)[0]).toBe('Jaarlijkse restopgave Nieuwbouw tot 2030 = 155 / 4 = 38,75');
    expect(regel(10, 'jaarlijkseRestopgave')[0]).toBe('Jaarlijkse restopgave Nieuwbouw 2030 t/m 2035 = 445 / 6 = 74,166667');
  });

  it('overschot: Bereikbaarheid en mobiliteit has 5 more dekking than opgave (seed Tabel 6)', () => {
    expect(regel(4, 'overschot')).toEqual([
      'Overschot Bereikbaarheid en mobiliteit tot 2030 = max(0; 135 − 130) = 5',
      'dekking = WoKT 2.0 45 + 90 (Dekking!E5:F5)',
      'opgave = 130 (Opgave!D7)',
    ]);
  });

  it('a row with no dekking: dekking = 0', () => {
    expect(regel(1, 'dekking')).toEqual(['Dekking Herstructurering corporatievoorraad tot 2030 = 0', 'dekking = 0']);
  });
});

describe('Uitleg of totale dekking, onderdelen, pijlers and totals (seed)', () => {
  const uitleg = ok(seedMetCellen()).uitleg;
  const regels = (doel: Doel) => uitlegRegels(uitleg(doel)!);
  const pijler = (periode: string, p: string, veld: (typeof CIJFERS)[number]) => regels({ soort: 'pijler', periode, pijler: p, veld });

  it('totale dekking of a Dekking row: cofinanciering + Rijksfinanciering', () => {
    expect(regels({ soort: 'totaleDekking', index: 2 })).toEqual([
      'Totale dekking Realisatiestimulans (Nieuwbouw) tot 2030 = 145 + 145 = 290',
      'cofinanciering = 145 (Dekking!E4)',
      'Rijksfinanciering = 145 (Dekking!F4)',
    ]);
    expect(regels({ soort: 'totaleDekking', index: 1 })[0]).toBe('Totale dekking Ambtelijke capaciteit (pijler) tot 2030 = 0 + 50 = 50');
  });

  it('an onderdeel by name, spelled as the analyst types it', () => {
    const doel: Doel = {
      soort: 'onderdeel',
      periode: 'Tot  2030',
      pijler: 'fysieke pijler',
      onderdeel: 'bereikbaarheid',
      gebied: '',
      veld: 'verdeelsleutel',
    };
    expect(regels(doel)).toEqual([
      'Verdeelsleutel Bereikbaarheid en mobiliteit tot 2030 = 65%',
      'verdeelsleutel = 65% (standaard (MODEL.md))',
    ]);
    expect(regels({ ...doel, veld: 'rijksoverschot' })[0]).toBe(
      'Rijksoverschot Bereikbaarheid en mobiliteit tot 2030 = max(0; 90 − 84,5) = 5,5',
    );
  });

  it('pijler: saldering on the sums, with the onderdelen and all dekking rows as parts (Tabel 6: 3.050 − 675)', () => {
    const lines = pijler('tot 2030', 'Fysiek', 'restopgave');
    expect(lines[0]).toBe('Restopgave Fysiek tot 2030 = max(0; 3.050 − 675) = 2.375');
    expect(lines[1]).toBe(
      'opgave = Nieuwbouw 445 (Opgave!D3) + Herstructurering corporatievoorraad 1.735 (Opgave!D4) + Herstructurering particuliere voorraad 475 (Opgave!D5) + Leefomgeving 265 (Opgave!D6) + Bereikbaarheid en mobiliteit 130 (Opgave!D7) = 3.050',
    );
    expect(lines[2]).toMatch(
      /^dekking = ORV-regeling \(Leefomgeving\) 0 \+ 180 \(Dekking!E2:F2\) \+ Ambtelijke capaciteit \(pijler\) 0 \+ 50 .* = 675$/,
    );
  });

  it('pijler per onderdeel: Σ max(0; opgave − dekking), each onderdeel with its formula (NB Tabel 6: 2.450)', () => {
    expect(pijler('tot 2030', 'Fysiek', 'restopgavePerOnderdeel')).toEqual([
      'Restopgave per onderdeel Fysiek tot 2030 = 155 + 1.735 + 475 + 85 + 0 = 2.450',
      'restopgave per onderdeel = Nieuwbouw 155 (max(0; 445 − 290)) + Herstructurering corporatievoorraad 1.735 (max(0; 1.735 − 0)) + ' +
        'Herstructurering particuliere voorraad 475 (max(0; 475 − 0)) + Leefomgeving 85 (max(0; 265 − 180)) + Bereikbaarheid en mobiliteit 0 (max(0; 130 − 135)) = 2.450',
    ]);
    expect(pijler('tot 2030', 'Fysiek', 'overschot')[0]).toBe('Overschot Fysiek tot 2030 = 0 + 0 + 0 + 0 + 5 = 5');
  });

  it('pijler-level dekking: the rows counted in no onderdeel (Governance 70; social 5)', () => {
    expect(pijler('tot 2030', 'Fysiek', 'pijlerDekking')[0]).toBe('Dekking op pijlerniveau Fysiek tot 2030 = 0 + 50 + 0 + 20 = 70');
    expect(pijler('tot 2030', 'Sociaal-maatschappelijk', 'pijlerRijksdekking')).toEqual([
      'Rijksdekking op pijlerniveau Sociaal-maatschappelijk tot 2030 = 5',
      "Rijksdekking op pijlerniveau = Rijksprogramma's, niet aan een thema toegerekend (pijler) 5 (Dekking!F12)",
    ]);
  });

  it('totaal: sums over the pijlers, both methods and per jaar (Tabel 1: 4.350, 1.415, 2.935, 733,75)', () => {
    const totaal = (veld: (typeof CIJFERS)[number]) => regels({ soort: 'totaal', periode: 'tot 2030', veld });
    expect(totaal('opgave')).toEqual([
      'Opgave totaal tot 2030 = 3.050 + 1.300 = 4.350',
      'opgave = Fysiek 3.050 + Sociaal-maatschappelijk 1.300 = 4.350',
    ]);
    expect(totaal('restopgave')[0]).toBe('Restopgave totaal tot 2030 = max(0; 4.350 − 1.415) = 2.935');
    expect(totaal('jaarlijkseRestopgave')).toEqual([
      'Jaarlijkse restopgave totaal tot 2030 = 2.935 / 4 = 733,75',
      'restopgave = 2.935 (max(0; 4.350 − 1.415))',
      'jaren = 4 (tot 2030: 2026–2029)',
    ]);
    expect(totaal('jaarlijkseRestRijksopgave')[0]).toBe('Jaarlijkse rest-Rijksopgave totaal tot 2030 = 1.108,75 / 4 = 277,1875');
    expect(totaal('restopgavePerOnderdeel')[0]).toBe('Restopgave per onderdeel totaal tot 2030 = 2.450 + 565 = 3.015');
  });

  it('undefined for what does not exist', () => {
    for (const doel of [
      { soort: 'regel', index: 20, veld: 'restopgave' },
      { soort: 'regel', index: -1, veld: 'restopgave' },
      { soort: 'regel', index: 0, veld: 'onbekend' },
      { soort: 'totaleDekking', index: 14 },
      { soort: 'controle', index: 0, veld: 'opgave' },
      { soort: 'onderdeel', periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Onderwijs', gebied: '', veld: 'opgave' },
      { soort: 'onderdeel', periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', gebied: 'Rotterdam', veld: 'opgave' },
      { soort: 'pijler', periode: 'tot 2031', pijler: 'Fysiek', veld: 'opgave' },
      { soort: 'pijler', periode: 'tot 2030', pijler: 'Fysiek', veld: 'toString' },
      { soort: 'totaal', periode: 'later', veld: 'opgave' },
    ] as Doel[])
      expect([doel, uitleg(doel)]).toEqual([doel, undefined]);
  });
});

describe('Uitleg: where the verdeelsleutel comes from', () => {
  const sleutel = (invoer: Invoer, index = 0) => ok(invoer).uitleg({ soort: 'regel', index, veld: 'rijksdeel' })!.termen[1];
  const fysiek = (naam: string, extra = {}) => opgave('tot 2030', 'Fysiek', naam, 100, extra);

  it("the row's own Verdeelsleutel cell", () => {
    const row = fysiek('Nieuwbouw', {
      verdeelsleutel: new Dec('0.4'),
      herkomst: at('Opgave', 5, ['periode', 'pijler', 'onderdeel', 'gebied', 'opgave', 'verdeelsleutel']),
    });
    expect(sleutel({ opgave: [row], dekking: [] })).toMatchObject({
      naam: 'verdeelsleutel',
      procent: true,
      plekken: [{ blad: 'Opgave', cel: 'F5' }],
    });
  });

  it("a Verdeelsleutels row for the onderdeel, else the pijler's '*' row; a default key beats a '*' row", () => {
    const verdeelsleutels = [
      {
        pijler: 'Fysiek',
        onderdeel: 'Nieuwbouw',
        rijksaandeel: new Dec('0.6'),
        herkomst: at('Verdeelsleutels', 2, ['pijler', 'onderdeel', 'rijksaandeel']),
      },
      {
        pijler: 'fysiek',
        onderdeel: '*',
        rijksaandeel: new Dec('0.2'),
        herkomst: at('Verdeelsleutels', 3, ['pijler', 'onderdeel', 'rijksaandeel']),
      },
    ];
    const invoer = { opgave: [fysiek('Nieuwbouw'), fysiek('Sloop'), fysiek('Leefomgeving')], dekking: [], verdeelsleutels };
    expect(sleutel(invoer, 0)).toMatchObject({ waarde: new Dec('0.6'), plekken: [{ blad: 'Verdeelsleutels', cel: 'C2' }] });
    expect(sleutel(invoer, 1)).toMatchObject({ waarde: new Dec('0.2'), plekken: [{ blad: 'Verdeelsleutels', cel: 'C3' }] });
    expect(sleutel(invoer, 2)).toMatchObject({ waarde: new Dec('0.75'), plekken: [], bron: 'standaard (MODEL.md)' });
  });

  it('a Perioden sheet row gives the cells of the years', () => {
    const perioden = [
      { periode: 'kort', eersteJaar: 2026, laatsteJaar: 2027, herkomst: at('Perioden', 4, ['periode', 'eersteJaar', 'laatsteJaar']) },
    ];
    const u = ok({ opgave: [opgave('kort', 'Fysiek', 'Nieuwbouw', 100)], dekking: [], perioden }).uitleg({
      soort: 'regel',
      index: 0,
      veld: 'jaarlijkseRestopgave',
    })!;
    expect(uitlegRegels(u)).toEqual([
      'Jaarlijkse restopgave Nieuwbouw kort = 100 / 2 = 50',
      'restopgave = 100 (max(0; 100 − 0))',
      'jaren = 2 (kort: 2026–2027; Perioden!B4:C4)',
    ]);
  });
});

describe('Uitleg: onderdelen with several rows, and dekking pro rata over gebieden', () => {
  const h = (rij: number) => at('Opgave', rij, ['periode', 'pijler', 'onderdeel', 'gebied', 'opgave', 'verdeelsleutel']);
  const invoer: Invoer = {
    opgave: [
      opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 300, { herkomst: h(2) }),
      opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 145, { verdeelsleutel: new Dec('0.2'), herkomst: h(3) }),
    ],
    dekking: [dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 145, 145, { bron: 'Realisatiestimulans' })],
  };
  const uitleg = ok(invoer).uitleg;

  it("a row's dekking is its share by opgave: dekking onderdeel × opgave regel / opgave onderdeel", () => {
    const u = uitleg({ soort: 'regel', index: 0, veld: 'dekking' })!;
    expect(u).toMatchObject({
      onderwerp: 'Dekking Nieuwbouw tot 2030 (regel 1 van 2)',
      formule: 'dekking onderdeel × opgave regel / opgave onderdeel',
      ingevuld: '290 × 300 / 445',
    });
    expect(u.termen.map((t) => t.naam)).toEqual(['dekking onderdeel', 'opgave regel', 'opgave onderdeel']);
    expect(u.termen[2].delen.map((d) => [d.label, d.bedragen.map(Number), d.plekken[0].cel])).toEqual([
      ['Nieuwbouw', [300], 'E2'],
      ['Nieuwbouw', [145], 'E3'],
    ]);
    expect(evalueer(u.ingevuld).toDecimalPlaces(20).toString()).toBe(new D(290).times(300).div(445).toDecimalPlaces(20).toString());
  });

  it("a row's Rijksdekking is its share by Rijksdeel; restopgave uses the row's share", () => {
    const u = uitleg({ soort: 'regel', index: 1, veld: 'rijksdekking' })!;
    // Rijksdeel: 300 × 50% = 150 and 145 × 20% = 29, together 179.
    expect(u.ingevuld).toBe('145 × 29 / 179');
    expect(uitlegRegels(uitleg({ soort: 'regel', index: 1, veld: 'restopgave' })!)[1]).toBe('opgave = 145 (Opgave!E3)');
  });

  it("with keys that differ, the onderdeel's key is Rijksdeel / opgave", () => {
    const u = uitleg({
      soort: 'onderdeel',
      periode: 'tot 2030',
      pijler: 'Fysiek',
      onderdeel: 'Nieuwbouw',
      gebied: '',
      veld: 'verdeelsleutel',
    })!;
    expect(uitlegRegels(u)[0]).toBe('Verdeelsleutel Nieuwbouw tot 2030 = 179 / 445 = 40,224719%');
    expect(
      uitlegRegels(
        uitleg({ soort: 'onderdeel', periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', gebied: '', veld: 'rijksdeel' })!,
      ),
    ).toEqual([
      'Rijksdeel Nieuwbouw tot 2030 = 150 + 29 = 179',
      'Rijksdeel = Nieuwbouw 150 (300 × 50%; Opgave!E2) + Nieuwbouw 29 (145 × 20%; Opgave!E3; Opgave!F3) = 179',
    ]);
  });

  it('an onderdeel without opgave: the first row gets all dekking, the mean of the keys', () => {
    const leeg = ok({
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 0),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 0, { verdeelsleutel: new Dec('0.3') }),
      ],
      dekking: invoer.dekking,
    }).uitleg;
    expect(leeg({ soort: 'regel', index: 0, veld: 'dekking' })).toMatchObject({
      formule: 'dekking onderdeel (opgave onderdeel is 0: de eerste regel van het onderdeel krijgt alles)',
      ingevuld: '290',
    });
    expect(leeg({ soort: 'regel', index: 1, veld: 'dekking' })).toMatchObject({ ingevuld: '0', termen: [] });
    expect(
      leeg({ soort: 'onderdeel', periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', gebied: '', veld: 'verdeelsleutel' }),
    ).toMatchObject({ ingevuld: '80% / 2' });
  });

  it('dekking without gebied for an onderdeel kept per gebied: the share in `deel`', () => {
    const perGebied = ok({
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 300, { gebied: 'Rotterdam-Zuid' }),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100, { gebied: 'Den Haag' }),
      ],
      dekking: [
        dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 40, 40, {
          bron: 'Wbi',
          herkomst: at('Dekking', 2, ['periode', 'pijler', 'bron', 'onderdeel', 'gebied', 'cofinanciering', 'rijksfinanciering']),
        }),
      ],
    }).uitleg;
    const u = perGebied({
      soort: 'onderdeel',
      periode: 'tot 2030',
      pijler: 'Fysiek',
      onderdeel: 'Nieuwbouw',
      gebied: 'Rotterdam-Zuid',
      veld: 'dekking',
    })!;
    expect(u.termen[0].delen[0].deel).toBe('× 300/400 (naar rato van de opgave per gebied: Rotterdam-Zuid)');
    expect(uitlegRegels(u)).toEqual([
      'Dekking Nieuwbouw (Rotterdam-Zuid) tot 2030 = (40 + 40) × 300/400 = 60',
      'dekking = Wbi (40 + 40) × 300/400 (naar rato van de opgave per gebied: Rotterdam-Zuid) (Dekking!F2:G2)',
    ]);
    expect(perGebied({ soort: 'regel', index: 1, veld: 'rijksdekking' })!.ingevuld).toBe('40 × 100/400');
  });
});

describe('Uitleg: scenarios and control rows', () => {
  const invoer: Invoer = {
    opgave: [
      opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445, { herkomst: at('Opgave', 3, ['periode', 'pijler', 'onderdeel', 'opgave']) }),
      opgave('2030 t/m 2035', 'Fysiek', 'Funderingsherstel', 1000, {
        scenario: 'Funderingsherstel',
        verdeelsleutel: new Dec(0),
        pm: ['verdeelsleutel'],
      }),
    ],
    dekking: [dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 0, 43, { bron: 'Wbi pro rata', scenario: 'Wbi' })],
    controles: [{ blad: 'opgave', soort: 'totaal', label: 'Totale opgave', regels: [0, 1], bedragen: { opgave: new Dec(445) } }],
  };

  it('a row of a scenario that is off: waarde 0 and why, as documented', () => {
    const u = ok(invoer).uitleg({ soort: 'regel', index: 1, veld: 'restopgave' })!;
    expect(u).toMatchObject({
      formule: 'telt niet mee: scenario Funderingsherstel staat uit',
      ingevuld: '0',
      termen: [],
      nietMeegeteld: { scenario: 'Funderingsherstel' },
    });
    expect(uitlegRegels(u)).toEqual([
      'Restopgave Funderingsherstel 2030 t/m 2035 = 0 (telt niet mee: scenario Funderingsherstel staat uit)',
    ]);
    expect(uitlegRegels(ok(invoer).uitleg({ soort: 'totaleDekking', index: 0 })!)[0]).toBe(
      'Totale dekking Wbi pro rata (Nieuwbouw) tot 2030 = 0 (telt niet mee: scenario Wbi staat uit)',
    );
  });

  it('with the scenario on, the row counts and the Uitleg names the scenarios', () => {
    const u = ok(invoer, ['wbi']).uitleg({ soort: 'regel', index: 0, veld: 'restRijksopgave' })!;
    expect(uitlegRegels(u)).toEqual([
      'Rest-Rijksopgave Nieuwbouw tot 2030 = max(0; 222,5 − 43) = 179,5',
      'Rijksdeel = 222,5 (445 × 50%; Opgave!D3)',
      'Rijksdekking = Wbi pro rata 43',
      "scenario's aan: Wbi",
    ]);
  });

  it('a control row adds only the rows that count, and says so', () => {
    const u = ok(invoer).uitleg({ soort: 'controle', index: 0, veld: 'opgave' })!;
    expect(uitlegRegels(u)).toEqual([
      "Opgave controlerij 'Totale opgave' = 445",
      'opgave = Nieuwbouw 445 (Opgave!D3) (1 regel van het blok telt niet mee: scenario uit)',
    ]);
    const aan = ok(invoer, ['Funderingsherstel']).uitleg({ soort: 'controle', index: 0, veld: 'rijksdeel' })!;
    expect(aan.ingevuld).toBe('222,5 + 0');
    expect(aan.termen[0].delen[0].plekken).toEqual([{ blad: 'Opgave', cel: '3:3' }]);
  });

  it('every doel, with and without the scenarios, explains exactly its figure', () => {
    for (const scenarios of [[], ['Wbi'], ['Wbi', 'Funderingsherstel']]) {
      const u = ok(invoer, scenarios);
      for (const [doel, figuur] of alleDoelen(invoer, u.resultaat)) klopt(u.uitleg(doel), figuur, doel);
    }
  });
});

describe('uitlegRegels: long sums stay readable', () => {
  it('shows the first 10 parts and how many more', () => {
    const rows = Array.from({ length: 200 }, (_, i) => dekking('tot 2030', 'Fysiek', '', 0, 1, { bron: `Bron ${i + 1}` }));
    const u = ok({ opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445)], dekking: rows }).uitleg({
      soort: 'pijler',
      periode: 'tot 2030',
      pijler: 'Fysiek',
      veld: 'pijlerDekking',
    })!;
    const [eerste, term] = uitlegRegels(u);
    expect(eerste).toBe(`Dekking op pijlerniveau Fysiek tot 2030 = ${'0 + 1 + '.repeat(5)}… en 390 meer = 200`);
    expect(term).toMatch(/^dekking op pijlerniveau = Bron 1 \(pijler\) 0 \+ 1 \+ .* \+ Bron 10 \(pijler\) 0 \+ 1 \+ … en 190 meer = 200$/);
  });

  it('cells next to each other are one range, others two; sheet names with spaces are quoted', () => {
    const herkomst = { blad: 'Dekking 2026', rij: 4, cellen: { cofinanciering: 'E4', rijksfinanciering: 'G4' } };
    const u = ok({ opgave: [], dekking: [dekking('tot 2030', 'Fysiek', '', 1, 2, { herkomst })] }).uitleg({
      soort: 'totaleDekking',
      index: 0,
    })!;
    expect(uitlegRegels(u).slice(1)).toEqual(["cofinanciering = 1 ('Dekking 2026'!E4)", "Rijksfinanciering = 2 ('Dekking 2026'!G4)"]);
    expect(
      ok({ opgave: [], dekking: [dekking('tot 2030', 'Fysiek', '', 1, 2, { herkomst })] }).uitleg({
        soort: 'pijler',
        periode: 'tot 2030',
        pijler: 'Fysiek',
        veld: 'dekking',
      })!.termen[0].delen[0].plekken,
    ).toHaveLength(2);
  });
});

describe('Uitleg: properties (fast-check)', () => {
  const PERIODEN = ['tot 2030', '2030 t/m 2035'];
  const ONDERDELEN: [string, string][] = [
    ['Fysiek', 'Nieuwbouw'],
    ['Fysiek', 'Leefomgeving'],
    ['Sociaal-maatschappelijk', 'Onderwijs'],
  ];
  const bedrag = fc.integer({ min: 0, max: 100_000 }).map((c) => new Dec(c).div(100).toString());
  const gebied = fc.constantFrom('', '', 'Rotterdam-Zuid', 'Den Haag');
  const scenario = fc.constantFrom(undefined, undefined, 'A', 'B');
  const raming = fc.constantFrom(undefined, undefined, '', 'Synthese 2024', 'synthese  2024', 'Add-on');
  const opgaveRow = fc
    .tuple(
      fc.constantFrom(...PERIODEN),
      fc.constantFrom(...ONDERDELEN),
      bedrag,
      fc.option(fc.constantFrom('0', '0.25', '0.5'), { nil: undefined }),
      gebied,
      scenario,
      raming,
    )
    .map(([p, [pijler, naam], b, key, g, s, r]) =>
      opgave(p, pijler, naam, b, { gebied: g, scenario: s, bronRaming: r, ...(key && { verdeelsleutel: new Dec(key) }) }),
    );
  const dekkingRow = fc
    .tuple(
      fc.constantFrom(...PERIODEN),
      fc.constantFrom(...ONDERDELEN),
      fc.constantFrom('own', '', 'Capaciteit'),
      bedrag,
      bedrag,
      gebied,
      scenario,
    )
    .map(([p, [pijler, naam], to, c, r, g, s]) =>
      dekking(p, pijler, to === 'own' ? naam : to, c, r, { gebied: to === 'own' ? g : '', scenario: s }),
    );
  const invoer = fc.record({
    opgave: fc.array(opgaveRow, { minLength: 1, maxLength: 12 }),
    dekking: fc.array(dekkingRow, { maxLength: 10 }),
  });

  it('for random input and scenarios, every doel explains exactly its figure', () => {
    fc.assert(
      fc.property(invoer, fc.subarray(['A', 'B']), (i, aan) => {
        const named = new Set([...i.opgave, ...i.dekking].map((r) => r.scenario).filter(Boolean));
        const u = ok(
          i,
          aan.filter((s) => named.has(s)),
        );
        for (const [doel, figuur] of alleDoelen(i, u.resultaat)) klopt(u.uitleg(doel), figuur, doel);
      }),
      parameters(runs(150)),
    );
  });
});
