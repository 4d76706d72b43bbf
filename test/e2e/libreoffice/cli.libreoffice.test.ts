import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { nplv, soffice, tempDir } from '../../unit/cli/run';

/**
 * Workbooks of other spreadsheet software. `andere-indeling.xlsx` was saved by LibreOffice Calc
 * 7.4 from `andere-indeling.fods` (beside it): a notes sheet first, ' opgaven ' with title rows,
 * synonyms (Thema, Focusgebied, Totale opgave, Rijks-aandeel), a blank row, gebieden, a formula,
 * '-' and '30%' as text, amounts in euros of 10^11, a third periode from a Perioden sheet
 * (Van / Tot en met), Nieuwbouw at 40% from a Verdeelsleutels sheet, and a Totaal row.
 */
const FIXTURE = join(__dirname, '../../fixtures/libreoffice/andere-indeling.xlsx');

describe('a workbook saved by LibreOffice, laid out otherwise', () => {
  it('gives exactly what MODEL.md says (figures worked out by hand)', async () => {
    const { code, out } = await nplv('totaalbeeld', FIXTURE, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.meldingen).toEqual([]);
    expect(json.perioden.map((p: { periode: string; jaren: number }) => [p.periode, p.jaren])).toEqual([
      ['tot 2030', 4],
      ['2030 t/m 2035', 6],
      ['2036 t/m 2040', 5],
    ]);
    const [fysiek] = json.perioden[0].pijlers;
    // Nieuwbouw Rotterdam-Zuid: 123.456.789.012,34 × 40% (Verdeelsleutels sheet) = 49.382.715.604,936;
    // dekking 10e9 + 10e9; Rijk 49.382.715.604,936 − 10e9.
    expect(fysiek.onderdelen[0]).toEqual({
      onderdeel: 'Nieuwbouw',
      gebied: 'Rotterdam-Zuid',
      opgave: 123456789012.34,
      verdeelsleutel: 0.4,
      rijksdeel: 49382715604.936,
      dekking: 20e9,
      rijksdekking: 10e9,
      restopgave: 103456789012.34,
      restRijksopgave: 39382715604.936,
      overschot: 0,
      jaarlijkseRestopgave: 25864197253.085,
    });
    // Herstructurering corporatievoorraad: a formula (2 × 10^11) with its per-row key '30%' as text.
    expect([fysiek.onderdelen[2].opgave, fysiek.onderdelen[2].rijksdeel]).toEqual([200e9, 60e9]);
    // The pijler: 423.456.789.012,34 opgave; 25e9 dekking of which 5e9 on pillar level ('Ambtelijke capaciteit').
    expect([fysiek.opgave, fysiek.dekking, fysiek.restopgave, fysiek.restopgavePerOnderdeel]).toEqual([
      423456789012.34, 25e9, 398456789012.34, 403456789012.34,
    ]);
    expect([fysiek.rijksdeel, fysiek.restRijksopgave, fysiek.restRijksopgavePerOnderdeel]).toEqual([
      149382715604.936, 134382715604.936, 139382715604.936,
    ]);
    // '2030-2035' is the periode '2030 t/m 2035'; 'Openbare ruimte en voorzieningen' is Leefomgeving at 75%.
    expect(json.perioden[1].pijlers[0].onderdelen[0]).toMatchObject({ opgave: 50e9, verdeelsleutel: 0.75, rijksdeel: 37.5e9 });
    // Two Onderwijs rows add up: 80e9 + 20e9, over 5 years, 30e9 dekking.
    expect(json.perioden[2].pijlers[0]).toMatchObject({
      opgave: 100e9,
      rijksdeel: 75e9,
      restopgave: 70e9,
      jaarlijkseRestopgave: 14e9,
      restRijksopgave: 45e9,
    });
  });
});

const inCi = process.env.CI === 'true';
const withLibreOffice = soffice() || inCi ? it : it.skip;
if (!soffice() && !inCi)
  console.warn('LibreOffice ontbreekt: de test "opens in another spreadsheet program" is overgeslagen (CI installeert het).');

describe('the output of nplv herbereken in another spreadsheet program', () => {
  withLibreOffice('LibreOffice reads the written columns with the same values', async () => {
    const dir = tempDir();
    const input = join(dir, 'raming.xlsx');
    copyFileSync(FIXTURE, input);
    expect((await nplv('herbereken', input)).code).toBe(0);
    const csvDir = join(dir, 'csv');
    mkdirSync(csvDir);
    // Every sheet as CSV, values as shown is off (raw numbers), UTF-8.
    execFileSync(
      soffice()!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/lo`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        csvDir,
        join(dir, 'raming-herberekend.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const sheet = (name: string) =>
      readFileSync(
        join(
          csvDir,
          readdirSync(csvDir).find((f) => f.includes(name))!,
        ),
        'utf8',
      )
        .split('\n')
        .map((l) => l.split(','));
    const opgave = sheet('opgaven');
    expect(opgave[3].slice(6)).toEqual([
      'Rijksdeel',
      'Dekking',
      'Rijksdekking',
      'Restopgave',
      'Rest. Rijksopgave',
      'Jaarlijkse restopgave',
      'Overschot dekking',
    ]);
    expect(opgave[4].slice(6).map(Number)).toEqual([49382715604.936, 20e9, 10e9, 103456789012.34, 39382715604.936, 25864197253.085, 0]);
    // The input's formula is still a formula LibreOffice computes: 2 × 10^11.
    expect(Number(opgave[7][4])).toBe(200e9);
    expect(readdirSync(csvDir).some((f) => f.includes('Totaalbeeld'))).toBe(true);
  });
});
