import { join } from 'path';
import { GEBIEDEN } from '../../support/gebieden';
import { GOED, nplv, tempDir, writeWorkbook } from './run';

let bestand: string;
beforeAll(async () => {
  bestand = join(tempDir(), 'gebieden.xlsx');
  await writeWorkbook(bestand, GEBIEDEN);
});

// A printed row: its cells separated by two or more spaces.
const rij = (...cellen: string[]) => new RegExp(`^${cellen.map((c) => c.replace(/[().+]/g, '\\$&')).join(' {2,}')}$`, 'm');

// The figures by hand: test/support/gebieden.ts.
describe('nplv totaalbeeld --gebied (issue 16)', () => {
  it('prints the title lines, then per periode the gebied per pijler and in total, its onderdelen, then the messages', async () => {
    const { code, out, err } = await nplv('totaalbeeld', bestand, '--gebied', 'Rotterdam-Zuid');
    expect([code, err]).toEqual([0, '']);
    expect(out.split('\n').slice(1, 3)).toEqual(['Gebied: Rotterdam-Zuid', 'Bedragen in mln euro']);
    // tot 2030: opgave, dekking, restopgave, Rijksdeel, rest-Rijksopgave, per jaar.
    expect(out).toMatch(
      rij(
        'tot 2030 (2026–2029, 4 jaar): Rotterdam-Zuid',
        'Opgave',
        'Dekking',
        'Restopgave',
        'Rijksdeel',
        'Rest. Rijksopgave',
        'Restopgave per jaar',
      ),
    );
    expect(out).toMatch(rij('Fysieke pijler', '240,0', '80,0', '160,0', '130,0', '80,0', '40,0'));
    expect(out).toMatch(rij('Sociaal-maatschappelijke pijler', '80,0', '20,0', '60,0', '60,0', '40,0', '15,0'));
    expect(out).toMatch(rij('Totaal Rotterdam-Zuid', '320,0', '100,0', '220,0', '190,0', '120,0', '55,0'));
    expect(out).toContain('Restopgave per onderdeel, zonder verrekening tussen onderdelen; dekking op pijlerniveau hoort bij geen gebied.');
    expect(out).toMatch(rij('Dekking op pijlerniveau, aan geen gebied toegerekend', '10,0'));
    // Its onderdelen, without those of the other gebieden.
    expect(out).toMatch(rij('Nieuwbouw', '200,0', '50%', '100,0', '80,0', '50,0', '120,0', '50,0', '0,0'));
    expect(out).toMatch(rij('Leefomgeving', '40,0', '75%', '30,0', '0,0', '0,0', '40,0', '30,0', '0,0'));
    expect(out).toMatch(rij('Onderwijs', '80,0', '75%', '60,0', '20,0', '20,0', '60,0', '40,0', '0,0'));
    const tabellen = out.slice(0, out.indexOf('\nMeldingen\n'));
    expect(tabellen).not.toMatch(/Den Haag|Tilburg|100,0 +50%/);
    // 2030 t/m 2035: only Nieuwbouw, 200 over 6 jaar.
    expect(out).toMatch(rij('Totaal Rotterdam-Zuid', '300,0', '100,0', '200,0', '150,0', '50,0', '33,3'));
    expect(out).toMatch(/\nMeldingen\n[^]*Opgave!E3/);
  });

  it('matches the name as the engine does (case, accents, spacing); a periode without its onderdelen says so', async () => {
    const { code, out } = await nplv('totaalbeeld', bestand, '--gebied=TILBÚRG-noord ');
    expect(code).toBe(0);
    expect(out).toContain('\nGebied: Tilburg-Noord\n');
    expect(out).toMatch(rij('Totaal Tilburg-Noord', '60,0', '0,0', '60,0', '45,0', '45,0', '15,0'));
    expect(out).toMatch(/2030 t\/m 2035 \(2030–2035, 6 jaar\): Tilburg-Noord.*\nGeen onderdelen van dit gebied in deze periode\.\n/);
    expect(out).not.toContain('2030 t/m 2035: per onderdeel');
  });

  it('with --eenheid, --decimalen and --csv: the same rows in the chosen unit', async () => {
    const { code, out } = await nplv(
      'totaalbeeld',
      bestand,
      '--gebied',
      'den haag zuidwest',
      '--csv',
      '--eenheid',
      'mld',
      '--decimalen',
      '3',
    );
    expect(code).toBe(0);
    const regels = out.split('\n');
    // tot 2030: Nieuwbouw 100, dekking 120 → rest 0, Rijksdeel 50, rest-Rijks 20; 2030 t/m 2035: Onderwijs 120 → per jaar 20.
    expect(regels).toContain('Totaal Den Haag Zuidwest;0,100;0,120;0,000;0,050;0,020;0,000');
    expect(regels).toContain('Totaal Den Haag Zuidwest;0,120;0,000;0,120;0,090;0,090;0,020');
    expect(regels).toContain('Bedragen in mld euro, 3 decimalen');
  });

  it('with --markdown: a table per block', async () => {
    const { code, out } = await nplv('totaalbeeld', bestand, '--gebied', 'Rotterdam-Zuid', '--markdown');
    expect(code).toBe(0);
    expect(out).toContain('| **Totaal Rotterdam-Zuid** | 320,0 | 100,0 | 220,0 | 190,0 | 120,0 | 55,0 |');
  });

  it('an unknown gebied is wrong usage (exit 2) naming those there are', async () => {
    const { code, out, err } = await nplv('totaalbeeld', bestand, '--gebied', 'Zwolle');
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe("nplv: gebied 'Zwolle' staat niet in de werkmap; wel: Rotterdam-Zuid, Den Haag Zuidwest, Tilburg-Noord");
  });

  it('a workbook without gebieden says so', async () => {
    const zonder = join(tempDir(), 'zonder.xlsx');
    await writeWorkbook(zonder, GOED);
    const { code, err } = await nplv('totaalbeeld', zonder, '--gebied', 'Rotterdam-Zuid');
    expect(code).toBe(2);
    expect(err).toBe('nplv: de werkmap heeft geen gebieden (geen kolom Gebied in gebruik)');
  });

  it('onderdelen without a gebied are “(geen gebied)”, listed in the engine’s order (periode, pijler, onderdeel)', async () => {
    const metLeeg = join(tempDir(), 'leeg.xlsx');
    await writeWorkbook(metLeeg, { ...GEBIEDEN, Opgave: [...GEBIEDEN.Opgave, ['tot 2030', 'Fysiek', 'Leefomgeving', null, 8, null]] });
    expect((await nplv('totaalbeeld', metLeeg, '--gebied', 'x')).err).toMatch(
      /; wel: Rotterdam-Zuid, Den Haag Zuidwest, \(geen gebied\), Tilburg-Noord$/,
    );
    // Leefomgeving 8 at 75%: Rijksdeel 6, per jaar 2.
    expect((await nplv('totaalbeeld', metLeeg, '--gebied', '(Geen gebied)')).out).toMatch(
      rij('Totaal (geen gebied)', '8,0', '0,0', '8,0', '6,0', '6,0', '2,0'),
    );
  });

  it.each([
    [
      ['totaalbeeld', 'x.xlsx', '--json', '--gebied', 'Zuid'],
      '--gebied geldt niet bij --json: de JSON geeft alle gebieden, elk in perioden[].gebieden',
    ],
    [['totaalbeeld', 'x.xlsx', '--gebied'], 'na --gebied hoort de naam van een gebied (bijv. Rotterdam-Zuid)'],
    [['herbereken', 'x.xlsx', '--gebied', 'Zuid'], 'onbekende optie --gebied'],
  ])('%p is wrong usage: exit 2, %p', async (args, bericht) => {
    const { code, err } = await nplv(...args);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(`nplv: ${bericht}`);
  });

  it('--help names the option', async () => {
    expect((await nplv('--help')).out).toMatch(
      /nplv totaalbeeld IN\.xlsx \[--json \| --csv \| --markdown\] \[--gebied NAAM\]\n[^]*--gebied NAAM: alleen dat gebied/,
    );
  });
});
