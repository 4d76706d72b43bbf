import {
  bereken,
  Dec,
  gebiedenIn,
  landelijk,
  perGebied,
  type Invoer,
  type OpgaveInvoer,
  type Rekenpad,
  type Resultaat,
} from '../../../src/engine';

const opgave = (
  periode: string,
  pijler: string,
  onderdeel: string,
  gebied: string,
  bedrag: number,
  extra: Partial<OpgaveInvoer> = {},
): OpgaveInvoer => ({
  periode,
  pijler,
  onderdeel,
  gebied,
  opgave: new Dec(bedrag),
  ...extra,
});
const dekking = (periode: string, pijler: string, onderdeel: string, gebied: string, cofin: number, rijks: number) => ({
  periode,
  pijler,
  bron: 'Regeling',
  onderdeel,
  gebied,
  cofinanciering: new Dec(cofin),
  rijksfinanciering: new Dec(rijks),
});

describe.each<Rekenpad>(['geheel', 'decimaal'])('the report tables’ summaries, rekenpad %s', (rekenpad) => {
  const run = (invoer: Invoer): Resultaat => {
    const uitkomst = bereken(invoer, rekenpad === 'decimaal' ? { rekenpad } : {});
    if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst.meldingen));
    return uitkomst.resultaat;
  };
  const num = (d: Dec) => d.toNumber();

  describe('sources of the estimate (Bron raming)', () => {
    // By hand: Nieuwbouw 445 (50%) Synthese, 100 (50%) Add-on; Leefomgeving 265 (75%) Synthese;
    // Mobiliteit 130 (65%) without a source; Onderwijs 415 (75%) Synthese.
    const invoer: Invoer = {
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', '', 445, { bronRaming: 'Synthese 2024' }),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', '', 100, { bronRaming: 'Add-on fysieke pijler' }),
        opgave('tot 2030', 'Fysiek', 'Leefomgeving', '', 265, { bronRaming: 'synthese  2024' }),
        opgave('tot 2030', 'Fysiek', 'Bereikbaarheid en mobiliteit', '', 130),
        opgave('tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', '', 415, { bronRaming: 'Synthese 2024' }),
        opgave('2030 t/m 2035', 'Sociaal-maatschappelijk', 'Onderwijs', '', 640, { bronRaming: 'Extrapolatie' }),
      ],
      dekking: [dekking('tot 2030', 'Fysiek', 'Nieuwbouw', '', 145, 145)],
    };

    it('splits opgave and Rijksdeel per source in order of first appearance, rows without one last', () => {
      const [tot2030, later] = run(invoer).perioden;
      expect(tot2030.ramingen).toEqual(['Synthese 2024', 'Add-on fysieke pijler', '']);
      const fysiek = tot2030.pijlers[0].perRaming!.map((r) => [r.raming, num(r.opgave), num(r.rijksdeel)]);
      expect(fysiek).toEqual([
        ['Synthese 2024', 445 + 265, 222.5 + 198.75],
        ['Add-on fysieke pijler', 100, 50],
        ['', 130, 84.5],
      ]);
      const sociaal = tot2030.pijlers[1].perRaming!.map((r) => [num(r.opgave), num(r.rijksdeel)]);
      expect(sociaal).toEqual([
        [415, 311.25],
        [0, 0],
        [0, 0],
      ]);
      expect(tot2030.perRaming!.map((r) => num(r.opgave))).toEqual([1125, 100, 130]);
      expect(later.ramingen).toEqual(['Extrapolatie']);
      expect(later.perRaming!.map((r) => [num(r.opgave), num(r.rijksdeel)])).toEqual([[640, 480]]);
    });

    it('the parts add up to the opgave and Rijksdeel of each pijler', () => {
      for (const p of run(invoer).perioden)
        for (const x of p.pijlers) {
          expect(num(x.perRaming!.reduce((s, r) => s.plus(r.opgave), new Dec(0)))).toBe(num(x.opgave));
          expect(num(x.perRaming!.reduce((s, r) => s.plus(r.rijksdeel), new Dec(0)))).toBe(num(x.rijksdeel));
        }
    });

    it('has no split when no row names a source', () => {
      const zonder = { ...invoer, opgave: invoer.opgave.map(({ bronRaming: _, ...r }) => r) };
      const [p] = run(zonder).perioden;
      expect(p.ramingen).toBeUndefined();
      expect(p.pijlers[0].perRaming).toBeUndefined();
    });

    it('has no split when only a row of a scenario that is off names a source: as the workbook without that row', () => {
      const alleenUit = {
        ...invoer,
        opgave: [
          ...invoer.opgave.map(({ bronRaming: _, ...r }) => r),
          opgave('tot 2030', 'Fysiek', 'Nieuwbouw', '', 50, { bronRaming: 'Nieuw', scenario: 'X' }),
        ],
      };
      expect(run(alleenUit).perioden.map((p) => p.ramingen)).toEqual([undefined, undefined]);
    });

    it('counts only rows whose scenario is on', () => {
      const metScenario = {
        ...invoer,
        opgave: [...invoer.opgave, opgave('tot 2030', 'Fysiek', 'Nieuwbouw', '', 50, { bronRaming: 'Nieuw', scenario: 'X' })],
      };
      expect(run(metScenario).perioden[0].ramingen).toEqual(['Synthese 2024', 'Add-on fysieke pijler', '']);
    });
  });

  describe('gebieden', () => {
    // By hand, tot 2030 (4 years), Nieuwbouw 50%:
    //   Zuid 300, dekking 100 (rijks 100) → rest 200, Rijksdeel 150, rest-Rijks 50
    //   Noord 100, dekking 150 (rijks 60) → rest 0 (overschot 50), Rijksdeel 50, rest-Rijks 0
    //   national Nieuwbouw: opgave 400, dekking 250, restopgave 200 (per gebied, no netting), Rijksdeel 200, rest-Rijks 50
    // Leefomgeving 75%: Zuid 40, no dekking → rest 40, Rijksdeel 30
    // pillar-level dekking 10 belongs to no gebied.
    const invoer: Invoer = {
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 'Zuid', 300),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 'Noord', 100),
        opgave('tot 2030', 'Fysiek', 'Leefomgeving', 'Zuid', 40),
      ],
      dekking: [
        dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 'Zuid', 0, 100),
        dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 'Noord', 90, 60),
        dekking('tot 2030', 'Fysiek', '', '', 0, 10),
      ],
    };

    it('lists the gebieden in order of first appearance, none without', () => {
      expect(gebiedenIn(run(invoer).perioden)).toEqual(['Zuid', 'Noord']);
      const zonder = { ...invoer, opgave: invoer.opgave.map((r) => ({ ...r, gebied: '' })), dekking: [] };
      expect(gebiedenIn(run(zonder).perioden)).toEqual([]);
    });

    it('adds an onderdeel up over its gebieden (Tabel 6)', () => {
      const [p] = run(invoer).perioden;
      const [nieuwbouw, leefomgeving] = landelijk(p.pijlers[0], p.jaren);
      expect(nieuwbouw.gebieden.map((g) => g.gebied)).toEqual(['Zuid', 'Noord']);
      const t = nieuwbouw.totaal;
      expect([t.onderdeel, t.gebied, num(t.opgave), num(t.verdeelsleutel), num(t.rijksdeel), num(t.dekking), num(t.rijksdekking)]).toEqual([
        'Nieuwbouw',
        '',
        400,
        0.5,
        200,
        250,
        160,
      ]);
      expect([num(t.restopgave), num(t.restRijksopgave), num(t.overschot), num(t.jaarlijkseRestopgave)]).toEqual([200, 50, 50, 50]);
      expect(leefomgeving.gebieden).toHaveLength(1);
      expect(num(leefomgeving.totaal.restopgave)).toBe(40);
    });

    it('gives a gebied’s figures per periode, pillar-level dekking in none', () => {
      const [p] = run(invoer).perioden;
      const rows = perGebied(p).map((g) => [
        g.gebied,
        num(g.opgave),
        num(g.dekking),
        num(g.restopgave),
        num(g.rijksdeel),
        num(g.restRijksopgave),
        num(g.jaarlijkseRestopgave),
      ]);
      expect(rows).toEqual([
        ['Zuid', 340, 100, 240, 180, 80, 60],
        ['Noord', 100, 150, 0, 50, 0, 0],
      ]);
      expect(perGebied(p, 'Sociaal-maatschappelijk')).toEqual([]);
    });

    it('a key that differs per gebied becomes the effective key', () => {
      const eigen = {
        ...invoer,
        opgave: [
          opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 'Zuid', 300, { verdeelsleutel: new Dec('0.4') }),
          opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 'Noord', 100),
        ],
      };
      const [p] = run(eigen).perioden;
      // (300 × 40% + 100 × 50%) / 400 = 170 / 400
      expect(num(landelijk(p.pijlers[0], p.jaren)[0].totaal.verdeelsleutel)).toBe(0.425);
    });
  });
});
