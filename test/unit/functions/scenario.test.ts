import { errorOf, installFakeRuntime } from './fakeRuntime';
import { DEKKING_SCENARIOS, DEKKING_TABEL, OPGAVE_SCENARIOS, OPGAVE_TABEL } from './seedTables';
import { f } from './alsInExcel';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';

installFakeRuntime();

/*
 * Expected figures: golden.json (the report's model on the seed's rows) plus the scenario rows
 * of voorbeeld.json, added by hand:
 *   Wbi naar rato — dekking 2030 t/m 2035, Fysiek, Nieuwbouw: cofinanciering 0, Rijksfinanciering 43.
 *   AZWA — dekking tot 2030, Sociaal-maatschappelijk, Gezondheid & Zorg…: Rijksfinanciering 61.
 *   Funderingsherstel 1 mld — opgave 2030 t/m 2035, Fysiek: 500 + 500, verdeelsleutel PM (0).
 *   Funderingsherstel 1,5 mld — the same with 750 + 750.
 * Each row: [opgave, dekking, restopgave, restopgave per jaar, restopgave per onderdeel] (or the Rijk's).
 */
const GOLDEN = {
  'tot 2030': {
    'Fysieke pijler': [3050, 675, 2375, 593.75, 2450],
    'Sociaal-maatschappelijke pijler': [1300, 740, 560, 140, 565],
    'Totale opgave': [4350, 1415, 2935, 733.75, 3015],
    'Totale Rijksopgave': [2333.75, 1225, 1108.75, 277.1875, 1293],
  },
  '2030 t/m 2035': {
    'Fysieke pijler': [2165, 145, 2020, 2020 / 6, 2035],
    'Rijksopgave fysieke pijler': [1191.25, 95, 1096.25, 1096.25 / 6, 1106.75],
    'Totale opgave': [4280, 150, 4130, 4130 / 6, 4150],
    'Totale Rijksopgave': [2777.5, 100, 2677.5, 2677.5 / 6, 2693],
  },
};

// With Wbi naar rato: 2030 t/m 2035 dekking and Rijksdekking + 43; Nieuwbouw's rest 445 → 402 (Rijk 222,5 → 179,5).
const WBI = {
  'Fysieke pijler': [2165, 145 + 43, 2020 - 43, 1977 / 6, 2035 - 43],
  'Rijksopgave fysieke pijler': [1191.25, 95 + 43, 1096.25 - 43, 1053.25 / 6, 1106.75 - 43],
  'Totale opgave': [4280, 150 + 43, 4130 - 43, 4087 / 6, 4150 - 43],
  'Totale Rijksopgave': [2777.5, 100 + 43, 2677.5 - 43, 2634.5 / 6, 2693 - 43],
};

// With AZWA: tot 2030 Sociaal-maatschappelijk dekking + 61; Gezondheid's rest 190 → 129 (Rijk 100 → 39).
const AZWA = {
  'Sociaal-maatschappelijke pijler': [1300, 740 + 61, 560 - 61, 499 / 4, 565 - 61],
  'Totale opgave': [4350, 1415 + 61, 2935 - 61, 2874 / 4, 3015 - 61],
  'Totale Rijksopgave': [2333.75, 1225 + 61, 1108.75 - 61, 1047.75 / 4, 1293 - 61],
};

type Tabel = unknown[][];

/** The rows of one periode of a spilled Totaalbeeld, by label. */
function periodeRijen(t: Tabel, periode: string): Record<string, unknown[]> {
  const start = t.findIndex((r) => String(r[0]).startsWith(periode + ' ('));
  if (start < 0) throw new Error(`no periode ${periode}`);
  const end = t.findIndex((r, i) => i > start && r.every((c) => c === ''));
  return Object.fromEntries(t.slice(start + 1, end < 0 ? undefined : end).map((r) => [r[0], r.slice(1)]));
}

function expectRijen(t: Tabel, periode: string, verwacht: Record<string, number[]>) {
  const rijen = periodeRijen(t, periode);
  for (const [label, cijfers] of Object.entries(verwacht)) expect([label, rijen[label]]).toEqual([label, cijfers]);
}

const metScenario = (scenario: unknown, periode: string | null = null) =>
  f.totaalbeeld(OPGAVE_SCENARIOS, DEKKING_SCENARIOS, periode as string, scenario as unknown[][]);

describe('NPLV.TOTAALBEELD with a scenario argument', () => {
  it("no scenario: today's output, also when the tables hold scenario rows", () => {
    const vandaag = f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL);
    expectRijen(vandaag, 'tot 2030', GOLDEN['tot 2030']);
    expectRijen(vandaag, '2030 t/m 2035', GOLDEN['2030 t/m 2035']);
    for (const leeg of [undefined, null, [[null]], [['']], [['  '], [null]]]) expect(metScenario(leeg)).toEqual(vandaag);
  });

  it('"Wbi naar rato": the Rijksdekking of 2030 t/m 2035 + 43 and the rest figures with it; tot 2030 unchanged', () => {
    const t = metScenario('Wbi naar rato');
    expectRijen(t, '2030 t/m 2035', WBI);
    expectRijen(t, 'tot 2030', GOLDEN['tot 2030']);
    expect(t).toHaveLength(f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL).length); // the same shape as the base
  });

  it('two scenarios, as a range with an empty cell or as an array constant', () => {
    const bereik = metScenario([['Wbi naar rato'], [null], ['AZWA']]);
    expectRijen(bereik, '2030 t/m 2035', WBI);
    expectRijen(bereik, 'tot 2030', { ...AZWA, 'Fysieke pijler': GOLDEN['tot 2030']['Fysieke pijler'] });
    expect(metScenario([['AZWA', 'Wbi naar rato']])).toEqual(bereik);
  });

  it('names as the analyst types them: case and spacing do not matter', () => {
    expect(metScenario(' wbi  NAAR Rato ')).toEqual(metScenario('Wbi naar rato'));
    expect(metScenario([['azwa']], 'tot 2030')).toEqual(metScenario('AZWA', 'tot 2030'));
  });

  it('funderingsherstel: the opgave of 2030 t/m 2035 + 1.000 (or 1.500); its Rijksdeel is PM, so 0', () => {
    const een = periodeRijen(metScenario('Funderingsherstel 1 mld'), '2030 t/m 2035');
    expect(een['Fysieke pijler']).toEqual([3165, 145, 3020, 3020 / 6, 3035]);
    expect(een['Totale Rijksopgave']).toEqual(GOLDEN['2030 t/m 2035']['Totale Rijksopgave']);
    const anderhalf = periodeRijen(metScenario('Funderingsherstel 1,5 mld', '2030 t/m 2035'), '2030 t/m 2035');
    expect(anderhalf['Totale opgave']).toEqual([5780, 150, 5630, 5630 / 6, 5650]);
  });

  it('an unknown scenario: #N/A with the Dutch message listing the known ones, never the base', () => {
    const [code, bericht] = errorOf(() => metScenario('Wbi'));
    expect(code).toBe('#N/A');
    expect(bericht).toBe(
      "scenario 'Wbi' komt in geen regel voor (bekend: Funderingsherstel 1 mld, Funderingsherstel 1,5 mld, Wbi naar rato, AZWA)",
    );
    // One wrong name among good ones is still an error.
    expect(errorOf(() => metScenario([['AZWA'], ['Funderingsherstel 2 mld']]))[1]).toMatch(/^scenario 'Funderingsherstel 2 mld'/);
  });

  it('a scenario on tables without a Scenario column: #N/A that says so', () => {
    const [code, bericht] = errorOf(() => f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, null as unknown as string, [['AZWA']]));
    expect(code).toBe('#N/A');
    expect(bericht).toMatch(/geen kolom Scenario/);
  });

  it('errors in the tables still come first, as #VALUE!', () => {
    const bad = OPGAVE_SCENARIOS.map((r, i) => (i === 2 ? [r[0], r[1], r[2], 'n.b.', r[4], r[5]] : r));
    const [code, bericht] = errorOf(() => f.totaalbeeld(bad, DEKKING_SCENARIOS, null as unknown as string, [['Wbi']]));
    expect(code).toBe('#VALUE!');
    expect(bericht).toMatch(/Opgave!D3: 'n\.b\.' is geen bedrag/);
  });

  it('a cell that is no name (WAAR, an error value): #VALUE!', () => {
    expect(errorOf(() => metScenario([[true]]))).toEqual(['#VALUE!', expect.stringContaining('scenario: WAAR is geen scenarionaam')]);
    expect(errorOf(() => metScenario([[{ error: '#N/A' }]]))[0]).toBe('#VALUE!');
  });
});

describe('NPLV.SCENARIO: one figure with scenarios on', () => {
  const scenario = (naam: unknown, veld?: string, periode?: string, pijler?: string) =>
    f.scenarioFn(OPGAVE_SCENARIOS, DEKKING_SCENARIOS, naam as unknown[][], veld, periode, pijler);

  it('by default the restopgave, summed over the perioden: 2.935 + 4.130 in the base', () => {
    expect(scenario([['']])).toBe(7065);
    expect(scenario([[null]], null as unknown as string, null as unknown as string, null as unknown as string)).toBe(7065);
    expect(scenario('Wbi naar rato')).toBe(7065 - 43);
    expect(scenario([['Wbi naar rato', 'AZWA']])).toBe(7065 - 43 - 61);
  });

  it('base + scenario = base with those rows added: the difference is the scenario rows', () => {
    const verschil = (veld: string, periode: string, pijler?: string) =>
      scenario('Wbi naar rato', veld, periode, pijler) - scenario('', veld, periode, pijler);
    expect(verschil('rijksdekking', '2030 t/m 2035')).toBe(43);
    expect(verschil('restrijksopgave', '2030 t/m 2035', 'Fysiek')).toBe(-43);
    expect(verschil('opgave', '2030 t/m 2035')).toBe(0);
    expect(
      scenario('Funderingsherstel 1,5 mld', 'opgave', '2030 t/m 2035', 'Fysiek') - scenario('', 'opgave', '2030 t/m 2035', 'Fysiek'),
    ).toBe(1500);
  });

  it.each([
    ['Wbi naar rato', 'restrijksopgave', '2030 t/m 2035', '', 2634.5],
    ['Wbi naar rato', 'Rest-Rijksopgave', '2030 T/M 2035', 'fysieke pijler', 1053.25],
    ['Wbi naar rato', 'restrijksopgave per jaar', '2030 t/m 2035', '', 2634.5 / 6],
    ['Wbi naar rato', 'restopgave per onderdeel', '2030 t/m 2035', 'Fysiek', 1992],
    ['AZWA', 'dekking', 'tot 2030', 'Sociaal', 801],
    ['AZWA', 'jaarlijkse restopgave', 'tot 2030', '', 718.5],
    ['AZWA', 'restrijksopgave per onderdeel', 'tot 2030', '', 1232],
    ['Funderingsherstel 1 mld', 'opgave', '', '', 4350 + 4280 + 1000],
    ['Funderingsherstel 1 mld', 'rijksdeel', '2030 t/m 2035', 'Fysiek', 1191.25],
    ['', 'overschot', 'tot 2030', '', 5],
  ])('SCENARIO(…; %p; %p; %p; %p) = %p', (naam, veld, periode, pijler, verwacht) => {
    expect(scenario(naam, veld, periode, pijler)).toBe(verwacht);
  });

  it.each([
    ['an unknown scenario', ['Wbi', '', '', ''], '#N/A', /^scenario 'Wbi' komt in geen regel voor \(bekend: /],
    ['an unknown veld', ['AZWA', 'saldo', '', ''], '#VALUE!', /^veld 'saldo' is onbekend; verwacht "opgave", /],
    [
      'a figure per jaar over two perioden',
      ['AZWA', 'restopgave per jaar', '', ''],
      '#VALUE!',
      /geef de periode op \("tot 2030" of "2030 t\/m 2035"\)/,
    ],
    ['an unknown pijler', ['AZWA', '', '', 'Groen'], '#VALUE!', /pijler 'Groen' is onbekend/],
    ['a periode not in the tables', ['AZWA', '', 'tot 2040', ''], '#N/A', /periode 'tot 2040' komt niet voor/],
  ])('%s', (_naam, [naam, veld, periode, pijler], code, bericht) => {
    const [c, m] = errorOf(() => scenario(naam, veld, periode, pijler));
    expect(c).toBe(code);
    expect(m).toMatch(bericht);
  });

  it("on the example workbook's whole sheets, as an analyst selects them: title rows, control rows, Toelichting", () => {
    const { Opgave, Dekking } = voorbeeldWerkmap();
    expect(f.scenarioFn(Opgave, Dekking, [['']], 'restopgave', 'tot 2030')).toBe(2935);
    expect(f.scenarioFn(Opgave, Dekking, [['AZWA']], 'restopgave', 'tot 2030')).toBe(2935 - 61);
    expect(f.scenarioFn(Opgave, Dekking, [['Wbi naar rato']], 'restrijksopgave', '2030 t/m 2035')).toBe(2634.5);
    expect(f.scenarioFn(Opgave, Dekking, [['Funderingsherstel 1 mld']], 'restopgave', '2030 t/m 2035')).toBe(4130 + 1000);
  });

  it('a pijler the tables do not have: #N/A', () => {
    const alleenFysiek = OPGAVE_SCENARIOS.filter((r, i) => i === 0 || r[1] === 'Fysiek');
    const dekkingFysiek = DEKKING_SCENARIOS.filter((r, i) => i === 0 || r[1] === 'Fysiek');
    expect(f.scenarioFn(alleenFysiek, dekkingFysiek, [['Wbi naar rato']], 'restopgave', '', 'Fysiek')).toBe(2375 + 2020 - 43);
    expect(errorOf(() => f.scenarioFn(alleenFysiek, dekkingFysiek, [['']], '', '', 'Sociaal'))[0]).toBe('#N/A');
  });
});
