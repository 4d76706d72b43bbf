import fc from 'fast-check';
import { bereken, Dec, toJson, uitlegRegels, type DekkingInvoer, type Invoer, type OpgaveInvoer, type Opties } from '../../../src/engine';
import { at, dekking, opgave } from './build';
import { seedInvoer, voorbeeld } from './seed';

function ok(invoer: Invoer, opties: Opties = {}) {
  const u = bereken(invoer, opties);
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.resultaat;
}

/**
 * The figures per periode, pijler and onderdeel, by name (the rows' own columns differ in
 * number, and scenario rows may come first).
 */
function cijfers(invoer: Invoer, opties: Opties = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { periode, jaren, pijlers, totaal } of toJson(ok(invoer, opties)).perioden) {
    out[`${periode}`] = { jaren, ...totaal };
    for (const { pijler, onderdelen, ...rest } of pijlers) {
      out[`${periode}|${pijler}`] = rest;
      for (const o of onderdelen) out[`${periode}|${pijler}|${o.onderdeel}|${o.gebied}`] = o;
    }
  }
  return out;
}

/** A row of a scenario made a plain row. */
const gewoon = <R extends OpgaveInvoer | DekkingInvoer>({ scenario: _weg, ...row }: R) => row as R;

/** The report's three what-if items (seed 002) as scenario rows beside the seed's base rows. */
function metScenarios(): { basis: Invoer; invoer: Invoer; rijen: Record<string, { opgave: OpgaveInvoer[]; dekking: DekkingInvoer[] }> } {
  const basis = seedInvoer();
  const rijen = {
    Funderingsherstel: {
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Funderingsherstel', 500, {
          scenario: 'Funderingsherstel',
          verdeelsleutel: new Dec(0),
          pm: ['verdeelsleutel'],
        }),
        opgave('2030 t/m 2035', 'Fysiek', 'Funderingsherstel', 750, {
          scenario: 'Funderingsherstel',
          verdeelsleutel: new Dec(0),
          pm: ['verdeelsleutel'],
        }),
      ],
      dekking: [],
    },
    'Wbi pro rata': {
      opgave: [],
      dekking: [dekking('2030 t/m 2035', 'Fysiek', 'Nieuwbouw', 0, 43, { bron: 'Wbi', scenario: 'Wbi pro rata' })],
    },
    AZWA: {
      opgave: [],
      dekking: [
        dekking('tot 2030', 'Sociaal-maatschappelijk', 'Gezondheid & Zorg, Opvoeding, Hulpverlening en Participatie', 0, 61, {
          bron: 'AZWA',
          scenario: 'AZWA',
        }),
      ],
    },
  };
  const alle = Object.values(rijen);
  // Scenario rows between the base rows, so that indices of the base rows shift.
  const invoer = {
    opgave: [...alle[0].opgave.slice(0, 1), ...basis.opgave, ...alle[0].opgave.slice(1)],
    dekking: [...alle[2].dekking, ...basis.dekking, ...alle[1].dekking],
  };
  return { basis, invoer, rijen };
}

describe('scenarios: the arithmetic', () => {
  const { basis, invoer, rijen } = metScenarios();
  const plus = (...namen: (keyof typeof rijen)[]) => ({
    opgave: [...basis.opgave, ...namen.flatMap((n) => rijen[n].opgave.map(gewoon))],
    dekking: [...basis.dekking, ...namen.flatMap((n) => rijen[n].dekking.map(gewoon))],
  });

  it('no scenario switched on is the base: the same figures as without the scenario rows', () => {
    expect(cijfers(invoer)).toEqual(cijfers(basis));
    expect(cijfers(invoer, { scenarios: [] })).toEqual(cijfers(basis));
  });

  it.each(['Funderingsherstel', 'Wbi pro rata', 'AZWA'] as const)('base + %s = the base rows plus its rows as plain rows', (naam) => {
    expect(cijfers(invoer, { scenarios: [naam] })).toEqual(cijfers(plus(naam)));
    expect(cijfers(invoer, { scenarios: [naam] })).not.toEqual(cijfers(basis));
  });

  it('two scenarios at once add both', () => {
    expect(cijfers(invoer, { scenarios: ['AZWA', 'Wbi pro rata'] })).toEqual(cijfers(plus('AZWA', 'Wbi pro rata')));
  });

  it('AZWA (footnote 17): 61 more Rijksdekking lowers the social restopgave tot 2030 by 61', () => {
    const sociaal = (o: Opties) => ok(invoer, o).perioden[0].pijlers[1];
    expect(
      sociaal({})
        .restopgave.minus(sociaal({ scenarios: ['AZWA'] }).restopgave)
        .toString(),
    ).toBe('61');
  });

  it('names match case-, accent- and space-insensitively; the result lists every scenario and which are on', () => {
    const r = ok(invoer, { scenarios: ['  WBI   pro RATA ', 'azwa'] });
    expect(cijfers(invoer, { scenarios: ['  WBI   pro RATA '] })).toEqual(cijfers(plus('Wbi pro rata')));
    expect(r.scenarios).toEqual([
      { naam: 'Funderingsherstel', aan: false, opgaveRegels: 2, dekkingRegels: 0 },
      { naam: 'AZWA', aan: true, opgaveRegels: 0, dekkingRegels: 1 },
      { naam: 'Wbi pro rata', aan: true, opgaveRegels: 0, dekkingRegels: 1 },
    ]);
  });

  it('nietMeegeteld: the indices of the rows that did not count; their columns are 0', () => {
    const r = ok(invoer, { scenarios: ['AZWA'] });
    expect(r.nietMeegeteld).toEqual({ opgave: [0, 21], dekking: [15] });
    expect(r.regels.at(0).restopgave.isZero() && r.dekkingRegels.at(15).totaleDekking.isZero()).toBe(true);
    expect(r.dekkingRegels.at(0).totaleDekking.toString()).toBe('61');
    expect(ok(basis).nietMeegeteld).toEqual({ opgave: [], dekking: [] });
  });

  it('an unknown scenario is one error, naming the known ones', () => {
    const u = bereken(invoer, { scenarios: ['Fundering'] });
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.meldingen).toEqual([
      {
        ernst: 'fout',
        blad: '',
        cel: '',
        bericht: "scenario 'Fundering' komt in geen regel voor (bekend: Funderingsherstel, AZWA, Wbi pro rata)",
      },
    ]);
    const zonder = bereken(basis, { scenarios: ['AZWA'] });
    expect(!zonder.ok && zonder.meldingen.map((m) => m.bericht)).toEqual([
      "scenario 'AZWA' komt in geen regel voor (de werkmap heeft geen kolom Scenario of geen regel met een scenario)",
    ]);
  });
});

describe("scenarios: the example workbook's three items (voorbeeld.json)", () => {
  const { scenarios } = voorbeeld;
  const invoer: Invoer = {
    opgave: [
      ...seedInvoer().opgave,
      ...scenarios.opgave.map((r) =>
        opgave(r.periode, r.pijler, r.onderdeel, r.opgave, { scenario: r.scenario, verdeelsleutel: new Dec(0), pm: ['verdeelsleutel'] }),
      ),
    ],
    dekking: [
      ...seedInvoer().dekking,
      ...scenarios.dekking.map((r) =>
        dekking(r.periode, r.pijler, r.onderdeel, r.cofinanciering, r.rijksfinanciering, { bron: r.bron, scenario: r.scenario }),
      ),
    ],
  };
  const totaal = (o: Opties) => ok(invoer, o).perioden[1].totaal;

  it('funderingsherstel 1 mld: 1.000 more opgave 2030 t/m 2035, Rijksdeel PM (0, with two warnings)', () => {
    const aan = ok(invoer, { scenarios: ['funderingsherstel 1 mld'] });
    expect([aan.perioden[1].totaal.opgave.toString(), aan.perioden[1].totaal.rijksdeel.toString()]).toEqual([
      '5280',
      totaal({}).rijksdeel.toString(),
    ]);
    expect(aan.meldingen.filter((m) => m.bericht.includes('PM'))).toHaveLength(2);
    expect(totaal({ scenarios: ['Funderingsherstel 1,5 mld'] }).opgave.toString()).toBe('5780');
  });

  it('Wbi naar rato (footnote 11): 43 mln Rijksdekking for Nieuwbouw 2030 t/m 2035, and the Uitleg says the scenario was on', () => {
    const u = bereken(invoer, { scenarios: ['Wbi naar rato'] });
    const doel = {
      soort: 'onderdeel',
      periode: '2030 t/m 2035',
      pijler: 'Fysiek',
      onderdeel: 'Nieuwbouw',
      gebied: '',
      veld: 'restRijksopgave',
    } as const;
    expect(u.ok && uitlegRegels(u.uitleg(doel)!)).toEqual([
      'Rest-Rijksopgave Nieuwbouw 2030 t/m 2035 = max(0; 222,5 − 43) = 179,5',
      'Rijksdeel = 222,5 (445 × 50%)',
      'Rijksdekking = Wbi (tranche 8 e.v.), naar rato 43',
      "scenario's aan: Wbi naar rato",
    ]);
  });
});

describe('scenarios: PM, control rows and checks', () => {
  const pmRij = opgave('2030 t/m 2035', 'Fysiek', 'Funderingsherstel', 750, {
    scenario: 'Funderingsherstel',
    verdeelsleutel: new Dec(0),
    pm: ['verdeelsleutel'],
    herkomst: at('Opgave', 9, ['periode', 'pijler', 'onderdeel', 'opgave', 'verdeelsleutel']),
  });
  const pm = (r: ReturnType<typeof ok>) => r.meldingen.filter((m) => m.bericht.includes('PM'));

  it('a PM field counts as 0, with a warning only when its row counts', () => {
    const invoer = { opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445), pmRij], dekking: [] };
    expect(pm(ok(invoer))).toEqual([]);
    const aan = ok(invoer, { scenarios: ['funderingsherstel'] });
    expect(pm(aan)).toEqual([
      { ernst: 'waarschuwing', blad: 'Opgave', cel: 'E9', bericht: 'verdeelsleutel is PM (pro memorie) en telt als 0' },
    ]);
    expect(aan.regels.at(1).rijksdeel.toString()).toBe('0');
    expect(aan.regels.at(1).restopgave.toString()).toBe('750');
  });

  it('a control row totals only the rows that count', () => {
    const invoer: Invoer = {
      opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445), { ...pmRij, periode: 'tot 2030' }],
      dekking: [],
      controles: [
        {
          blad: 'opgave',
          soort: 'totaal',
          label: 'Totale opgave',
          regels: [0, 1],
          bedragen: { opgave: new Dec(445) },
          herkomst: at('Opgave', 10, ['onderdeel', 'opgave']),
        },
      ],
    };
    const uit = ok(invoer);
    expect(uit.controles[0].opgave.toString()).toBe('445');
    expect(uit.meldingen.filter((m) => m.ernst === 'controle')).toEqual([]);
    const aan = ok(invoer, { scenarios: ['Funderingsherstel'] });
    expect(aan.controles[0].opgave.toString()).toBe('1195');
    expect(aan.meldingen.filter((m) => m.ernst === 'controle').map((m) => m.cel)).toEqual(['B10']);
  });

  it('rows of a scenario that is off are still checked for errors', () => {
    const invoer = {
      opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445), opgave('tot 2031', 'Fysiek', 'Nieuwbouw', -5, { scenario: 'X' })],
      dekking: [dekking('tot 2030', 'Onbekend', '', 1, 1, { scenario: 'Y' })],
    };
    const u = bereken(invoer);
    expect(u.ok).toBe(false);
    expect(!u.ok && u.meldingen.map((m) => m.bericht)).toEqual([
      "periode 'tot 2031' is onbekend (bekend: tot 2030, 2030 t/m 2035)",
      'opgave -5 is negatief',
      "pijler 'Onbekend' is onbekend (bekend: Fysiek, Sociaal-maatschappelijk)",
    ]);
  });
});

describe('scenarios: properties (fast-check)', () => {
  const PERIODEN = ['tot 2030', '2030 t/m 2035'];
  const ONDERDELEN: [string, string][] = [
    ['Fysiek', 'Nieuwbouw'],
    ['Fysiek', 'Leefomgeving'],
    ['Sociaal-maatschappelijk', 'Onderwijs'],
  ];
  const bedrag = fc.integer({ min: 0, max: 1_000_000 }).map((c) => new Dec(c).div(100).toString());
  const scenario = fc.constantFrom(undefined, 'A', 'b', 'C');
  const opgaveRow = fc
    .tuple(fc.constantFrom(...PERIODEN), fc.constantFrom(...ONDERDELEN), bedrag, scenario)
    .map(([p, [pijler, naam], b, s]) => opgave(p, pijler, naam, b, { scenario: s }));
  const dekkingRow = fc
    .tuple(fc.constantFrom(...PERIODEN), fc.constantFrom(...ONDERDELEN), fc.boolean(), bedrag, bedrag, scenario)
    .map(([p, [pijler, naam], eigen, c, r, s]) => dekking(p, pijler, eigen ? naam : '', c, r, { scenario: s }));
  const invoer = fc.record({
    opgave: fc.array(opgaveRow, { minLength: 1, maxLength: 15 }),
    dekking: fc.array(dekkingRow, { maxLength: 10 }),
  });

  it('any set of scenarios on = the rows without a scenario plus those of the scenarios on, as plain rows', () => {
    fc.assert(
      fc.property(invoer, fc.subarray(['A', 'B', 'C']), (i, aan) => {
        const genoemd = new Set([...i.opgave, ...i.dekking].map((r) => r.scenario?.toUpperCase()).filter(Boolean));
        const scenarios = aan.filter((s) => genoemd.has(s));
        const telt = (r: { scenario?: string }) => !r.scenario || scenarios.includes(r.scenario.toUpperCase());
        const vlak = { opgave: i.opgave.filter(telt).map(gewoon), dekking: i.dekking.filter(telt).map(gewoon) };
        if (!vlak.opgave.length) return;
        expect(cijfers(i, { scenarios: scenarios.map((s) => s.toLowerCase()) })).toEqual(cijfers(vlak));
      }),
      { numRuns: 200 },
    );
  });
});
