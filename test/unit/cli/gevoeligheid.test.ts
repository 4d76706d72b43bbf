import { existsSync } from 'fs';
import { join } from 'path';
import type { GevoeligheidJson, SleutelJson } from '../../../src/engine';
import { a1 } from '../../../src/sheet';
import { openXlsxPackage } from '../../../src/workbook/node';
import { GOED, geenStack, nplv, tempDir, writeWorkbook } from './run';

/**
 * `nplv gevoeligheid` (issue 19) on the example workbook (written by `nplv voorbeeld`). By hand
 * from voorbeeld.json, tot 2030: Nieuwbouw 445 at the standard 50%, Rijksdekking 145: Rijksdeel
 * 222,5, rest 77,5; +10 pp: 267 → 122 (Δ +44,5), the Fysieke pijler by saldering 873,75 →
 * 918,25 (Δ +44,5); −10 pp: Δ −44,5. Bereikbaarheid en mobiliteit 130 at 65%, Rijksdekking 90:
 * Rijksdeel 84,5, rest 0; +10 pp: 97,5 → rest 7,5 (Δ +7,5, the clamp), by saldering Δ +13
 * (130 × 10%); kantelpunt 90 ÷ 130, the key below it. The largest: the Sociaal-maatschappelijk
 * pijler key 2030 t/m 2035 (75% on all its onderdelen without their own, opgave 2115, only 5
 * Rijksdekking on the pijler): ±10 pp moves the total by ±211,5.
 */
const dir = tempDir();
const VOORBEELD = join(dir, 'voorbeeld.xlsx');

beforeAll(async () => {
  expect((await nplv('voorbeeld', VOORBEELD)).code).toBe(0);
});

async function json(...args: string[]): Promise<GevoeligheidJson> {
  const { code, out, err } = await nplv('gevoeligheid', VOORBEELD, '--json', ...args);
  expect([code, err]).toEqual([0, '']);
  return JSON.parse(out) as GevoeligheidJson;
}

const sleutel = (g: GevoeligheidJson, periode: string, onderdeel: string): SleutelJson =>
  g.sleutels.find((s) => s.periode === periode && s.onderdeel === onderdeel)!;
const delta = (s: SleutelJson, stap: number) => s.varianten.find((v) => v.stap === stap)!.delta;

describe('nplv gevoeligheid IN', () => {
  it('--json: Nieuwbouw and Bereikbaarheid tot 2030 ±10 pp as by hand, the kantelpunt, the largest first', async () => {
    const g = await json();
    expect(g.stappen).toEqual([-10, -5, 5, 10]);
    const nieuwbouw = sleutel(g, 'tot 2030', 'Nieuwbouw');
    expect([delta(nieuwbouw, 10).restOnderdeel, delta(nieuwbouw, 10).pijlerSaldering, delta(nieuwbouw, -10).restOnderdeel]).toEqual([
      44.5, 44.5, -44.5,
    ]);
    expect([nieuwbouw.basis.pijlerSaldering, nieuwbouw.varianten[3].cijfers.pijlerSaldering]).toEqual([873.75, 918.25]);
    const weg = sleutel(g, 'tot 2030', 'Bereikbaarheid en mobiliteit');
    expect([delta(weg, 10).restOnderdeel, delta(weg, 10).pijlerSaldering, delta(weg, -10).restOnderdeel]).toEqual([7.5, 13, 0]);
    expect([weg.kantelpunt, weg.kantelStand]).toEqual([expect.closeTo(90 / 130, 12), 'onder']);
    expect([g.sleutels[0].periode, g.sleutels[0].soort, delta(g.sleutels[0], 10).totaalSaldering]).toEqual([
      '2030 t/m 2035',
      'pijler',
      211.5,
    ]);
    // The Funderingsherstel rows are of scenarios that are off: listed last, not varied.
    expect(g.sleutels.filter((s) => s.status !== 'gevarieerd').map((s) => [s.onderdeel, s.status, s.varianten])).toEqual([
      ['Funderingsherstel kwetsbare voorraad', 'scenarioUit', []],
      ['Funderingsherstel overige woningen', 'scenarioUit', []],
    ]);
  });

  it('--stap 0: every Δ is 0; --stap 5,10, --stap 2.5 and --stap=2,5;5 are read as steps', async () => {
    const nul = await json('--stap', '0');
    expect(nul.stappen).toEqual([0]);
    const deltas = nul.sleutels.filter((s) => s.status === 'gevarieerd').flatMap((s) => s.varianten.flatMap((v) => Object.values(v.delta)));
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.every((d) => d === 0)).toBe(true);
    expect((await json('--stap', '5,10')).stappen).toEqual([-10, -5, 5, 10]);
    const half = await json('--stap', '2.5', '--stap=2,5;5');
    expect(half.stappen).toEqual([-5, -2.5, 2.5, 5]);
    expect(delta(sleutel(half, 'tot 2030', 'Nieuwbouw'), 2.5).restOnderdeel).toBe(11.125); // 445 × 2,5%
  });

  it('prints the table: the head, then a row per key with its Δ in the amounts format', async () => {
    const { code, out } = await nplv('gevoeligheid', VOORBEELD, '--stap', '10');
    expect(code).toBe(0);
    expect(out).toMatch(/^Gevoeligheid van de verdeelsleutels — gemaakt \d\d-\d\d-\d{4} \d\d:\d\d\n/);
    expect(out).toMatch(
      /\nNieuwbouw — tot 2030 +tot 2030 +Fysiek +Nieuwbouw +50,0% +32,6% +boven +77,5 +-44,5 +-44,5 +-44,5 +44,5 +44,5 +44,5\n/,
    );
  });

  it.each([['abc'], ['101'], ['-5'], ['5,x']])('--stap %s: a Dutch message, exit 2', async (stap) => {
    const { code, out, err } = await nplv('gevoeligheid', VOORBEELD, '--stap', stap);
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/^nplv: na --stap hoort een getal van 0 tot en met 100 \(procentpunt\), niet '/);
    geenStack(err);
  });

  it('a workbook with an error: the errors, exit 1, no output file', async () => {
    const fout = join(dir, 'fout.xlsx');
    await writeWorkbook(fout, { ...GOED, Opgave: [...GOED.Opgave, ['tot 2030', 'Fysiek', 'Leefomgeving', 'veel']] });
    const uit = join(dir, 'fout-gevoeligheid.xlsx');
    const { code, out, err } = await nplv('gevoeligheid', fout, '-o', uit);
    expect([code, out]).toEqual([1, '']);
    expect(err).toMatch(/^fout Opgave!D4: /);
    expect(err).toMatch(/— niets geschreven\.$/);
    expect(existsSync(uit)).toBe(false);
  });

  it('-o: a copy with the NPLV Gevoeligheid sheet and its tornado; uitleg explains a Δ cell; a second -o replaces it', async () => {
    const uit = join(dir, 'uit.xlsx');
    const { code, out } = await nplv('gevoeligheid', VOORBEELD, '-o', uit);
    expect(code).toBe(0);
    expect(out).toContain(`\nGeschreven: ${uit}`);
    const w = await openXlsxPackage(uit);
    expect(await w.port.sheetNames()).toContain('NPLV Gevoeligheid');
    const [blad] = await w.port.readSheets(['NPLV Gevoeligheid']);
    const kop = blad.values.findIndex((r) => r[0] === 'Sleutel van');
    const r = blad.values.findIndex((x) => x[0] === 'Nieuwbouw — tot 2030');
    const c = blad.values[kop].indexOf('Δ onderdeel +10 pp');
    expect(blad.values[r][c]).toBe(44.5);
    expect(blad.charts?.map((g) => [g.categories, g.series.map((s) => s.name)])).toEqual([
      [{ top: kop + 2, column: 1, rows: 15 }, ['Δ totaal (saldering) −10 pp', 'Δ totaal (saldering) +10 pp']],
    ]);
    const cel = `'NPLV Gevoeligheid'!${a1(r + 1, c + 1)}`;
    const uitleg = await nplv('uitleg', uit, cel);
    expect([uitleg.code, uitleg.err]).toEqual([0, '']);
    expect(uitleg.out.split('\n')).toEqual(
      expect.arrayContaining([
        'Δ rest-Rijksopgave van het onderdeel, tot 2030, bij Nieuwbouw +10 pp',
        // The opgave in Opgave!D4 (row 4: under the title, an empty row and the header), the Realisatiestimulans in Dekking!F6.
        'Rijksdeel Nieuwbouw (opgave × verdeelsleutel): 445 × 50% = 222,5 → 445 × 60% = 267 (Opgave!D4)',
        'Rest-Rijksopgave Nieuwbouw: max(0; 222,5 − 145) = 77,5 → max(0; 267 − 145) = 122 (Dekking!F6)',
        'Rest-Rijksopgave Fysiek (saldering): max(0; 1.358,75 − 485) = 873,75 → max(0; 1.403,25 − 485) = 918,25',
      ]),
    );
    const nogmaals = await nplv('gevoeligheid', VOORBEELD, '-o', uit);
    expect([nogmaals.code, nogmaals.err]).toEqual([
      0,
      `nplv: '${uit}' is een eerdere uitvoer van nplv (blad NPLV Gevoeligheid) en wordt vervangen`,
    ]);
  });

  it("uitleg makes the gevoeligheid again with the sheet's steps and scenarios; a cell without a Δ is exit 2", async () => {
    const uit = join(dir, 'stap.xlsx');
    expect((await nplv('gevoeligheid', VOORBEELD, '--stap', '2.5', '--scenario', 'Wbi naar rato', '-o', uit)).code).toBe(0);
    const [blad] = await (await openXlsxPackage(uit)).port.readSheets(['NPLV Gevoeligheid']);
    const kop = blad.values.findIndex((r) => r[0] === 'Sleutel van');
    const r = blad.values.findIndex((x) => x[0] === 'Nieuwbouw — tot 2030');
    const c = blad.values[kop].indexOf('Δ onderdeel +2,5 pp');
    expect(blad.values[r][c]).toBe(11.125); // 445 × 2,5%, the rest stays above 0
    const uitleg = await nplv('uitleg', uit, `NPLV Gevoeligheid!${a1(r + 1, c + 1)}`);
    // No warning: made again with 2,5 and Wbi naar rato on, it gives what the sheet shows.
    expect([uitleg.code, uitleg.err, uitleg.out.split('\n')[0]]).toEqual([
      0,
      '',
      'Δ rest-Rijksopgave van het onderdeel, tot 2030, bij Nieuwbouw +2,5 pp',
    ]);
    const geen = await nplv('uitleg', uit, 'NPLV Gevoeligheid!A1');
    expect([geen.code, geen.err]).toEqual([
      2,
      'nplv: NPLV Gevoeligheid!A1 toont geen Δ. Uitleg is er voor een Δ-cel van het blad NPLV Gevoeligheid',
    ]);
  });

  it('-o: the tornado is a bar chart', async () => {
    const uit = join(dir, 'balken.xlsx');
    expect((await nplv('gevoeligheid', VOORBEELD, '-o', uit)).code).toBe(0);
    const [blad] = await (await openXlsxPackage(uit)).port.readSheets(['NPLV Gevoeligheid']);
    expect(blad.charts?.map((g) => g.type)).toEqual(['barClustered']);
  });
});
