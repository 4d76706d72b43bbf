import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import golden from '../../../src/voorbeeld/golden.json';
import { alsGolden } from '../../support/goldenJson';
import { GOED, nplv, readWorkbook, tempDir, writeWorkbook } from './run';

describe('nplv without arguments: the main job on the embedded example', () => {
  it('prints the Totaalbeeld of the seed, as in Tabel 2 and 3 of the report', async () => {
    const { code, out } = await nplv();
    expect(code).toBe(0);
    // Tabel 1: restopgave and per jaar tot 2030, 2030 t/m 2035 and t/m 2035 (2.935 + 4.130 = 7.065 over 10 years).
    expect(out).toMatch(/^Totale opgave +2\.935,0 +733,8 +4\.130,0 +688,3 +7\.065,0 +706,5$/m);
    // Tabel 2 (tot 2030) in mln: per source (the example's Synthese 2024 1.565, overig 2.785), Subtotaal 4.350 opgave,
    // 1.415 dekking, 2.935 restopgave, 733,75 per jaar; per onderdeel 3.015.
    expect(out).toMatch(/^Totale opgave +1\.565,0 +2\.785,0 +4\.350,0 +1\.415,0 +2\.935,0 +733,8 +3\.015,0$/m);
    expect(out).toMatch(/^Totale Rijksopgave +1\.173,8 +1\.160,0 +2\.333,8 +1\.225,0 +1\.108,8 +277,2 +1\.293,0$/m);
    // Tabel 3 (2030 t/m 2035): all Extrapolatie; restopgave 4.130 (printed 4,14 mld), Rijk 2.677,5.
    expect(out).toMatch(/^Totale opgave +4\.280,0 +4\.280,0 +150,0 +4\.130,0 +688,3 +4\.150,0$/m);
  });

  it("shows the report's own inconsistencies as control messages", async () => {
    const { out } = await nplv();
    const controles = out.split('\n').filter((l) => l.startsWith('controle'));
    // Rijksdeel printed rounded to 5 (1.360 / 1.190 / 1.590) and social 2030 t/m 2035 printed 2.120 instead of 2.115.
    // The rows give 1.358,75, 1.191,25 and 1.586,25: shown as the computed columns show them (#,##0.0, half away
    // from zero), the difference to that decimal too (1,25 → 1,3; 3,75 → 3,8), the typed figures as typed (issue 12).
    expect(controles.join('\n')).toMatch(/1\.360, de regels erboven geven 1\.358,8 \(verschil 1,3\)/);
    expect(controles.join('\n')).toMatch(/1\.190, de regels erboven geven 1\.191,3 \(verschil 1,3\)/);
    expect(controles.join('\n')).toMatch(/2\.120, de regels erboven geven 2\.115 \(verschil 5\)/);
    expect(controles.join('\n')).toMatch(/1\.590, de regels erboven geven 1\.586,3 \(verschil 3,8\)/);
    expect(controles).toHaveLength(4);
  });
});

describe('nplv voorbeeld and totaalbeeld --json', () => {
  it('writes the example workbook, which gives exactly golden.json', async () => {
    const dir = tempDir();
    const file = join(dir, 'voorbeeld.xlsx');
    expect((await nplv('voorbeeld', file)).code).toBe(0);
    const { code, out } = await nplv('totaalbeeld', file, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.meldingen.map((m: { ernst: string }) => m.ernst).sort()).toEqual([
      'controle',
      'controle',
      'controle',
      'controle',
      'waarschuwing',
      'waarschuwing',
    ]);
    // The example's scenario rows (voorbeeld.json), all off: the base is the seed.
    expect(json.scenarios).toEqual(
      ['Funderingsherstel 1 mld', 'Funderingsherstel 1,5 mld', 'Wbi naar rato', 'AZWA'].map((naam) => ({ naam, aan: false })),
    );
    delete json.meldingen;
    delete json.scenarios;
    expect(alsGolden(json)).toEqual(golden);
    // What issue 16 adds, by hand from golden.json: Tabel 1 over both perioden (2.935 + 4.130 over 10 years), the sources.
    expect(json.overPerioden).toMatchObject({ label: 't/m 2035', restopgave: 7065, jaarlijkseRestopgave: 706.5 });
    expect(json.perioden.map((p: { ramingen: string[] }) => p.ramingen)).toEqual([['Synthese 2024', ''], ['Extrapolatie']]);
  });

  it('never replaces an existing file with the example', async () => {
    const file = join(tempDir(), 'mijn.xlsx');
    writeFileSync(file, 'van de analist');
    const { code, err } = await nplv('voorbeeld', file);
    expect([code, readFileSync(file, 'utf8')]).toEqual([2, 'van de analist']);
    expect(err).toMatch(/bestaat al/);
  });
});

describe('nplv herbereken', () => {
  it('writes the columns to IN-herberekend.xlsx and leaves IN as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'raming.xlsx');
    await writeWorkbook(file, GOED);
    const before = readFileSync(file);
    const { code, out } = await nplv('herbereken', file);
    expect(code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const uit = join(dir, 'raming-herberekend.xlsx');
    expect(out).toContain(`Geschreven: ${uit}`);
    const sheets = await readWorkbook(uit);
    expect(sheets.Opgave[0].slice(4)).toEqual([
      'Rijksdeel',
      'Dekking',
      'Rijksdekking',
      'Restopgave',
      'Rest. Rijksopgave',
      'Jaarlijkse restopgave',
      'Overschot dekking',
    ]);
    // Nieuwbouw: 445 × 50% = 222,5; dekking 290; restopgave 155; Rijk 222,5 − 145 = 77,5; per jaar 155 / 4.
    expect(sheets.Opgave[1].slice(4)).toEqual([222.5, 290, 145, 155, 77.5, 38.75, 0]);
    expect(sheets.Dekking[1].slice(6)).toEqual([290]);
    expect(Object.keys(sheets)).toEqual(['Opgave', 'Dekking', 'NPLV Totaalbeeld']);
  });

  it('writes to -o OUT, but never onto its input', async () => {
    const dir = tempDir();
    const file = join(dir, 'raming.xlsx');
    await writeWorkbook(file, GOED);
    expect((await nplv('herbereken', file, '-o', join(dir, 'uit.xlsx'))).code).toBe(0);
    expect(existsSync(join(dir, 'uit.xlsx'))).toBe(true);
    const same = await nplv('herbereken', file, '-o', file);
    expect(same.code).toBe(2);
  });
});

describe('bad workbooks: exit 1, the sheet and cell named, no output file', () => {
  const opgave = (rows: unknown[][]) => ({ ...GOED, Opgave: [GOED.Opgave[0], ...rows] });
  const cases: [string, Record<string, unknown[][]>, RegExp][] = [
    ['text in an amount cell', opgave([['tot 2030', 'Fysiek', 'Nieuwbouw', 'n.b.']]), /Opgave!D2: 'n\.b\.' is geen bedrag/],
    ['a negative amount', opgave([['tot 2030', 'Fysiek', 'Nieuwbouw', -5]]), /Opgave!D2: .*negatief/],
    [
      'an Excel error value, named as Dutch Excel shows it',
      opgave([['tot 2030', 'Fysiek', 'Nieuwbouw', { error: '#REF!' }]]),
      /Opgave!D2: .*#VERW!/,
    ],
    [
      'an unknown periode',
      opgave([['tot 2031', 'Fysiek', 'Nieuwbouw', 5]]),
      /Opgave!A2: periode 'tot 2031' is onbekend \(bekend: tot 2030, 2030 t\/m 2035\)/,
    ],
    [
      'a missing required column',
      {
        ...GOED,
        Dekking: [
          ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering'],
          ['tot 2030', 'Fysiek', 'x', '', 5],
        ],
      },
      /Dekking.*Rijksfinanciering/,
    ],
    ['a missing Dekking sheet', { Opgave: GOED.Opgave }, /Dekking/],
    [
      'a physical onderdeel without key',
      opgave([['tot 2030', 'Fysiek', 'Funderingsherstel', 500]]),
      /Opgave!C2: .*'Funderingsherstel'.*verdeelsleutel/,
    ],
  ];

  it.each(cases)('%s', async (_name, sheets, message) => {
    const dir = tempDir();
    const file = join(dir, 'fout.xlsx');
    await writeWorkbook(file, sheets as never);
    const { code, err } = await nplv('herbereken', file);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err).toMatch(/niets geschreven/);
    expect(existsSync(join(dir, 'fout-herberekend.xlsx'))).toBe(false);
  });

  it('lists all problems of a workbook in one run', async () => {
    const file = join(tempDir(), 'fout.xlsx');
    await writeWorkbook(
      file,
      opgave([
        ['tot 2031', 'Fysiek', 'Nieuwbouw', 5],
        ['tot 2030', 'Fysiek', 'Nieuwbouw', 'n.b.'],
      ]) as never,
    );
    const { code, err } = await nplv('totaalbeeld', file);
    expect(code).toBe(1);
    expect(err).toMatch(/Opgave!A2/);
    expect(err).toMatch(/Opgave!D3/);
  });
});

describe('usage and unreadable files: exit 2', () => {
  it.each([[['herbereken']], [['onzin']], [['totaalbeeld', 'a.xlsx', '--xml']], [['herbereken', '/bestaat/niet.xlsx']]])(
    'nplv %j',
    async (argv) => {
      const { code, err } = await nplv(...argv);
      expect(code).toBe(2);
      expect(err).toMatch(/^nplv: /);
    },
  );

  it('a file that is not an .xlsx', async () => {
    const file = join(tempDir(), 'tekst.xlsx');
    writeFileSync(file, 'geen werkmap');
    expect((await nplv('totaalbeeld', file)).code).toBe(2);
  });
});
