import { errorOf, installFakeRuntime } from './fakeRuntime';
import { DEKKING_TABEL, OPGAVE_TABEL } from './seedTables';
import { f } from './alsInExcel';

installFakeRuntime();

// Tabel 6 of seed 002, tot 2030, the physical onderdelen: opgave and the dekking allocated to each.
const OPGAVE = [[445], [1735], [475], [265], [130]];
const DEKKING = [[290], [0], [0], [180], [135]];

describe('NPLV.VERDEELSLEUTEL', () => {
  it.each([
    [['Nieuwbouw', null], 0.5],
    [['Herstructurering corporatievoorraad', null], 0.3],
    [['herstructurering particuliere voorraad', null], 0.7],
    [['Openbare ruimte en voorzieningen', null], 0.75],
    [['Bereikbaarheid', null], 0.65],
    [['Onderwijs', null], 0.75],
    [['Buurtsport', 'Sociaal-maatschappelijk'], 0.75],
    [['Nieuwbouw', 'Fysiek'], 0.5],
  ] as const)('%j → %p', ([onderdeel, pijler], sleutel) => {
    expect(f.verdeelsleutel(onderdeel, pijler as unknown as string)).toBe(sleutel);
  });

  it('an onderdeel the report does not name, without pijler or in the physical pillar: #N/A', () => {
    expect(errorOf(() => f.verdeelsleutel('Funderingsherstel'))).toEqual(['#N/A', expect.stringContaining("'Funderingsherstel'")]);
    expect(errorOf(() => f.verdeelsleutel('Funderingsherstel', 'Fysiek'))[0]).toBe('#N/A');
  });

  it('an unknown pijler: #VALUE!', () => {
    expect(errorOf(() => f.verdeelsleutel('Nieuwbouw', 'Groen'))).toEqual(['#VALUE!', expect.stringContaining("pijler 'Groen'")]);
  });
});

describe('NPLV.RIJKSDEEL', () => {
  it('RIJKSDEEL(445; "Nieuwbouw") = 222,5 (445 × 50%)', () => {
    expect(f.rijksdeelFn([[445]], [['Nieuwbouw']])).toEqual([[222.5]]);
  });

  it.each([
    [[[445]], [[0.5]], [[222.5]]],
    [[[445]], [['50%']], [[222.5]]],
    [[[1735]], [['30 %']], [[520.5]]],
  ])('RIJKSDEEL(%j; %j) = %j', (opgave, sleutel, expected) => {
    expect(f.rijksdeelFn(opgave, sleutel)).toEqual(expected);
  });

  it('spills over ranges of equal shape, and one key serves a whole range', () => {
    const sleutels = [
      ['Nieuwbouw'],
      ['Herstructurering corporatievoorraad'],
      ['Herstructurering particuliere voorraad'],
      ['Leefomgeving'],
      ['Bereikbaarheid en mobiliteit'],
    ];
    // Tabel 4 of the seed, unrounded: 222,5; 520,5; 332,5; 198,75; 84,5.
    expect(f.rijksdeelFn(OPGAVE, sleutels)).toEqual([[222.5], [520.5], [332.5], [198.75], [84.5]]);
    expect(f.rijksdeelFn([[215, 325]], [['Onderwijs']])).toEqual([[161.25, 243.75]]);
  });

  it('exact decimals: 0,1 × 3 gives 0,3, not 0,30000000000000004', () => {
    expect(f.rijksdeelFn([[0.1]], [[3 / 10]])).toEqual([[0.03]]);
    expect(f.rijksdeelFn([[123456789012.34]], [[0.3]])).toEqual([[37037036703.702]]);
  });

  it.each([
    ['text in the opgave', [['n.b.']], [[0.5]], '#VALUE!', /opgave: 'n\.b\.' is geen bedrag/],
    ['a negative opgave', [[-5]], [[0.5]], '#VALUE!', /negatief/],
    ['a key above 100%', [[445]], [[1.5]], '#VALUE!', /tussen 0 en 1/],
    ['an unknown onderdeel', [[445]], [['Funderingsherstel']], '#N/A', /Funderingsherstel/],
    ['ranges of different shape', [[1], [2], [3]], [[0.5], [0.5]], '#VALUE!', /3×1.*2×1/],
    ['text in a range names its place', [[1], ['x']], [[0.5]], '#VALUE!', /rij 2, kolom 1/],
    ["'1.735' as text (WORKBOOK.md: text is not an amount; 1735 or 1,735?)", [['1.735']], [[0.3]], '#VALUE!', /is tekst, geen getal/],
    ["'1.735,5' as text", [['1.735,5']], [[0.3]], '#VALUE!', /is tekst, geen getal/],
  ])('%s', (_name, opgave, sleutel, code, message) => {
    const [c, m] = errorOf(() => f.rijksdeelFn(opgave, sleutel));
    expect(c).toBe(code);
    expect(m).toMatch(message);
  });
});

describe('NPLV.RESTOPGAVE', () => {
  it('single cells: max(0; opgave − dekking)', () => {
    expect(f.restopgave([[445]], [[290]])).toBe(155);
    expect(f.restopgave([[130]], [[135]])).toBe(0);
  });

  it('ranges: saldering (default, also for null) and per onderdeel, as the NB under Tabel 6', () => {
    // Saldering over these five: 3.050 − 605; per onderdeel: 155 + 1.735 + 475 + 85 + 0 = 2.450 (seed: "2.425", the rows give 2.450).
    expect(f.restopgave(OPGAVE, DEKKING)).toBe(2445);
    expect(f.restopgave(OPGAVE, DEKKING, null as unknown as string)).toBe(2445);
    expect(f.restopgave(OPGAVE, DEKKING, 'Saldering')).toBe(2445);
    expect(f.restopgave(OPGAVE, DEKKING, 'per onderdeel')).toBe(2450);
  });

  it('saldering takes any dekking range; per onderdeel needs equal shapes', () => {
    expect(f.restopgave(OPGAVE, [[605, 70]])).toBe(2375);
    expect(errorOf(() => f.restopgave(OPGAVE, [[605, 70]], 'per onderdeel'))[0]).toBe('#VALUE!');
  });

  it('an unknown methode', () => {
    expect(errorOf(() => f.restopgave([[1]], [[0]], 'netto'))).toEqual(['#VALUE!', expect.stringContaining("methode 'netto'")]);
  });

  it("'-' and empty cells are 0", () => {
    expect(f.restopgave([[100], ['-'], [null]], [[''], [null], ['–']])).toBe(100);
  });
});

describe('NPLV.RESTRIJKSOPGAVE', () => {
  it('RESTRIJKSOPGAVE(445; "Nieuwbouw"; 145) = 77,5', () => {
    expect(f.restrijksopgave([[445]], [['Nieuwbouw']], [[145]])).toBe(77.5);
  });

  it('ranges: the Rijk of Tabel 6, per onderdeel and by saldering', () => {
    const sleutels = [['Nieuwbouw'], [0.3], ['70%'], ['Leefomgeving'], ['Bereikbaarheid']];
    const rijksdekking = [[145], [0], [0], [180], [90]];
    // Rijksdeel 1.358,75 in all; per onderdeel 77,5 + 520,5 + 332,5 + 18,75 + 0 = 949,25; saldering 1.358,75 − 415.
    expect(f.restrijksopgave(OPGAVE, sleutels, rijksdekking, 'per onderdeel')).toBe(949.25);
    expect(f.restrijksopgave(OPGAVE, sleutels, rijksdekking)).toBe(943.75);
  });
});

describe('NPLV.JAARLIJKS', () => {
  it.each([
    [[[2375]], 'tot 2030', [[593.75]]],
    [[[2020]], '2030 t/m 2035', [[2020 / 6]]],
    [[[2375]], 'Tot  2030', [[593.75]]],
    [[[2375]], '2026-2029', [[593.75]]],
    [[[100]], 5, [[20]]],
    [[[100], [60]], 4, [[25], [15]]],
    [[[100]], '5', [[20]]], // a number as Excel passes it to the enumerated (text) argument
  ] as const)('JAARLIJKS(%j; %p) = %j', (bedrag, periode, expected) => {
    expect(f.jaarlijks(bedrag as unknown as unknown[][], periode)).toEqual(expected);
  });

  it.each([
    ['tot 2031', '#N/A'],
    [0, '#VALUE!'],
    [2.5, '#VALUE!'],
    ['2.5', '#VALUE!'], // as text: not a periode either, but a number of years that is not whole
    ['0', '#VALUE!'],
  ])('periode %p: %s', (periode, code) => {
    expect(errorOf(() => f.jaarlijks([[1]], periode))[0]).toBe(code);
  });
});

describe('NPLV.RIJKSBIJDRAGE', () => {
  it('RIJKSBIJDRAGE(3800; 1000) = 412,5 (seed 000: 3,3 mld × 75% × 4/6 / 4)', () => {
    expect(f.rijksbijdrageFn(3800, 1000)).toBe(412.5);
    expect(
      f.rijksbijdrageFn(
        3800,
        1000,
        null as unknown as number,
        null as unknown as number,
        null as unknown as number,
        null as unknown as number,
      ),
    ).toBe(412.5);
  });

  it('the optional shares and years', () => {
    // (3800 − 1000 × 0) × 1 × 4/6 / 4 = 3800 / 6
    expect(f.rijksbijdrageFn(3800, 1000, 0, 1)).toBe(3800 / 6);
    // (1000 − 0) × 0,75 × 5/5 / 5 = 150
    expect(f.rijksbijdrageFn(1000, 0, 0.5, 0.75, 5, 5)).toBe(150);
  });

  it.each([
    [[-1, 0], /netto_kosten/],
    [[1, 0, 1.5], /aandeel_corporaties/],
    [[1, 0, 0.5, 0.75, 0], /jaren_raming/],
  ])('bad arguments %j', (args, message) => {
    const [code, m] = errorOf(() => (f.rijksbijdrageFn as (...a: number[]) => number)(...args));
    expect(code).toBe('#VALUE!');
    expect(m).toMatch(message);
  });
});

describe('NPLV.KANSENZONE (Wbmgp art. 3)', () => {
  it.each([
    [12000, 0.28, 0.51, true],
    [5000, 0.25, 0.45, true],
    [30000, 0.25, 0.45, true],
    [4999, 0.28, 0.51, false],
    [30001, 0.28, 0.51, false],
    [12000, 0.2499, 0.51, false],
    [12000, 0.28, 0.4499, false],
  ])('KANSENZONE(%p; %p; %p) = %p', (inwoners, nietActief, laagInkomen, expected) => {
    expect(f.kansenzoneFn(inwoners, nietActief, laagInkomen)).toBe(expected);
  });

  it('shares above 1 are an error, not a yes', () => {
    expect(errorOf(() => f.kansenzoneFn(12000, 28, 51))[0]).toBe('#VALUE!');
  });
});

describe('NPLV.TOTAALBEELD', () => {
  it('the seed tables give Tabel 2 and 3 of the report, both perioden', () => {
    const t = f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL);
    expect(t[0]).toEqual([
      'tot 2030 (2026–2029, 4 jaar)',
      'Opgave',
      'Dekking',
      'Restopgave',
      'Restopgave per jaar',
      'Restopgave per onderdeel',
    ]);
    const row = (label: string, from = 0) => t.slice(from).find((r) => r[0] === label);
    expect(row('Totale opgave')).toEqual(['Totale opgave', 4350, 1415, 2935, 733.75, 3015]);
    expect(row('Totale Rijksopgave')).toEqual(['Totale Rijksopgave', 2333.75, 1225, 1108.75, 277.1875, 1293]);
    expect(row('Totale opgave', 8)).toEqual(['Totale opgave', 4280, 150, 4130, 4130 / 6, 4150]);
    expect(t.every((r) => r.length === 6)).toBe(true);
  });

  it('one periode, named as the analyst types it', () => {
    const t = f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, '2030 T/M 2035');
    expect(t).toHaveLength(7);
    expect(t[1]).toEqual(['Fysieke pijler', 2165, 145, 2020, 2020 / 6, 2035]);
  });

  it('reads the tables by the workbook rules: synonym headers, a title row above, "-" for 0', () => {
    const opgave = [['Opgave NPLV'], ...OPGAVE_TABEL.map((r, i) => (i === 0 ? ['Periode', 'Pijler', 'Thema', 'Bedrag'] : r))];
    opgave.push(['tot 2030', 'Fysiek', 'Nieuwbouw', '-']);
    expect(f.totaalbeeld(opgave, DEKKING_TABEL)).toEqual(f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL));
  });

  it('errors in the tables: #VALUE! naming the first and counting all', () => {
    const bad = OPGAVE_TABEL.map((r, i) => (i === 3 ? [r[0], r[1], r[2], 'n.b.'] : i === 5 ? ['tot 2031', r[1], r[2], r[3]] : r));
    const [code, message] = errorOf(() => f.totaalbeeld(bad, DEKKING_TABEL));
    expect(code).toBe('#VALUE!');
    expect(message).toMatch(/2 fouten: Opgave!D4: 'n\.b\.' is geen bedrag/);
  });

  it('a periode that is not in the tables: #N/A', () => {
    expect(errorOf(() => f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, 'tot 2040'))[0]).toBe('#N/A');
  });
  // Issue 16: golden.json's mln figures divided by 1000 by hand; with 2 decimals half away from zero (2,375 → 2,38).
  it('eenheid "mld": the figures in mld, exact; the first cell names the unit; the shape stays', () => {
    const t = f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, undefined, undefined, 'mld');
    expect(t[0][0]).toBe('tot 2030 (2026–2029, 4 jaar); bedragen in mld euro');
    expect(t[1]).toEqual(['Fysieke pijler', 3.05, 0.675, 2.375, 0.59375, 2.45]);
    expect(t.find((r) => r[0] === 'Totale Rijksopgave')).toEqual(['Totale Rijksopgave', 2.33375, 1.225, 1.10875, 0.2771875, 1.293]);
    expect(t.map((r) => r.length)).toEqual(f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL).map((r) => r.length));
  });

  it('eenheid "mld" with 2 decimals: Tabel 2 as the report prints it', () => {
    const t = f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, 'tot 2030', undefined, 'mld', 2);
    expect(t[1]).toEqual(['Fysieke pijler', 3.05, 0.68, 2.38, 0.59, 2.45]);
    expect(t.find((r) => r[0] === 'Totale opgave')).toEqual(['Totale opgave', 4.35, 1.42, 2.94, 0.73, 3.02]);
  });

  it('decimalen alone rounds in the tables’ unit; a smaller unit multiplies: 3.050 mln is 3.050.000 duizend', () => {
    expect(f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, 'tot 2030', undefined, undefined, 0)[1]).toEqual([
      'Fysieke pijler',
      3050,
      675,
      2375,
      594,
      2450,
    ]);
    expect(f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, 'tot 2030', undefined, 'duizend')[1]).toEqual([
      'Fysieke pijler',
      3050000,
      675000,
      2375000,
      593750,
      2450000,
    ]);
    expect(f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, 'tot 2030', undefined, 'miljard', 1)[1]).toEqual([
      'Fysieke pijler',
      3.1,
      0.7,
      2.4,
      0.6,
      2.5,
    ]);
  });

  it('with a Bron raming column: the source columns in the unit too (445 Synthese 2024 and 265 without a source, in mld)', () => {
    const opgave = [
      ['Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Bron raming'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', 445, 'Synthese 2024'],
      ['tot 2030', 'Fysiek', 'Leefomgeving', 265, null],
    ];
    const dekking = [['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering']];
    const t = f.totaalbeeld(opgave, dekking, undefined, undefined, 'mld');
    expect(t[0].slice(1, 4)).toEqual(['Synthese 2024', 'overig', 'Subtotaal']);
    // Opgave 710, no dekking: restopgave 710, per jaar 177,5; Rijksdeel 222,5 + 198,75 = 421,25 (Nieuwbouw 50%, Leefomgeving 75%).
    expect(t[1]).toEqual(['Fysieke pijler', 0.445, 0.265, 0.71, 0, 0.71, 0.1775, 0.71]);
    expect(t.find((r) => r[0] === 'Rijksopgave fysieke pijler')).toEqual([
      'Rijksopgave fysieke pijler',
      0.2225,
      0.19875,
      0.42125,
      0,
      0.42125,
      0.1053125,
      0.42125,
    ]);
  });

  it('an unknown unit or wrong decimals: #VALUE! with the units listed', () => {
    expect(errorOf(() => f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, undefined, undefined, 'gulden'))).toEqual([
      '#VALUE!',
      "eenheid: eenheid 'gulden' is onbekend; verwacht 'euro', 'duizend', 'mln' of 'mld'",
    ]);
    for (const d of [7, -1, 1.5]) {
      expect(errorOf(() => f.totaalbeeld(OPGAVE_TABEL, DEKKING_TABEL, undefined, undefined, 'mld', d))).toEqual([
        '#VALUE!',
        'decimalen: verwacht een geheel aantal decimalen van 0 tot en met 6',
      ]);
    }
  });
});
