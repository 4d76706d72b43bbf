import { join } from 'path';
import { GOED, nplv, readWorkbook, tempDir, writeWorkbook } from './run';

// Tabel 2 of the report (seed 002), tot 2030, in mld with 2 decimals, rounded by hand from golden.json's mln, half away
// from zero. Fysieke pijler: Synthese 2024 (Leefomgeving) 265 → 0,27; overig 2.785 → 2,79 (binary rounding gives 2,78);
// opgave 3.050 → 3,05; dekking 675 → 0,68; restopgave 2.375 → 2,38; per jaar 593,75 → 0,59; per onderdeel 2.450 → 2,45.
// Totale opgave: Synthese 265 + 1.300 = 1.565 → 1,57; 2,79; 4.350 → 4,35; 1.415 → 1,42; 2.935 → 2,94; 733,75 → 0,73; 3.015 → 3,02.
const FYSIEK_MLD = ['Fysieke pijler', '0,27', '2,79', '3,05', '0,68', '2,38', '0,59', '2,45'];
const TOTAAL_MLD = ['Totale opgave', '1,57', '2,79', '4,35', '1,42', '2,94', '0,73', '3,02'];
// Tabel 1: restopgave and per jaar per periode and t/m 2035 (2.935 + 4.130 = 7.065 over 10 jaar: 706,5 → 0,71), total and Rijk
// (1.108,75 + 2.677,5 = 3.786,25 → 3,79; per jaar 378,625 → 0,38) — the 2,94 / 0,73 / 4,13 / 0,69 and 1,11 / 0,28 / 2,68 / 0,45.
const TABEL1_MLD = [/^Totale opgave +2,94 +0,73 +4,13 +0,69 +7,07 +0,71$/m, /^Totale Rijksopgave +1,11 +0,28 +2,68 +0,45 +3,79 +0,38$/m];

describe('nplv --eenheid and --decimalen (issue 16)', () => {
  it('prints the example in mld with 2 decimals, as Tabel 2 of the report, under the unit line', async () => {
    const { code, out } = await nplv('--eenheid', 'mld', '--decimalen', '2');
    expect(code).toBe(0);
    expect(out).toContain('\nBedragen in mld euro\n');
    expect(out).toMatch(new RegExp(`^${FYSIEK_MLD.join(' +')}$`, 'm'));
    expect(out).toMatch(new RegExp(`^${TOTAAL_MLD.join(' +')}$`, 'm'));
    TABEL1_MLD.forEach((regel) => expect(out).toMatch(regel));
    // 2030 t/m 2035 (all Extrapolatie): restopgave 4.130 → 4,13 (the report prints 4,14), Rijk 2.677,5 → 2,68.
    expect(out).toMatch(/^Totale opgave +4,28 +4,28 +0,15 +4,13 +0,69 +4,15$/m);
    expect(out).toMatch(/^Totale Rijksopgave +2,78 +2,78 +0,10 +2,68 +0,45 +2,69$/m);
  });

  it('mld alone takes its 2 decimals; --decimalen alone keeps the unit; the line says decimals other than the default', async () => {
    expect((await nplv('--eenheid', 'mld')).out).toMatch(new RegExp(`^${FYSIEK_MLD.join(' +')}$`, 'm'));
    const { out } = await nplv('--decimalen=3');
    expect(out).toContain('\nBedragen in mln euro, 3 decimalen\n');
    expect(out).toMatch(/^Fysieke pijler +265,000 +2\.785,000 +3\.050,000 +675,000 +2\.375,000 +593,750 +2\.450,000$/m);
  });

  it.each([
    [['--decimalen', '7'], "na --decimalen hoort een geheel getal van 0 tot en met 6, niet '7'"],
    [['--decimalen', '1,5'], "na --decimalen hoort een geheel getal van 0 tot en met 6, niet '1,5'"],
    [['--eenheid', 'gulden'], "onbekende eenheid 'gulden' na --eenheid; kies 'euro', 'duizend', 'mln' of 'mld'"],
    [['--eenheid'], 'na --eenheid hoort een eenheid (mln of mld; ook euro of duizend)'],
    [
      ['totaalbeeld', 'x.xlsx', '--json', '--eenheid', 'mld'],
      '--eenheid en --decimalen gelden niet bij --json: JSON geeft de bedragen exact, in de eenheid van de werkmap',
    ],
    [['totaalbeeld', 'x.xlsx', '--csv', '--markdown'], 'kies één van --csv en --markdown'],
    [['uitleg', 'x.xlsx', 'Opgave!G2', '--eenheid', 'mld'], 'onbekende optie --eenheid'],
  ])('%p is wrong usage: exit 2, %p', async (args, bericht) => {
    const { code, err } = await nplv(...args);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(`nplv: ${bericht}`);
  });

  it('nplv herbereken writes the setting into the unit line; a second herbereken without options keeps it; cells keep the exact amounts', async () => {
    const dir = tempDir();
    const [inv, een, twee] = ['raming.xlsx', 'een.xlsx', 'twee.xlsx'].map((f) => join(dir, f));
    await writeWorkbook(inv, GOED);
    expect((await nplv('herbereken', inv, '-o', een, '--eenheid', 'mld', '--decimalen', '3')).code).toBe(0);
    const { code, out } = await nplv('herbereken', een, '-o', twee);
    expect(code).toBe(0);
    // GOED: Nieuwbouw 445 and Onderwijs 415 (tot 2030), dekking 290 on Nieuwbouw: opgave 860 → 0,860 mld; restopgave 155 + 415 = 570 → 0,570.
    expect(out).toContain('Bedragen in mld euro, 3 decimalen');
    expect(out).toMatch(/^Totale opgave +0,860 +0,290 +0,570 /m);
    const tb = (await readWorkbook(twee))['NPLV Totaalbeeld'];
    expect(tb.map((r) => r?.[0])).toContain('Bedragen in mld euro, 3 decimalen');
    // Tabel 1 (restopgave 570, per jaar 142,5), then Tabel 2 (opgave 860, dekking 290, restopgave 570): the exact mln.
    expect(tb.filter((r) => r?.[0] === 'Totale opgave').map((r) => r.slice(1, 4))).toEqual([
      [570, 142.5, undefined],
      [860, 290, 570],
    ]);
  });
});

describe('nplv totaalbeeld --csv and --markdown (issue 16)', () => {
  async function voorbeeld() {
    const file = join(tempDir(), 'voorbeeld.xlsx');
    await nplv('voorbeeld', file);
    return file;
  }

  it('--csv: UTF-8 with a byte order mark, ; between fields, decimal comma, one block per table, in the chosen unit', async () => {
    const { code, out } = await nplv('totaalbeeld', await voorbeeld(), '--csv', '--eenheid', 'mld');
    expect(code).toBe(0);
    // The title holds a ; (`… en Dekking (A1:H27); verdeelsleutels: standaard`): quoted.
    expect(out).toMatch(/^\uFEFF"NPLV Totaalbeeld — berekend [^"]+; verdeelsleutels: standaard"\n/);
    const regels = out.slice(1).split('\n');
    expect(regels).toContain(FYSIEK_MLD.join(';'));
    expect(regels).toContain(TOTAAL_MLD.join(';'));
    expect(regels).toContain(
      'tot 2030 (2026–2029, 4 jaar);Synthese 2024;overig;Subtotaal;Dekking;Restopgave;Restopgave per jaar;Restopgave per onderdeel',
    );
    expect(regels).toContain('Totale opgave;2,94;0,73;4,13;0,69;7,07;0,71');
    // A blank line before each table's heading; a field with a ; or a quote is quoted.
    expect(regels[regels.indexOf(FYSIEK_MLD.join(';')) - 2]).toBe('');
    expect(regels.some((r) => /^controle;Opgave!D10;/.test(r))).toBe(true);
  });

  it('--csv: a text that Excel would read as a formula gets a quote before it; a negative amount stays a number', async () => {
    const dir = tempDir();
    const file = join(dir, 'formule.xlsx');
    await writeWorkbook(file, {
      Opgave: [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
        ['tot 2030', 'Sociaal-maatschappelijk', '=HYPERLINK("http://x")', 100],
        ['tot 2030', 'Sociaal-maatschappelijk', '@SUM(A1)', 50],
      ],
      Dekking: [['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering']],
    });
    const regels = (await nplv('totaalbeeld', file, '--csv')).out.split('\n');
    // 100 × 75% = 75 Rijksdeel, no dekking: restopgave 100.
    expect(regels).toContain(`"'=HYPERLINK(""http://x"")";100,0;75%;75,0;0,0;0,0;100,0;75,0;0,0`);
    expect(regels.some((r) => r.startsWith("'@SUM(A1);50,0;"))).toBe(true);
  });

  it('--markdown: the title as a heading, each table a GitHub table with amounts right-aligned', async () => {
    const { code, out } = await nplv('totaalbeeld', await voorbeeld(), '--markdown', '--eenheid', 'mld');
    expect(code).toBe(0);
    const regels = out.split('\n');
    expect(regels[0]).toMatch(/^## NPLV Totaalbeeld — berekend /);
    const kop = regels.indexOf(
      '| tot 2030 (2026–2029, 4 jaar) | Synthese 2024 | overig | Subtotaal | Dekking | Restopgave | Restopgave per jaar | Restopgave per onderdeel |',
    );
    expect(kop).toBeGreaterThan(0);
    expect(regels[kop + 1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(regels[kop + 2]).toBe(`| ${FYSIEK_MLD.join(' | ')} |`);
    expect(regels).toContain(`| **Totale opgave** | ${TOTAAL_MLD.slice(1).join(' | ')} |`);
    expect(regels).toContain('| **Fysieke pijler** |  |  |  |  |  |  |  |  |');
  });
});
