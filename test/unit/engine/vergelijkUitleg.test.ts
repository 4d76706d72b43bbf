import {
  Dec,
  vergelijk,
  vergelijkingJson,
  vergelijkTekst,
  verschilUitleg,
  verschilUitlegRegels,
  zoekKnoop,
  type Invoer,
  type Vergelijking,
  type VergelijkDoel,
} from '../../../src/engine';
import { dekking } from './build';
import { voorbeeldInvoer } from './vergelijkVoorbeeld';

/** Issue 17: the Uitleg of a difference and the JSON of a comparison, on hand-computed changes of the report's example. */

let voorbeeld: Invoer;
beforeAll(async () => {
  voorbeeld = await voorbeeldInvoer();
});

function vergelijking(nieuw: Invoer, scenarios: string[] = []): Vergelijking {
  const u = vergelijk({ invoer: voorbeeld, scenarios: [] }, { invoer: nieuw, scenarios });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.vergelijking;
}

const regels = (v: Vergelijking, doel: VergelijkDoel) => verschilUitlegRegels(verschilUitleg(v, doel)!);
const nieuwbouw545 = () => ({
  ...voorbeeld,
  opgave: voorbeeld.opgave.map((r) => (r.periode === 'tot 2030' && r.onderdeel === 'Nieuwbouw' ? { ...r, opgave: new Dec(545) } : r)),
});

describe('verschilUitlegRegels', () => {
  it('Nieuwbouw tot 2030 445 → 545: restopgave 155 → 255 (445 − 290 → 545 − 290), the cell in both versions, the order of substitution', () => {
    expect(
      regels(vergelijking(nieuwbouw545()), { periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', veld: 'restopgave' }),
    ).toEqual([
      'Restopgave, tot 2030, Fysiek, Nieuwbouw: 155 → 255 (+100)',
      'Opgave gewijzigd: +100',
      '  Opgave!D4: 445 → 545 (opgave; Nieuwbouw, tot 2030)',
      vergelijkTekst.volgorde,
    ]);
  });

  it('a changed amount and a new bron: one part per bron, each with its changes (Fysiek tot 2030: 3.050 − 675 = 2.375 → 3.050 − 705)', () => {
    const nieuw = {
      ...voorbeeld,
      dekking: [
        ...voorbeeld.dekking.map((r) => (r.bron === 'ORV-regeling' ? { ...r, rijksfinanciering: new Dec(200) } : r)),
        dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 10, 0, { bron: 'Nieuwe regeling' }),
      ],
    };
    expect(regels(vergelijking(nieuw), { periode: 'tot 2030', pijler: 'Fysiek', veld: 'restopgave' })).toEqual([
      'Restopgave (saldering), tot 2030, Fysiek: 2.375 → 2.345 (-30)',
      'Dekking bron ORV-regeling: -20',
      '  Dekking!F4: 180 → 200 (Rijksfinanciering; ORV-regeling, Leefomgeving, tot 2030)',
      'Dekking bron Nieuwe regeling: -10',
      '  toegevoegd: cofinanciering 10, Rijksfinanciering 0 (regel; Nieuwe regeling, Nieuwbouw, tot 2030)',
      vergelijkTekst.volgorde,
    ]);
    // Leefomgeving: Rijksdeel 198,75, Rijksdekking 180 → 200: the rest-Rijksopgave 18,75 stops at 0.
    expect(
      regels(vergelijking(nieuw), { periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Leefomgeving', veld: 'restRijksopgave' }).slice(
        0,
        3,
      ),
    ).toEqual([
      'Rest-Rijksopgave, tot 2030, Fysiek, Leefomgeving: 18,75 → 0 (-18,75)',
      'Dekking bron ORV-regeling: -18,75',
      '  Dekking!F4: 180 → 200 (Rijksfinanciering; ORV-regeling, Leefomgeving, tot 2030)',
    ]);
  });

  it('scenarios: only the scenario whose rows lie in the node (AZWA tot 2030: 2.935 → 2.874)', () => {
    const v = vergelijking(voorbeeld, ['Wbi naar rato', 'AZWA']);
    expect(regels(v, { periode: 'tot 2030', veld: 'restopgave' })).toEqual([
      'Restopgave (saldering), tot 2030: 2.935 → 2.874 (-61)',
      "Scenario's: -61",
      "  uit → aan (scenario 'AZWA'; Gezondheid & Zorg, Opvoeding, Hulpverlening en Participatie, tot 2030)",
      vergelijkTekst.volgorde,
    ]);
  });

  it('a figure that is not split into causes says so; no difference says so', () => {
    const v = vergelijking(nieuwbouw545());
    expect(regels(v, { periode: 'tot 2030', veld: 'opgave' })).toEqual([
      'Opgave, tot 2030: 4.350 → 4.450 (+100)',
      vergelijkTekst.nietVerdeeld,
    ]);
    // 2030 t/m 2035: opgave 2.165 + 2.115 = 4.280, dekking 140 + 5 + 5 = 150.
    expect(regels(v, { periode: '2030 t/m 2035', veld: 'restopgave' })).toEqual([
      'Restopgave (saldering), 2030 t/m 2035: 4.130 → 4.130 (0)',
      vergelijkTekst.geenVerschil,
      vergelijkTekst.volgorde,
    ]);
  });
});

describe('zoekKnoop and verschilUitleg find a node however it is spelled, and nothing that is not there', () => {
  it('names as the engine compares them', () => {
    const v = vergelijking(nieuwbouw545());
    expect(zoekKnoop(v, { periode: 'Tot  2030', pijler: 'fysieke pijler', onderdeel: 'NIEUWBOUW' })?.naam).toBe('Nieuwbouw');
    expect(zoekKnoop(v, { periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Onbekend' })).toBeUndefined();
    expect(zoekKnoop(v, { periode: 'tot 2040' })).toBeUndefined();
    expect(
      verschilUitleg(v, { periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', gebied: 'Rotterdam-Zuid', veld: 'restopgave' }),
    ).toBeUndefined();
  });
});

describe('vergelijkingJson', () => {
  it('amounts as JSON numbers, the parts per cause, the changes and the order of substitution', () => {
    const json = vergelijkingJson(vergelijking(nieuwbouw545()));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.volgorde).toEqual(['opgave', 'dekking', 'sleutels', 'structuur', 'scenarios']);
    const tot2030 = json.perioden.find((p) => p.periode === 'tot 2030')!;
    // 4.350 − 1.415 = 2.935 by saldering; per onderdeel 3.015 (README); Rijk: 2.336,25 − 1.225 = 1.111,25 … +50.
    expect(tot2030.cijfers.restopgave).toEqual({ oud: 2935, nieuw: 3035, verschil: 100 });
    expect(tot2030.cijfers.restopgavePerOnderdeel).toEqual({ oud: 3015, nieuw: 3115, verschil: 100 });
    expect(tot2030.delen).toEqual([
      {
        oorzaak: 'opgave',
        bron: '',
        bedragen: { restopgave: 100, restRijksopgave: 50, restopgavePerOnderdeel: 100, restRijksopgavePerOnderdeel: 50 },
      },
    ]);
    expect(tot2030.pijlers.map((x) => `${x.pijler} ${x.status} ${x.onderdelen.length}`)).toEqual([
      'Fysiek beide 5',
      'Sociaal-maatschappelijk beide 5',
    ]);
    expect(json.wijzigingen).toEqual([
      expect.objectContaining({
        oorzaak: 'opgave',
        oud: { plaats: 'Opgave!D4', tekst: '445' },
        nieuw: { plaats: 'Opgave!D4', tekst: '545' },
      }),
    ]);
  });
});
