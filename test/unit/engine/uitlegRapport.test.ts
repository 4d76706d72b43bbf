import { bereken, Dec, uitlegRegels, type Doel, type Invoer, type Rekenpad, type Uitleg } from '../../../src/engine';
import { at, dekking, opgave } from './build';
import { seedInvoer } from './seed';

/**
 * The Uitleg of the report tables' figures (issue 16): Tabel 1 over all perioden, an onderdeel
 * over its gebieden, a gebied, a source of the estimate. Every expected figure is worked out by
 * hand below.
 */
const O = (rij: number) => at('Opgave', rij, ['periode', 'pijler', 'onderdeel', 'gebied', 'opgave', 'verdeelsleutel', 'bronRaming']);
const D = (rij: number) => at('Dekking', rij, ['periode', 'pijler', 'bron', 'onderdeel', 'gebied', 'cofinanciering', 'rijksfinanciering']);

// By hand, tot 2030 (2026–2029, 4 jaar):
//   Nieuwbouw Zuid 300 × 50% = 150; dekking 0 + 100 → rest 200, rest-Rijks 150 − 100 = 50
//   Nieuwbouw Noord 100 × 30% = 30; dekking 90 + 60 = 150 → rest 0 (overschot 50), rest-Rijks 0 (Rijksoverschot 30)
//   Leefomgeving Zuid 40 × 75% = 30; no dekking → rest 40, rest-Rijks 30
//   Onderwijs Noord 200 × 75% = 150; dekking 50 + 50 → rest 100, rest-Rijks 100
//   pillar-level dekking Fysiek 0 + 10 (in no gebied)
//   totaal: opgave 640, dekking 360 → restopgave 280; Rijksdeel 360, Rijksdekking 220 → rest-Rijks 140
// 2030 t/m 2035 (2030–2035, 6 jaar): Nieuwbouw Zuid 600 × 50% = 300; dekking 100 + 200 → rest 300, rest-Rijks 100
const invoer: Invoer = {
  opgave: [
    opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 300, { gebied: 'Zuid', bronRaming: 'Synthese 2024', herkomst: O(2) }),
    opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100, {
      gebied: 'Noord',
      verdeelsleutel: new Dec('0.3'),
      bronRaming: 'Add-on fysieke pijler',
      herkomst: O(3),
    }),
    opgave('tot 2030', 'Fysiek', 'Leefomgeving', 40, { gebied: 'Zuid', bronRaming: 'synthese  2024', herkomst: O(4) }),
    opgave('tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 200, { gebied: 'Noord', herkomst: O(5) }),
    opgave('2030 t/m 2035', 'Fysiek', 'Nieuwbouw', 600, { gebied: 'Zuid', bronRaming: 'Extrapolatie', herkomst: O(6) }),
  ],
  dekking: [
    dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 0, 100, { bron: 'Wbi', gebied: 'Zuid', herkomst: D(2) }),
    dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 90, 60, { bron: 'Regeling', gebied: 'Noord', herkomst: D(3) }),
    dekking('tot 2030', 'Fysiek', '', 0, 10, { bron: 'Governance', herkomst: D(4) }),
    dekking('tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 50, 50, { bron: 'Onderwijsgeld', gebied: 'Noord', herkomst: D(5) }),
    dekking('2030 t/m 2035', 'Fysiek', 'Nieuwbouw', 100, 200, { bron: 'Wbi', gebied: 'Zuid', herkomst: D(6) }),
  ],
};

describe.each<Rekenpad>(['geheel', 'decimaal'])('Uitleg of the report tables, rekenpad %s', (rekenpad) => {
  const uitkomst = bereken(invoer, { rekenpad });
  if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst.meldingen));
  const uitleg = (doel: Doel): Uitleg => {
    const u = uitkomst.uitleg(doel);
    if (!u) throw new Error(`geen uitleg voor ${JSON.stringify(doel)}`);
    return u;
  };
  const regels = (doel: Doel) => uitlegRegels(uitleg(doel));

  describe('Tabel 1: over all perioden', () => {
    it('restopgave: each periode’s saldering, named with its years', () => {
      expect(regels({ soort: 'overPerioden', veld: 'restopgave' })).toEqual([
        'Restopgave totaal t/m 2035 = 280 + 300 = 580',
        'restopgave tot 2030 = 280 (saldering 2026–2029: max(0; 640 − 360))',
        'restopgave 2030 t/m 2035 = 300 (saldering 2030–2035: max(0; 600 − 300))',
      ]);
      expect(uitleg({ soort: 'overPerioden', veld: 'restopgave' }).formule).toBe('restopgave tot 2030 + restopgave 2030 t/m 2035');
    });

    it('per jaar: over the perioden’s years together (4 + 6); the Rijk likewise', () => {
      expect(regels({ soort: 'overPerioden', veld: 'jaarlijkseRestopgave' })).toEqual([
        'Jaarlijkse restopgave totaal t/m 2035 = 580 / 10 = 58',
        'restopgave t/m 2035 = 580 (280 + 300)',
        'jaren = tot 2030 4 (2026–2029) + 2030 t/m 2035 6 (2030–2035) = 10',
      ]);
      expect(regels({ soort: 'overPerioden', veld: 'restRijksopgave' })[0]).toBe('Rest-Rijksopgave totaal t/m 2035 = 140 + 100 = 240');
      expect(regels({ soort: 'overPerioden', veld: 'jaarlijkseRestRijksopgave' })[0]).toBe(
        'Jaarlijkse rest-Rijksopgave totaal t/m 2035 = 240 / 10 = 24',
      );
    });
  });

  describe('landelijk: an onderdeel over its gebieden', () => {
    const landelijk = (veld: Extract<Doel, { soort: 'landelijk' }>['veld'], onderdeel = 'Nieuwbouw') =>
      regels({ soort: 'landelijk', periode: 'tot 2030', pijler: 'Fysiek', onderdeel, veld });

    it('opgave and Rijksdeel: per gebied with the opgave rows’ cells', () => {
      expect(landelijk('opgave')).toEqual([
        'Opgave Nieuwbouw (landelijk) tot 2030 = 300 + 100 = 400',
        'opgave = Zuid 300 (Opgave!E2) + Noord 100 (Opgave!E3) = 400',
      ]);
      expect(landelijk('rijksdeel')).toEqual([
        'Rijksdeel Nieuwbouw (landelijk) tot 2030 = 150 + 30 = 180',
        'Rijksdeel = Zuid 150 (300 × 50%; Opgave!E2) + Noord 30 (100 × 30%; Opgave!E3; Opgave!F3) = 180',
      ]);
    });

    it('dekking: per gebied with the dekking rows’ cells', () => {
      expect(landelijk('dekking')).toEqual([
        'Dekking Nieuwbouw (landelijk) tot 2030 = 100 + 150 = 250',
        'dekking = Zuid 100 (Dekking!F2:G2) + Noord 150 (Dekking!F3:G3) = 250',
      ]);
      expect(landelijk('rijksdekking')[1]).toBe('Rijksdekking = Zuid 100 (Dekking!G2) + Noord 60 (Dekking!G3) = 160');
    });

    it('restopgave: per gebied, no netting between them, and says so', () => {
      expect(landelijk('restopgave')).toEqual([
        'Restopgave Nieuwbouw (landelijk) tot 2030 = 200 + 0 = 200',
        'restopgave = Zuid 200 (max(0; 300 − 100); Opgave!E2; Dekking!F2:G2) + Noord 0 (max(0; 100 − 150); Opgave!E3; Dekking!F3:G3) = 200 (per gebied: geen saldering tussen de gebieden)',
      ]);
      expect(landelijk('restRijksopgave')[0]).toBe('Rest-Rijksopgave Nieuwbouw (landelijk) tot 2030 = 50 + 0 = 50');
      expect(landelijk('overschot')[0]).toBe('Overschot Nieuwbouw (landelijk) tot 2030 = 0 + 50 = 50');
      expect(landelijk('rijksoverschot')[0]).toBe('Rijksoverschot Nieuwbouw (landelijk) tot 2030 = 0 + 30 = 30');
      expect(landelijk('jaarlijkseRestopgave')[0]).toBe('Jaarlijkse restopgave Nieuwbouw (landelijk) tot 2030 = 200 / 4 = 50');
    });

    it('verdeelsleutel: the shared key, or Rijksdeel / opgave (180 / 400)', () => {
      expect(landelijk('verdeelsleutel')[0]).toBe('Verdeelsleutel Nieuwbouw (landelijk) tot 2030 = 180 / 400 = 45%');
      expect(landelijk('verdeelsleutel', 'leefomgeving')).toEqual([
        'Verdeelsleutel Leefomgeving (landelijk) tot 2030 = 75%',
        'verdeelsleutel = 75% (standaard (MODEL.md))',
      ]);
    });
  });

  describe('gebied: Σ over its onderdelen', () => {
    it('restopgave per onderdeel: Noord 0 + 100 = 100 (a saldering would give 50), and says so', () => {
      expect(regels({ soort: 'gebied', periode: 'tot 2030', gebied: 'noord', veld: 'restopgave' })).toEqual([
        'Restopgave gebied Noord tot 2030 = 0 + 100 = 100',
        'restopgave = Nieuwbouw 0 (max(0; 100 − 150); Opgave!E3; Dekking!F3:G3) + Onderwijs 100 (max(0; 200 − 100); Opgave!E5; Dekking!F5:G5) = 100 (per onderdeel: geen saldering tussen de onderdelen van het gebied)',
      ]);
    });

    it('dekking without the pillar-level rows, and says so', () => {
      expect(regels({ soort: 'gebied', periode: 'tot 2030', gebied: 'Zuid', veld: 'dekking' })).toEqual([
        'Dekking gebied Zuid tot 2030 = 100 + 0 = 100',
        'dekking = Nieuwbouw 100 (Dekking!F2:G2) + Leefomgeving 0 = 100 (dekking op pijlerniveau ligt in geen gebied en telt hier niet mee)',
      ]);
    });

    it('per jaar, in one pijler or all', () => {
      expect(regels({ soort: 'gebied', periode: 'tot 2030', gebied: 'Zuid', veld: 'jaarlijkseRestopgave' })[0]).toBe(
        'Jaarlijkse restopgave gebied Zuid tot 2030 = 240 / 4 = 60',
      );
      expect(
        regels({ soort: 'gebied', periode: 'tot 2030', gebied: 'Noord', pijler: 'fysiek', veld: 'jaarlijkseRestRijksopgave' }),
      ).toEqual([
        'Jaarlijkse rest-Rijksopgave gebied Noord, Fysiek tot 2030 = 0 / 4 = 0',
        'rest-Rijksopgave = Nieuwbouw 0 (max(0; 30 − 60); Opgave!E3; Opgave!F3; Dekking!G3) (per onderdeel: geen saldering tussen de onderdelen van het gebied)',
        'jaren = 4 (tot 2030: 2026–2029)',
      ]);
      expect(regels({ soort: 'gebied', periode: 'tot 2030', gebied: 'Noord', veld: 'rijksdeel' })[0]).toBe(
        'Rijksdeel gebied Noord tot 2030 = 30 + 150 = 180',
      );
    });
  });

  describe('raming: a source of the estimate', () => {
    it('Σ over the rows naming it (spelling aside), each with its cell', () => {
      expect(regels({ soort: 'raming', periode: 'tot 2030', raming: 'Synthese 2024', veld: 'opgave' })).toEqual([
        'Opgave totaal tot 2030, bron raming Synthese 2024 = 300 + 40 = 340',
        'opgave = Nieuwbouw (Zuid) 300 (Opgave!E2) + Leefomgeving (Zuid) 40 (Opgave!E4) = 340',
      ]);
      expect(regels({ soort: 'raming', periode: 'tot 2030', raming: 'SYNTHESE 2024', pijler: 'Fysiek', veld: 'rijksdeel' })).toEqual([
        'Rijksdeel Fysiek tot 2030, bron raming Synthese 2024 = 150 + 30 = 180',
        'Rijksdeel = Nieuwbouw (Zuid) 150 (300 × 50%; Opgave!E2) + Leefomgeving (Zuid) 30 (40 × 75%; Opgave!E4) = 180',
      ]);
      expect(regels({ soort: 'raming', periode: '2030 t/m 2035', raming: 'Extrapolatie', veld: 'rijksdeel' })).toEqual([
        'Rijksdeel totaal 2030 t/m 2035, bron raming Extrapolatie = 300',
        'Rijksdeel = Nieuwbouw (Zuid) 300 (600 × 50%; Opgave!E6)',
      ]);
    });

    it('overig: the rows naming none; 0 where a pijler has none', () => {
      expect(regels({ soort: 'raming', periode: 'tot 2030', raming: '', veld: 'opgave' })).toEqual([
        'Opgave totaal tot 2030, bron raming overig = 200',
        'opgave = 200 (Opgave!E5)',
      ]);
      expect(uitleg({ soort: 'raming', periode: 'tot 2030', raming: '', veld: 'opgave' }).formule).toBe(
        'Σ opgave van de regels zonder bron raming',
      );
      const leeg = uitleg({ soort: 'raming', periode: 'tot 2030', raming: '', pijler: 'Fysiek', veld: 'opgave' });
      expect([leeg.ingevuld, leeg.waarde.toString(), leeg.termen[0].delen]).toEqual(['0', '0', []]);
    });
  });

  it('undefined for what does not exist', () => {
    for (const doel of [
      { soort: 'landelijk', periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Onderwijs', veld: 'opgave' },
      { soort: 'landelijk', periode: 'later', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', veld: 'opgave' },
      { soort: 'landelijk', periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', veld: 'toString' },
      { soort: 'gebied', periode: 'tot 2030', gebied: 'Oost', veld: 'opgave' },
      { soort: 'gebied', periode: 'tot 2030', gebied: 'Zuid', pijler: 'Sociaal-maatschappelijk', veld: 'opgave' },
      { soort: 'gebied', periode: 'tot 2030', gebied: 'Zuid', pijler: 'Economisch', veld: 'opgave' },
      { soort: 'gebied', periode: 'tot 2030', gebied: 'Zuid', veld: 'verdeelsleutel' },
      { soort: 'raming', periode: 'tot 2030', raming: 'Extrapolatie', veld: 'opgave' },
      { soort: 'raming', periode: '2030 t/m 2035', raming: '', veld: 'opgave' },
      { soort: 'raming', periode: 'tot 2030', raming: 'Synthese 2024', pijler: 'Economisch', veld: 'opgave' },
      { soort: 'overPerioden', veld: 'opgave' },
    ] as Doel[])
      expect([doel, uitkomst.uitleg(doel)]).toEqual([doel, undefined]);
  });
});

describe('Uitleg of the report tables without the inputs for them', () => {
  it('no raming without a Bron raming column; no Tabel 1 without perioden', () => {
    const zonder = bereken({ ...invoer, opgave: invoer.opgave.map(({ bronRaming: _, ...r }) => r) });
    if (!zonder.ok) throw new Error('niet ok');
    expect(zonder.uitleg({ soort: 'raming', periode: 'tot 2030', raming: '', veld: 'opgave' })).toBeUndefined();
    const leeg = bereken({ opgave: [], dekking: [] });
    if (!leeg.ok) throw new Error('niet ok');
    expect(leeg.resultaat.perioden).toEqual([]);
    expect(leeg.uitleg({ soort: 'overPerioden', veld: 'restopgave' })).toBeUndefined();
  });

  it('the report’s example, Tabel 1: 2.935 + 4.130 = 7.065 over 10 jaar; Rijk 1.108,75 + 2.677,5 = 3.786,25', () => {
    // Tabel 2 and 3 of the report: restopgave 2.935 (tot 2030) and 4.130 (2030 t/m 2035); Rijk 1.108,75 and 2.677,5.
    const seed = bereken(seedInvoer());
    if (!seed.ok) throw new Error('niet ok');
    const regel = (veld: Extract<Doel, { soort: 'overPerioden' }>['veld']) =>
      uitlegRegels(seed.uitleg({ soort: 'overPerioden', veld })!)[0];
    expect(regel('restopgave')).toBe('Restopgave totaal t/m 2035 = 2.935 + 4.130 = 7.065');
    expect(regel('jaarlijkseRestopgave')).toBe('Jaarlijkse restopgave totaal t/m 2035 = 7.065 / 10 = 706,5');
    expect(regel('restRijksopgave')).toBe('Rest-Rijksopgave totaal t/m 2035 = 1.108,75 + 2.677,5 = 3.786,25');
    expect(regel('jaarlijkseRestRijksopgave')).toBe('Jaarlijkse rest-Rijksopgave totaal t/m 2035 = 3.786,25 / 10 = 378,625');
  });
});
