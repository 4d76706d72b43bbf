import { join } from 'path';
import golden from '../../../src/voorbeeld/golden.json';
import { alsGolden } from '../../support/goldenJson';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { GOED, nplv, readWorkbook, tempDir, writeWorkbook } from './run';

const WBI = 'Wbi naar rato';
const ANDERE = ['Funderingsherstel 1 mld', 'Funderingsherstel 1,5 mld'];

let voorbeeld: string;
beforeAll(async () => {
  voorbeeld = join(tempDir(), 'voorbeeld.xlsx');
  expect((await nplv('voorbeeld', voorbeeld)).code).toBe(0);
});

// The example's rows as the example workbook has them (header in row 3), to find a row by its scenario.
const rijVan = (blad: 'Opgave' | 'Dekking', scenario: string) => voorbeeldWerkmap()[blad].findIndex((r) => r.includes(scenario)) + 1;

describe('--scenario NAAM: the scenario rows count (issue 7)', () => {
  it('nplv --scenario X --scenario=Y: the example with both on, the table says so', async () => {
    const { code, out } = await nplv('--scenario', WBI, '--scenario=AZWA');
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe(`Scenario's aan: ${WBI}, AZWA; uit: ${ANDERE.join(', ')}`);
    // AZWA: 61 Rijksfinanciering to the social pijler tot 2030: Rijksdekking 740 + 61 = 801, rest 975 − 801 = 174.
    // The example names a source (Bron raming) for every sociale onderdeel: Synthese 2024 975, overig 0, Subtotaal 975.
    expect(out).toMatch(/^Rijksopgave sociaal-maatsch\. +975,0 +0,0 +975,0 +801,0 +174,0 +43,5 /m);
  });

  it('the base says which scenarios the workbook has, none on', async () => {
    const { out } = await nplv();
    expect(out.split('\n')[1]).toBe(`Scenario's: geen aan (basis); in de werkmap: ${ANDERE.join(', ')}, ${WBI}, AZWA`);
  });

  it('totaalbeeld --json --scenario "Wbi naar rato": 43 more Rijksdekking for Nieuwbouw 2030 t/m 2035, the rest as golden.json', async () => {
    const { code, out } = await nplv('totaalbeeld', voorbeeld, '--json', '--scenario', WBI);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.scenarios).toEqual([
      ...ANDERE.map((naam) => ({ naam, aan: false })),
      { naam: WBI, aan: true },
      { naam: 'AZWA', aan: false },
    ]);
    expect(alsGolden(json).perioden[0]).toEqual(golden.perioden[0]);
    const [fysiek] = json.perioden[1].pijlers;
    // golden.json 2030 t/m 2035 Fysiek with 0 + 43 added to Nieuwbouw's dekking, by hand:
    const verwacht = {
      dekking: 145 + 43,
      rijksdekking: 95 + 43,
      restopgave: 2020 - 43,
      restRijksopgave: 1096.25 - 43,
      restopgavePerOnderdeel: 2035 - 43, // Nieuwbouw 445 − 43 = 402 stays positive
      restRijksopgavePerOnderdeel: 1106.75 - 43, // Nieuwbouw 222,5 − 43 = 179,5
      jaarlijkseRestopgave: (2020 - 43) / 6,
      jaarlijkseRestRijksopgave: (1096.25 - 43) / 6,
    };
    Object.entries(verwacht).forEach(([veld, waarde]) => expect([veld, fysiek[veld]]).toEqual([veld, expect.closeTo(waarde, 6)]));
    expect(fysiek.onderdelen[0]).toMatchObject({
      onderdeel: 'Nieuwbouw',
      dekking: 43,
      rijksdekking: 43,
      restopgave: 402,
      restRijksopgave: 179.5,
    });
    expect(json.perioden[1].totaal).toMatchObject({
      dekking: 150 + 43,
      rijksdekking: 100 + 43,
      restopgave: 4130 - 43,
      restRijksopgave: 2677.5 - 43,
    });
  });

  it('herbereken --scenario AZWA writes the AZWA row and leaves the rows of scenarios that are off empty', async () => {
    const uit = join(tempDir(), 'uit.xlsx');
    const { code } = await nplv('herbereken', voorbeeld, '--scenario', 'AZWA', '-o', uit);
    expect(code).toBe(0);
    const sheets = await readWorkbook(uit);
    // Dekking's inputs run A–H (Toelichting G, Scenario H): Totale dekking goes to I.
    expect(sheets.Dekking[2][8]).toBe('Totale dekking');
    expect(sheets.Dekking[rijVan('Dekking', 'AZWA') - 1][8]).toBe(61);
    expect(sheets.Dekking[rijVan('Dekking', WBI) - 1][8] ?? null).toBeNull();
    expect(sheets.Opgave[rijVan('Opgave', ANDERE[0]) - 1].slice(8).filter((v) => v !== null && v !== undefined)).toEqual([]);
    expect(sheets['NPLV Totaalbeeld'][1][0]).toBe(`Scenario's aan: AZWA; uit: ${ANDERE.join(', ')}, ${WBI}`);
  });

  it.each([
    ['totaalbeeld', ['totaalbeeld', '<f>']],
    ['herbereken', ['herbereken', '<f>']],
    ['uitleg', ['uitleg', '<f>', 'Opgave!K4']],
  ])('an unknown scenario on %s: exit 1 with the engine message listing the known ones, nothing written', async (_c, args) => {
    const dir = tempDir();
    const file = join(dir, 'v.xlsx');
    await nplv('voorbeeld', file);
    const { code, out, err } = await nplv(...args.map((a) => (a === '<f>' ? file : a)), '--scenario', 'Fundering');
    expect([code, out]).toEqual([1, '']);
    expect(err).toContain(`scenario 'Fundering' komt in geen regel voor (bekend: ${ANDERE.join(', ')}, ${WBI}, AZWA)`);
    expect(err).toMatch(/niets geschreven/);
  });

  it('an unknown scenario with --json: the error as JSON too', async () => {
    const { code, out } = await nplv('totaalbeeld', voorbeeld, '--json', '--scenario=Geen');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      perioden: [],
      meldingen: [expect.objectContaining({ ernst: 'fout', bericht: expect.stringContaining("'Geen'") })],
    });
  });

  it('a workbook without a Scenario column: no scenarios in --json, and any --scenario is unknown', async () => {
    const file = join(tempDir(), 'goed.xlsx');
    await writeWorkbook(file, GOED);
    const json = JSON.parse((await nplv('totaalbeeld', file, '--json')).out);
    expect(Object.keys(json)).toEqual(['perioden', 'overPerioden', 'meldingen']);
    expect((await nplv('totaalbeeld', file, '--scenario', WBI)).code).toBe(1);
  });

  it.each([
    [['--scenario']],
    [['totaalbeeld', 'a.xlsx', '--scenario']],
    [['totaalbeeld', 'a.xlsx', '--scenario=']],
    [['voorbeeld', 'a.xlsx', '--scenario', 'AZWA']],
    [['--json']],
  ])('usage: nplv %j → exit 2', async (argv) => {
    const { code, err } = await nplv(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(/^nplv: /);
  });
});

describe('nplv uitleg IN BLAD!CEL: how the figure in a cell was made', () => {
  it('an Opgave column: Restopgave (L, after the input columns A–H) of Nieuwbouw tot 2030 (row 4), = 155 as golden.json', async () => {
    const { code, out } = await nplv('uitleg', voorbeeld, 'Opgave!L4');
    expect(code).toBe(0);
    const [eerste, ...rest] = out.split('\n');
    expect(golden.perioden[0].pijlers[0].onderdelen[0]).toMatchObject({ onderdeel: 'Nieuwbouw', restopgave: 155 });
    expect(eerste).toMatch(/^Restopgave Nieuwbouw tot 2030 = .* = 155$/);
    expect(rest.join('\n')).toContain('Opgave!D4'); // its opgave cell
  });

  it("a Totaalbeeld cell, quoted or not, $ and ranges too: 'NPLV Totaalbeeld'!D11 is the opgave of the fysieke pijler tot 2030", async () => {
    // Rows: title, scenario line, unit, blank, Tabel 1 (heading, two rows, the control line), blank, the heading of
    // tot 2030, the fysieke pijler; columns: label, Synthese 2024, overig, Subtotaal (golden.json 3.050).
    for (const cel of ["'NPLV Totaalbeeld'!D11", 'nplv totaalbeeld!$D$11', "'NPLV Totaalbeeld'!D11:F12"]) {
      const { code, out } = await nplv('uitleg', voorbeeld, cel);
      expect([cel, code, out.split('\n')[0]]).toEqual([cel, 0, expect.stringMatching(/ = 3\.050$/)]);
    }
  });

  it('with --scenario: the Totale dekking of the Wbi row is 43, and the scenario is named; without, the row does not count', async () => {
    const cel = `Dekking!I${rijVan('Dekking', WBI)}`;
    const aan = await nplv('uitleg', voorbeeld, cel, '--scenario', WBI);
    expect(aan.code).toBe(0);
    expect(aan.out.split('\n')[0]).toMatch(/ = 43$/);
    expect(aan.out).toContain(WBI);
    const uit = await nplv('uitleg', voorbeeld, cel);
    expect(uit.code).toBe(0);
    expect(uit.out.split('\n')[0]).toMatch(/ = 0 \(.*\)$/);
  });

  it.each(['Opgave!C4', 'Opgave!A1', 'Dekking!F6', "'NPLV Totaalbeeld'!A6", 'Verdeelsleutels!B2'])(
    '%s shows no output figure: exit 2, saying which cells can be explained',
    async (cel) => {
      const { code, out, err } = await nplv('uitleg', voorbeeld, cel);
      expect([code, out]).toEqual([2, '']);
      expect(err).toContain(`nplv: ${cel} toont geen berekend cijfer`);
      expect(err).toContain('Rijksdeel t/m Overschot dekking van Opgave');
    },
  );

  it.each([
    [['uitleg', 'a.xlsx']],
    [['uitleg', 'a.xlsx', 'K4']],
    [['uitleg', 'a.xlsx', 'Opgave!']],
    [['uitleg', 'a.xlsx', 'Opgave!K4', 'extra']],
  ])('usage: nplv %j → exit 2', async (argv) => {
    const { code, err } = await nplv(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(/^nplv: /);
  });

  it('a workbook with errors: exit 1, its errors listed, as totaalbeeld does', async () => {
    const file = join(tempDir(), 'fout.xlsx');
    await writeWorkbook(file, { ...GOED, Opgave: [GOED.Opgave[0], ['tot 2030', 'Fysiek', 'Nieuwbouw', 'n.b.']] });
    const { code, err } = await nplv('uitleg', file, 'Opgave!E2');
    expect(code).toBe(1);
    expect(err).toMatch(/Opgave!D2: 'n\.b\.' is geen bedrag/);
  });
});
