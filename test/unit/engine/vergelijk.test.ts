import { Dec, vergelijk, zoekKnoop, type Invoer, type Vergelijking, type VergelijkDoel } from '../../../src/engine';
import { voorbeeldInvoer } from './vergelijkVoorbeeld';

/**
 * Issue 17, hand-computed cases on the report's example (voorbeeld.json, MODEL.md). Every
 * expected figure is worked out below from the example's rows, not taken from the code.
 */

let voorbeeld: Invoer;
beforeAll(async () => {
  voorbeeld = await voorbeeldInvoer();
});

function vergelijking(oud: Invoer, nieuw: Invoer, scenarios: { oud?: string[]; nieuw?: string[] } = {}): Vergelijking {
  const u = vergelijk({ invoer: oud, scenarios: scenarios.oud ?? [] }, { invoer: nieuw, scenarios: scenarios.nieuw ?? [] });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.vergelijking;
}

/** Δ of a field at a node, and its parts as `oorzaak:bedrag`. */
function delta(v: Vergelijking, doel: VergelijkDoel) {
  const knoop = zoekKnoop(v, doel);
  if (!knoop) throw new Error(`geen knoop ${JSON.stringify(doel)}`);
  const veld = doel.veld as 'restopgave';
  return {
    verschil: knoop.cijfers[doel.veld].verschil.toString(),
    delen: knoop.delen
      .filter((d) => !d.bedragen[veld].isZero())
      .map((d) => `${d.oorzaak}${d.bron && ` ${d.bron}`}:${d.bedragen[veld].toString()}`),
  };
}

describe('vergelijk: the example against the example with the scenarios Wbi naar rato and AZWA on', () => {
  /*
   * Wbi naar rato (footnote 11): Rijksfinanciering 43 on Nieuwbouw 2030 t/m 2035. Its Rijksdeel is
   * 445 × 50% = 222,5 and its Rijksdekking 0, so the rest-Rijksopgave of Nieuwbouw falls by 43, unclamped;
   * the periode's Rijksdeel (2.780) is far above its Rijksdekking (95 + 43), so saldering falls by 43 too.
   * AZWA (footnote 17): Rijksfinanciering 61 on Gezondheid & Zorg … tot 2030: opgave 360, dekking 170 →
   * restopgave 190 → 129; the periode tot 2030: opgave 4.350, dekking 1.415 → 2.935 → 2.874.
   * Both figures are the same by saldering and per onderdeel, at periode, pijler and onderdeel level.
   */
  const aan = { nieuw: ['Wbi naar rato', 'AZWA'] };
  const GEZONDHEID = 'Gezondheid & Zorg, Opvoeding, Hulpverlening en Participatie';

  it('Δ rest-Rijksopgave 2030 t/m 2035 = −43 and Δ restopgave tot 2030 = −61, all of it scenarios', () => {
    const v = vergelijking(voorbeeld, voorbeeld, aan);
    for (const veld of ['restRijksopgave', 'restRijksopgavePerOnderdeel'] as const) {
      expect(delta(v, { periode: '2030 t/m 2035', veld })).toEqual({ verschil: '-43', delen: ['scenarios:-43'] });
      expect(delta(v, { periode: '2030 t/m 2035', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', veld })).toEqual({
        verschil: '-43',
        delen: ['scenarios:-43'],
      });
    }
    for (const veld of ['restopgave', 'restopgavePerOnderdeel'] as const) {
      expect(delta(v, { periode: 'tot 2030', veld })).toEqual({ verschil: '-61', delen: ['scenarios:-61'] });
      expect(delta(v, { periode: 'tot 2030', pijler: 'Sociaal-maatschappelijk', onderdeel: GEZONDHEID, veld })).toEqual({
        verschil: '-61',
        delen: ['scenarios:-61'],
      });
    }
    expect(v.wijzigingen.map((w) => `${w.soort} ${w.bron}`)).toEqual(['aan Wbi naar rato', 'aan AZWA']);
    expect(v.meldingen).toEqual([]);
  });
});

describe('vergelijk: Nieuwbouw tot 2030 445 → 545', () => {
  /*
   * Nieuwbouw tot 2030: opgave 445, dekking 145 + 145 = 290 → restopgave 155 → 255 (+100).
   * Fysiek tot 2030: opgave 3.050, dekking 180 + 50 + 290 + 135 + 20 = 675 → 2.375 → 2.475 (+100).
   * Rijksdeel Nieuwbouw 222,5 → 272,5, Rijksdekking 145: rest-Rijksopgave 77,5 → 127,5 (+50).
   */
  const meer = (i: Invoer): Invoer => ({
    ...i,
    opgave: i.opgave.map((r) => (r.periode === 'tot 2030' && r.onderdeel === 'Nieuwbouw' ? { ...r, opgave: new Dec(545) } : r)),
  });

  it('Δ restopgave +100, all of it opgave; rest-Rijksopgave +50', () => {
    const v = vergelijking(voorbeeld, meer(voorbeeld));
    for (const doel of [
      { periode: 'tot 2030' },
      { periode: 'tot 2030', pijler: 'Fysiek' },
      { periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw' },
    ]) {
      expect(delta(v, { ...doel, veld: 'restopgave' })).toEqual({ verschil: '100', delen: ['opgave:100'] });
      expect(delta(v, { ...doel, veld: 'restRijksopgave' })).toEqual({ verschil: '50', delen: ['opgave:50'] });
    }
    expect(delta(v, { periode: '2030 t/m 2035', veld: 'restopgave' })).toEqual({ verschil: '0', delen: [] });
    expect(v.wijzigingen).toEqual([
      expect.objectContaining({
        oorzaak: 'opgave',
        soort: 'gewijzigd',
        onderdeel: 'Nieuwbouw',
        veld: 'opgave',
        oud: { plaats: 'Opgave!D4', tekst: '445' },
        nieuw: { plaats: 'Opgave!D4', tekst: '545' },
      }),
    ]);
  });
});

describe('vergelijk: a key changes', () => {
  /*
   * Leefomgeving tot 2030 gets a key of its own of 60% (was 75%, the default): opgave 265, Rijksdeel
   * 198,75 → 159; its Rijksdekking is the ORV-regeling's 180. Per onderdeel the rest-Rijksopgave
   * was max(0; 198,75 − 180) = 18,75 and becomes max(0; 159 − 180) = 0: −18,75 (the clamp).
   * By saldering over Fysiek tot 2030: Rijksdeel 1.358,75 → 1.319 (222,5 + 520,5 + 332,5 + 159 + 84,5),
   * Rijksdekking 180 + 50 + 145 + 90 + 20 = 485: 873,75 → 834, −39,75. The restopgave does not move.
   */
  it('a per-row key: the clamp per onderdeel, the whole change by saldering, all of it keys', () => {
    const nieuw = {
      ...voorbeeld,
      opgave: voorbeeld.opgave.map((r) =>
        r.periode === 'tot 2030' && r.onderdeel === 'Leefomgeving' ? { ...r, verdeelsleutel: new Dec('0.6') } : r,
      ),
    };
    const v = vergelijking(voorbeeld, nieuw);
    expect(delta(v, { periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Leefomgeving', veld: 'restRijksopgave' })).toEqual({
      verschil: '-18.75',
      delen: ['sleutels:-18.75'],
    });
    expect(delta(v, { periode: 'tot 2030', pijler: 'Fysiek', veld: 'restRijksopgavePerOnderdeel' })).toEqual({
      verschil: '-18.75',
      delen: ['sleutels:-18.75'],
    });
    expect(delta(v, { periode: 'tot 2030', pijler: 'Fysiek', veld: 'restRijksopgave' })).toEqual({
      verschil: '-39.75',
      delen: ['sleutels:-39.75'],
    });
    expect(delta(v, { periode: 'tot 2030', veld: 'restopgave' })).toEqual({ verschil: '0', delen: [] });
    expect(v.wijzigingen).toEqual([
      expect.objectContaining({
        oorzaak: 'sleutels',
        soort: 'gewijzigd',
        onderdeel: 'Leefomgeving',
        periode: 'tot 2030',
        veld: 'verdeelsleutel',
        oud: { plaats: 'Opgave!E7', tekst: 'leeg, dus 75% (standaard)' },
        nieuw: { plaats: 'Opgave!E7', tekst: '60%' },
      }),
    ]);
    // Back again: the emptied cell says which key counts now (Leefomgeving's default, 75%: MODEL.md).
    expect(vergelijking(nieuw, voorbeeld).wijzigingen).toEqual([
      expect.objectContaining({
        oud: { plaats: 'Opgave!E7', tekst: '60%' },
        nieuw: { plaats: 'Opgave!E7', tekst: 'leeg, dus 75% (standaard)' },
      }),
    ]);
  });

  /*
   * Nieuwbouw 50% → 60% in a Verdeelsleutels sheet, both perioden: Rijksdeel 222,5 → 267 (+44,5).
   * tot 2030: Rijksdekking 145, rest-Rijksopgave 77,5 → 122; 2030 t/m 2035: Rijksdekking 0, 222,5 → 267.
   * Neither clamps, so +44,5 at every level of both perioden.
   */
  it('a key of the Verdeelsleutels sheet: +44,5 in both perioden', () => {
    const v = vergelijking(voorbeeld, {
      ...voorbeeld,
      verdeelsleutels: [{ pijler: 'Fysiek', onderdeel: 'Nieuwbouw', rijksaandeel: new Dec('0.6') }],
    });
    for (const periode of ['tot 2030', '2030 t/m 2035'])
      for (const doel of [{ periode }, { periode, pijler: 'Fysiek' }, { periode, pijler: 'Fysiek', onderdeel: 'Nieuwbouw' }])
        expect(delta(v, { ...doel, veld: 'restRijksopgave' })).toEqual({ verschil: '44.5', delen: ['sleutels:44.5'] });
    expect(v.wijzigingen).toEqual([
      expect.objectContaining({
        oorzaak: 'sleutels',
        soort: 'gewijzigd',
        periode: '',
        pijler: 'Fysiek',
        onderdeel: 'Nieuwbouw',
        oud: { plaats: '', tekst: '50% (standaard)' },
        nieuw: { plaats: '', tekst: '60%' },
      }),
    ]);
  });
});
