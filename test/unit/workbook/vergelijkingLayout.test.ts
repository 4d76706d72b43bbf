import { vergelijkingLayout } from '../../../src/workbook/vergelijking/layout';
import { leesKop, leesOud } from '../../../src/workbook/vergelijking/kop';
import { planVergelijking } from '../../../src/workbook/vergelijking/write';
import type { VergelijkingMeta } from '../../../src/workbook/vergelijking/types';
import { handVergelijking } from '../../support/vergelijking';

const META: VergelijkingMeta = {
  gemaaktOm: '02-12-2026 14:30',
  oud: { soort: 'versie', label: 'Totaalbeeld jan 2026' },
  nieuw: 'deze werkmap',
  scenarios: { oud: ['AZWA'], nieuw: [] },
  eenheid: 'mln euro',
  getalnotatie: '#,##0.0',
};

describe('the NPLV Vergelijking layout of a comparison built by hand', () => {
  const layout = vergelijkingLayout(handVergelijking(), META);
  const tekst = (r: number) => layout.rows[r - 1].cells;

  it('opens with what was compared with what, when, the order of substitution and why it matters, the unit and the warnings', () => {
    expect(layout.rows.slice(0, 9).map((r) => r.cells.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect([tekst(1), tekst(2), tekst(3), tekst(4)]).toEqual([
      ['NPLV Vergelijking — gemaakt 02-12-2026 14:30'],
      ["Oud: versie 'Totaalbeeld jan 2026'"],
      ['Nieuw: deze werkmap'],
      ["Scenario's aan — oud: 'AZWA'; nieuw: geen (basis)"],
    ]);
    expect(layout.rows[0].bold).toBe(true);
    expect(tekst(5)).toEqual(["Volgorde van vervanging: opgave → dekking → sleutels → structuur → scenario's."]);
    expect(String(tekst(6)[0])).toMatch(
      /max\(0; opgave − dekking\).*hangt die verdeling van de volgorde af\. De delen tellen per regel exact op tot het verschil\./,
    );
    expect(tekst(8)).toEqual(['Bedragen in mln euro']);
    expect(tekst(9)).toEqual(["Waarschuwing: periode '2036 t/m 2040' staat alleen in de nieuwe versie en is niet vergeleken"]);
    expect(tekst(10)).toEqual([]);
  });

  it('has no scenario line when neither version has a scenario on', () => {
    const zonder = vergelijkingLayout(handVergelijking(), { ...META, scenarios: { oud: [], nieuw: [] } });
    expect(zonder.rows[3].cells).toEqual([expect.stringMatching(/^Volgorde van vervanging/)]);
  });

  it('gives per periode old, new and Δ of each figure per periode → pijler → onderdeel, with the status', () => {
    expect(tekst(11)).toEqual([
      'tot 2030: oud, nieuw en verschil',
      'Status',
      'Opgave oud',
      'Opgave nieuw',
      'Δ Opgave',
      'Dekking oud',
      'Dekking nieuw',
      'Δ Dekking',
      'Rijksdeel oud',
      'Rijksdeel nieuw',
      'Δ Rijksdeel',
      'Rijksdekking oud',
      'Rijksdekking nieuw',
      'Δ Rijksdekking',
      'Restopgave oud',
      'Restopgave nieuw',
      'Δ Restopgave',
      'Rest. Rijksopgave oud',
      'Rest. Rijksopgave nieuw',
      'Δ Rest. Rijksopgave',
    ]);
    expect(tekst(12)).toEqual([
      'Totaal tot 2030',
      null,
      995,
      1245,
      250,
      390,
      350,
      -40,
      497.5,
      622.5,
      125,
      200,
      160,
      -40,
      605,
      895,
      290,
      297.5,
      462.5,
      165,
    ]);
    expect(tekst(13)).toEqual([
      'Fysieke pijler',
      null,
      995,
      1245,
      250,
      390,
      350,
      -40,
      497.5,
      622.5,
      125,
      200,
      160,
      -40,
      605,
      895,
      290,
      297.5,
      462.5,
      165,
    ]);
    expect([layout.rows[11].bold, layout.rows[12].bold, layout.rows[13].bold]).toEqual([true, true, undefined]);
    expect(tekst(14).slice(0, 5)).toEqual(['Nieuwbouw', null, 445, 545, 100]);
    expect(tekst(15).slice(0, 5)).toEqual(['    Noord', null, 300, 400, 100]);
    expect(tekst(16).slice(0, 2)).toEqual(['    (geen gebied)', null]);
    expect(tekst(18).slice(0, 5)).toEqual(['Transformatie', 'toegevoegd', 0, 200, 200]);
    expect(tekst(19).slice(0, 5)).toEqual(['Sloop', 'vervallen', 50, 0, -50]);
    expect(layout.rows[11].formats).toEqual([null, null, ...Array(18).fill('#,##0.0')]);
  });

  it('splits Δ restopgave and Δ rest. Rijksopgave into the part of each cause, dekking over all bronnen, and says that they add up', () => {
    expect(tekst(21)).toEqual([
      'tot 2030: verschil naar oorzaak',
      'Δ Restopgave',
      'waarvan Opgave',
      'waarvan Dekking',
      'waarvan Sleutels',
      'waarvan Structuur',
      "waarvan Scenario's",
      'Δ Rest. Rijksopgave',
      'waarvan Opgave',
      'waarvan Dekking',
      'waarvan Sleutels',
      'waarvan Structuur',
      "waarvan Scenario's",
    ]);
    expect(tekst(22)).toEqual(['Totaal tot 2030', 290, 100, 40, 0, 150, 0, 165, 50, 40, 0, 75, 0]);
    expect(tekst(27)).toEqual(['Herstructurering', 40, 0, 40, 0, 0, 0, 40, 0, 40, 0, 0, 0]);
    expect(tekst(29)).toEqual(['Sloop', -50, 0, 0, 0, -50, 0, -25, 0, 0, 0, -25, 0]);
    for (let r = 22; r <= 29; r++) {
      const c = tekst(r) as number[];
      expect([c[2] + c[3] + c[4] + c[5] + c[6], c[8] + c[9] + c[10] + c[11] + c[12]]).toEqual([c[1], c[7]]);
    }
    expect(String(tekst(30)[0])).toMatch(/^De delen \(waarvan …\) tellen per regel exact op tot Δ Restopgave en Δ Rest\. Rijksopgave/);
  });

  it('folds the gebieden under their onderdeel in both tables', () => {
    expect(layout.rowGroups).toEqual([
      { first: 14, count: 2 },
      { first: 24, count: 2 },
    ]);
  });

  it('names the difference of every Δ cell and every part, for the Uitleg; the old and new cells name none', () => {
    const doel = (r: number, c: number) => layout.rows[r - 1].doelen?.[c - 1];
    expect(doel(15, 5)).toEqual({ periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', gebied: 'Noord', veld: 'opgave' });
    expect([doel(15, 3), doel(15, 4), doel(15, 2)]).toEqual([null, null, null]);
    expect(doel(12, 17)).toEqual({ periode: 'tot 2030', veld: 'restopgave' });
    expect(doel(27, 4)).toEqual({ periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Herstructurering', veld: 'restopgave' });
    expect(doel(27, 10)).toEqual({ periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Herstructurering', veld: 'restRijksopgave' });
  });

  it('lists the changes of the input with their cells in both versions', () => {
    expect(tekst(32)).toEqual(['Wijzigingen van de invoer']);
    expect(tekst(33)).toEqual([
      'Oorzaak',
      'Soort',
      'Periode',
      'Pijler',
      'Onderdeel',
      'Gebied',
      'Bron of scenario',
      'Veld',
      'Oud',
      'Cel oud',
      'Nieuw',
      'Cel nieuw',
    ]);
    expect(tekst(34)).toEqual([
      'Opgave',
      'gewijzigd',
      'tot 2030',
      'Fysiek',
      'Nieuwbouw',
      'Noord',
      '',
      'opgave',
      '300',
      'Opgave!E2',
      '400',
      'Opgave!E2',
    ]);
    expect(tekst(35)).toEqual(['Structuur', 'toegevoegd', 'tot 2030', 'Fysiek', 'Transformatie', '', '', '', '', '', '200', 'Opgave!E9']);
  });

  it("ends with the messages of the versions' own computations, each saying which version gives it", () => {
    expect(tekst(37)).toEqual(['Meldingen']);
    expect(tekst(38)).toEqual(['Ernst', 'Plaats', 'Bericht']);
    expect(tekst(39)).toEqual([
      'controle',
      'Opgave!E9',
      "nieuwe versie: controlerij 'Totaal': opgave is 1.200, de regels erboven geven 1.245 (verschil 45)",
    ]);
    expect(layout.rows).toHaveLength(39);
  });

  it('on a new sheet ends with the line naming its cells; undo deletes the sheet; the head says what was compared with', () => {
    const plan = planVergelijking(undefined, 'NPLV Vergelijking', layout);
    const [blad] = plan.changes.sheets;
    expect(blad.name).toBe('NPLV Vergelijking');
    expect(blad.values[40][0]).toBe(
      'Cellen van de add-in: A1:A9; A11:T19; A21:M30; A32:L35; A37:C39; A41 — wat u elders op dit blad zet, blijft bij Vergelijk staan.',
    );
    expect(blad.rowGroups).toEqual([
      { top: 15, bottom: 16, collapsed: true },
      { top: 25, bottom: 26, collapsed: true },
    ]);
    expect(plan.undo).toEqual({ sheets: [], writes: [], deleteSheets: ['NPLV Vergelijking'] });
    const grid = {
      name: blad.name,
      top: 1,
      left: 1,
      values: blad.values,
      formulas: blad.values.map((r) => r.map(() => null)),
      numberFormats: blad.values.map((r) => r.map(() => 'General')),
    };
    expect(leesOud(grid)).toEqual({ soort: 'versie', label: 'Totaalbeeld jan 2026' });
    const bestand = planVergelijking(
      undefined,
      'NPLV Vergelijking',
      vergelijkingLayout(handVergelijking(), { ...META, oud: { soort: 'bestand', naam: "raming 'jan'.xlsx" } }),
    );
    expect(leesOud({ ...grid, values: bestand.changes.sheets[0].values })).toEqual({ soort: 'bestand', naam: "raming 'jan'.xlsx" });
  });

  it("the head's scenarios read back: names with ; , ' and the word geen (basis) too; no line: none on; a line written otherwise: unknown", () => {
    const grid = (values: unknown[][]) => ({
      name: 'NPLV Vergelijking',
      top: 1,
      left: 1,
      values,
      formulas: values.map((r) => r.map(() => null)),
      numberFormats: values.map((r) => r.map(() => 'General')),
    });
    const kop = (scenarios: VergelijkingMeta['scenarios']) => {
      const rows = vergelijkingLayout(handVergelijking(), { ...META, scenarios })
        .rows.slice(0, 10)
        .map((r) => [...r.cells]);
      return leesKop(grid(rows) as Parameters<typeof leesKop>[0]);
    };
    const lastig = { oud: ["O'Brien; nieuw: 'x'", 'a, b', 'geen (basis)'], nieuw: ['AZWA'] };
    expect(kop(lastig)).toEqual({ oud: META.oud, scenarios: lastig });
    expect(kop({ oud: [], nieuw: ['Wbi naar rato', 'AZWA'] })?.scenarios).toEqual({ oud: [], nieuw: ['Wbi naar rato', 'AZWA'] });
    expect(kop({ oud: [], nieuw: [] })?.scenarios).toEqual({ oud: [], nieuw: [] });
    const anders = [["Oud: versie 'jan'"], ["Scenario's aan — oud: AZWA; nieuw: geen (basis)"]];
    expect(leesKop(grid(anders) as Parameters<typeof leesKop>[0])).toEqual({ oud: { soort: 'versie', label: 'jan' } });
  });
});
