import { bereken, Dec, gevoeligheid, type Invoer, type SleutelGevoeligheid } from '../../../src/engine';
import { voorbeeldInvoer } from './vergelijkVoorbeeld';
import { dekking, opgave } from './build';
import { MemoryWorkbook, readInput, sheetsToRead } from '../../../src/workbook';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';

/**
 * Issue 19, by hand on the report's example (voorbeeld.json, MODEL.md), periode tot 2030:
 * - Nieuwbouw: opgave 445, key 50% (default), Rijksdekking 145 (Realisatiestimulans). Rijksdeel
 *   222,5; rest 77,5. +10 pp: 445 × 60% = 267, rest 122 (Δ +44,5); −10 pp: 445 × 40% = 178,
 *   rest 33 (Δ −44,5). Unclamped, so the fysieke pijler by saldering moves by the same 44,5:
 *   873,75 → 918,25.
 * - Bereikbaarheid en mobiliteit: opgave 130, key 65%, Rijksdekking 90. Rijksdeel 84,5 < 90, so
 *   its rest is 0. +10 pp: 97,5, rest 7,5 (Δ +7,5, the clamp ate 6,5 of the 13); by saldering the
 *   pijler nets it against the other onderdelen: Δ +13. −10 pp: 71,5, rest stays 0 (Δ 0), by
 *   saldering −13. Kantelpunt 90 ÷ 130 = 69,23…%, the key (65%) below it.
 */

let voorbeeld: Invoer;
beforeAll(async () => {
  voorbeeld = await voorbeeldInvoer();
});

function sleutel(invoer: Invoer, periode: string, onderdeel: string, stappen = [5, 10], scenarios: string[] = []): SleutelGevoeligheid {
  const u = gevoeligheid(invoer, { stappen, scenarios });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  const s = u.gevoeligheid.sleutels.find((x) => x.periode === periode && x.onderdeel === onderdeel);
  if (!s) throw new Error(`geen sleutel ${onderdeel} ${periode}`);
  return s;
}

const bij = (s: SleutelGevoeligheid, stap: number) => {
  const v = s.varianten.find((x) => x.stap === stap);
  if (!v) throw new Error(`geen stap ${stap}`);
  return Object.fromEntries(
    Object.entries(v.cijfers).map(([k, c]) => [k, `${c.toString()} (${v.delta[k as keyof typeof v.delta].toString()})`]),
  );
};

describe('gevoeligheid: the example by hand, tot 2030', () => {
  it('Nieuwbouw ±10 pp: Rijksdeel 267 / 178, rest 77,5 → 122 / 33 (Δ ±44,5), fysieke pijler by saldering 873,75 → 918,25', () => {
    const s = sleutel(voorbeeld, 'tot 2030', 'Nieuwbouw');
    expect([s.status, s.soort, s.basis.sleutel.toString(), s.basis.rijksdeel.toString(), s.basis.restOnderdeel.toString()]).toEqual([
      'gevarieerd',
      'onderdeel',
      '0.5',
      '222.5',
      '77.5',
    ]);
    expect(s.basis.pijlerSaldering.toString()).toBe('873.75');
    expect(s.varianten.map((v) => v.stap)).toEqual([-10, -5, 5, 10]);
    expect(bij(s, 10)).toMatchObject({
      sleutel: '0.6 (0.1)',
      rijksdeel: '267 (44.5)',
      restOnderdeel: '122 (44.5)',
      pijlerSaldering: '918.25 (44.5)',
    });
    expect(bij(s, -10)).toMatchObject({
      sleutel: '0.4 (-0.1)',
      rijksdeel: '178 (-44.5)',
      restOnderdeel: '33 (-44.5)',
      pijlerSaldering: '829.25 (-44.5)',
    });
    expect(bij(s, 5)).toMatchObject({ restOnderdeel: '99.75 (22.25)' });
  });

  it('Bereikbaarheid en mobiliteit +10 pp: rest 0 → 7,5 per onderdeel (the clamp), +13 by saldering; kantelpunt 90 ÷ 130, the key below it', () => {
    const s = sleutel(voorbeeld, 'tot 2030', 'Bereikbaarheid en mobiliteit');
    expect(bij(s, 10)).toMatchObject({ rijksdeel: '97.5 (13)', restOnderdeel: '7.5 (7.5)', pijlerSaldering: '886.75 (13)' });
    expect(bij(s, -10)).toMatchObject({ rijksdeel: '71.5 (-13)', restOnderdeel: '0 (0)', pijlerSaldering: '860.75 (-13)' });
    expect(s.kantelpunt!.times(130).minus(90).abs().lt(new Dec('1e-30'))).toBe(true);
    expect(s.kantelpunt!.toFixed(4)).toBe('0.6923');
    expect(s.kantelStand).toBe('onder');
  });

  it('d = 0: every Δ is 0', () => {
    const s = sleutel(voorbeeld, 'tot 2030', 'Nieuwbouw', [0]);
    expect(s.varianten.map((v) => v.stap)).toEqual([0]);
    expect(Object.values(s.varianten[0].delta).every((d) => d.isZero())).toBe(true);
  });

  it('the pijler key * of the social pijler moves every theme without a key of its own; it is listed beside each theme', () => {
    const u = gevoeligheid(voorbeeld, { stappen: [10] });
    if (!u.ok) throw new Error('fout');
    const pijler = u.gevoeligheid.sleutels.find((s) => s.soort === 'pijler' && s.periode === 'tot 2030');
    expect(pijler?.onderdeel).toBe('*');
    expect(pijler?.pijler).toBe('Sociaal-maatschappelijk');
    // Sociale opgave tot 2030: 4.350 − 3.050 = 1.300 (Tabel 1 and 4), Rijksdeel 75% = 975; ±10 pp moves it by ±130.
    expect(pijler?.varianten.map((v) => `${v.stap}: ${v.delta.rijksdeel.toString()}`)).toEqual(['-10: -130', '10: 130']);
    const themas = u.gevoeligheid.sleutels.filter(
      (s) => s.soort === 'onderdeel' && s.pijler === 'Sociaal-maatschappelijk' && s.periode === 'tot 2030',
    );
    expect(themas.length).toBe(pijler?.onderdelen.length);
  });

  it('sorted by the largest |Δ| of the periode’s rest-Rijksopgave by saldering; keys not varied last', () => {
    const u = gevoeligheid(voorbeeld);
    if (!u.ok) throw new Error('fout');
    const grootste = (s: SleutelGevoeligheid) => Math.max(0, ...s.varianten.map((v) => Math.abs(v.delta.totaalSaldering.toNumber())));
    const lijst = u.gevoeligheid.sleutels;
    const gevarieerd = lijst.filter((s) => s.status === 'gevarieerd');
    for (let i = 1; i < gevarieerd.length; i++) expect(grootste(gevarieerd[i - 1])).toBeGreaterThanOrEqual(grootste(gevarieerd[i]));
    expect(lijst.slice(gevarieerd.length).every((s) => s.status !== 'gevarieerd')).toBe(true);
  });
});

describe('gevoeligheid: keys that are not varied, clamps and errors', () => {
  it('the Funderingsherstel keys (PM, in scenarios that are off) are listed as such, not varied; with a scenario on, as PM', () => {
    const uit = sleutel(voorbeeld, '2030 t/m 2035', 'Funderingsherstel kwetsbare voorraad');
    expect([uit.status, uit.varianten.length, uit.scenarios]).toEqual([
      'scenarioUit',
      0,
      ['Funderingsherstel 1 mld', 'Funderingsherstel 1,5 mld'],
    ]);
    const aan = sleutel(voorbeeld, '2030 t/m 2035', 'Funderingsherstel kwetsbare voorraad', [5], ['Funderingsherstel 1 mld']);
    expect([aan.status, aan.varianten.length]).toEqual(['pm', 0]);
  });

  it('a key is kept within 0–100% per row: 95% + 10 pp is 100%, 3% − 5 pp is 0%', () => {
    const invoer: Invoer = {
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100, { verdeelsleutel: new Dec('0.95') }),
        opgave('tot 2030', 'Fysiek', 'Bereikbaarheid', 200, { verdeelsleutel: new Dec('0.03') }),
      ],
      dekking: [],
    };
    expect(bij(sleutel(invoer, 'tot 2030', 'Nieuwbouw'), 10)).toMatchObject({ sleutel: '1 (0.05)', rijksdeel: '100 (5)' });
    expect(bij(sleutel(invoer, 'tot 2030', 'Bereikbaarheid'), -5)).toMatchObject({ sleutel: '0 (-0.03)', rijksdeel: '0 (-6)' });
  });

  it('rows of one onderdeel with different keys: each moves by d; the key shown is Rijksdeel ÷ opgave, no kantelpunt', () => {
    const invoer: Invoer = {
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100, { gebied: 'A', verdeelsleutel: new Dec('0.5') }),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 300, { gebied: 'B', verdeelsleutel: new Dec('0.1') }),
      ],
      dekking: [dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 0, 40, { gebied: 'A' })],
    };
    const s = sleutel(invoer, 'tot 2030', 'Nieuwbouw', [10]);
    // Rijksdeel 50 + 30 = 80 of 400: 20%. +10 pp: 60 + 60 = 120: 30%. Rest A: 50 − 40 = 10 → 60 − 40 = 20; B: 30 → 60.
    expect([s.gemengd, s.kantelpunt]).toEqual([true, undefined]);
    expect(s.basis.sleutel.toString()).toBe('0.2');
    expect(bij(s, 10)).toMatchObject({ sleutel: '0.3 (0.1)', rijksdeel: '120 (40)', restOnderdeel: '80 (40)' });
  });

  it('an input with errors gives the same errors as the model, and nothing else', () => {
    const fout: Invoer = { ...voorbeeld, opgave: [...voorbeeld.opgave, opgave('tot 2030', 'Fysiek', 'Nieuwbouw', -5)] };
    const model = bereken(fout);
    const u = gevoeligheid(fout);
    expect(model.ok).toBe(false);
    expect(u).toEqual({ ok: false, meldingen: !model.ok && model.meldingen });
  });

  it('a step outside 0–100 is an error in Dutch', () => {
    const u = gevoeligheid(voorbeeld, { stappen: [5, 120] });
    expect(u.ok).toBe(false);
    expect(!u.ok && u.meldingen.map((m) => m.bericht)).toEqual(['stap 120 procentpunt is ongeldig: geef 0 tot en met 100']);
  });
});

describe('gevoeligheid: the slow way on the example workbook', () => {
  it('Nieuwbouw +10 pp equals the example with 60% typed into a Verdeelsleutels sheet, recalculated in full, in both perioden', async () => {
    const wb = new MemoryWorkbook(
      Object.fromEntries(
        Object.entries({
          ...voorbeeldWerkmap(),
          Verdeelsleutels: [
            ['Pijler', 'Onderdeel', 'Rijksaandeel'],
            ['Fysiek', 'Nieuwbouw', 0.6],
          ],
        }).map(([name, values]) => [name, { values }]),
      ),
    );
    const getypt = bereken(readInput(await wb.readSheets(sheetsToRead(await wb.sheetNames()))).invoer);
    if (!getypt.ok) throw new Error(JSON.stringify(getypt.meldingen));
    for (const periode of ['tot 2030', '2030 t/m 2035']) {
      const v = sleutel(voorbeeld, periode, 'Nieuwbouw', [10]).varianten.find((x) => x.stap === 10)!;
      const p = getypt.resultaat.perioden.find((x) => x.periode === periode)!;
      const fysiek = p.pijlers.find((x) => x.pijler === 'Fysiek')!;
      const nieuwbouw = fysiek.onderdelen.find((o) => o.onderdeel === 'Nieuwbouw')!;
      expect(
        [
          v.cijfers.rijksdeel,
          v.cijfers.restOnderdeel,
          v.cijfers.pijlerSaldering,
          v.cijfers.totaalSaldering,
          v.cijfers.totaalPerOnderdeel,
        ].map(String),
      ).toEqual(
        [
          nieuwbouw.rijksdeel,
          nieuwbouw.restRijksopgave,
          fysiek.restRijksopgave,
          p.totaal.restRijksopgave,
          p.totaal.restRijksopgavePerOnderdeel,
        ].map(String),
      );
    }
  });
});
