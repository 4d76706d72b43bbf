import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { CellValue } from '../../src/workbook/port';
import type { FixtureSheet, Harness } from './contract';
import { NU, ok } from './contractFixture';

const TB = 'NPLV Totaalbeeld';
const GEBIEDEN = Array.from({ length: 20 }, (_, k) => `Gebied ${String(k + 1).padStart(2, '0')}`);

/**
 * A hand-made workbook (issue 16): 20 gebieden, a Bron raming column, tot 2030. Gebied i (1–20)
 * has Nieuwbouw 10·i (50%; Synthese 2024 for i ≤ 10, Add-on fysieke pijler after) with
 * Rijksfinanciering 3·i, and Onderwijs 4·i (75%, no source); 7 Rijksfinanciering on pijler
 * level (Programma-organisatie). By hand, with Σ i = 210 and Σ i (i ≤ 10) = 55:
 *
 *   gebied i:  opgave 14i, dekking 3i, restopgave 7i + 4i = 11i, Rijksdeel 5i + 3i = 8i,
 *              rest-Rijksopgave 2i + 3i = 5i, per jaar 11i / 4
 *   Nieuwbouw: opgave 2.100, Rijksdeel 1.050, dekking 630, restopgave 1.470, rest-Rijks 420
 *   Fysiek:    Synthese 550 (Rijks 275), Add-on 1.550 (775); dekking 637; restopgave 2.100 − 637
 *              = 1.463 (per jaar 365,75), per onderdeel 1.470; Rijk 1.050 − 637 = 413, per onderdeel 420
 *   Sociaal:   overig 840 (Rijks 630), restopgave 840 (210 per jaar), Rijk 630
 *   Totaal:    2.940 opgave, 637 dekking, restopgave 2.303 (575,75 per jaar), per onderdeel 2.310;
 *              Rijk 1.680 − 637 = 1.043 (260,75 per jaar), per onderdeel 1.050
 */
function werkmap(): FixtureSheet[] {
  const opgave: CellValue[][] = [['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave', 'Bron raming']];
  const dekking: CellValue[][] = [['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Gebied', 'Cofinanciering', 'Rijksfinanciering']];
  GEBIEDEN.forEach((g, k) => {
    const i = k + 1;
    opgave.push(['tot 2030', 'Fysiek', 'Nieuwbouw', g, 10 * i, i <= 10 ? 'Synthese 2024' : 'Add-on fysieke pijler']);
    opgave.push(['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', g, 4 * i, null]);
    dekking.push(['tot 2030', 'Fysiek', 'Regeling', 'Nieuwbouw', g, 0, 3 * i]);
  });
  dekking.push(['tot 2030', 'Fysiek', 'Programma-organisatie', null, null, 0, 7]);
  return [
    { name: 'Opgave', rows: opgave },
    { name: 'Dekking', rows: dekking },
  ];
}

/** Issue 16: the report's tables of a workbook with sources of the estimate and 20 gebieden, read back through the adapter. */
export function rapportContract(harness: Harness): void {
  describe('the report tables of a workbook with a Bron raming column and 20 gebieden (figures by hand)', () => {
    let values: CellValue[][];
    let rowGroups: { top: number; bottom: number }[] | undefined;
    beforeAll(async () => {
      const port = await harness.create(werkmap());
      ok(await herberekenWerkmap(port, { nu: NU }));
      const [g] = await (await harness.reopen(port)).readSheets([TB]);
      values = g.values.map((r) => [...r]);
      rowGroups = g.rowGroups;
    });
    const rij = (label: string, nth = 0) => values.filter((r) => r[0] === label)[nth];
    const tot = (r: CellValue[] | undefined) => r?.slice(1, 1 + r.slice(1).filter((v) => v !== null && v !== '').length);

    it('Tabel 1: restopgave and per jaar, total and Rijk', () => {
      expect(tot(rij('Totale opgave', 0))).toEqual([2303, 575.75]);
      expect(tot(rij('Totale Rijksopgave', 0))).toEqual([1043, 260.75]);
    });

    it('Tabel 2: one opgave column per source in the order of their first row, overig last, then Subtotaal …', () => {
      const kop = values.find((r) => r[0] === 'tot 2030 (2026–2029, 4 jaar)');
      expect(tot(kop)).toEqual([
        'Synthese 2024',
        'Add-on fysieke pijler',
        'overig',
        'Subtotaal',
        'Dekking',
        'Restopgave',
        'Restopgave per jaar',
        'Restopgave per onderdeel',
      ]);
      expect(tot(rij('Fysieke pijler'))).toEqual([550, 1550, 0, 2100, 637, 1463, 365.75, 1470]);
      expect(tot(rij('Sociaal-maatschappelijke pijler'))).toEqual([0, 0, 840, 840, 0, 840, 210, 840]);
      expect(tot(rij('Totale opgave', 1))).toEqual([550, 1550, 840, 2940, 637, 2303, 575.75, 2310]);
      expect(tot(rij('Rijksopgave fysieke pijler'))).toEqual([275, 775, 0, 1050, 637, 413, 103.25, 420]);
      expect(tot(rij('Rijksopgave sociaal-maatsch.'))).toEqual([0, 0, 630, 630, 0, 630, 157.5, 630]);
      expect(tot(rij('Totale Rijksopgave', 1))).toEqual([275, 775, 630, 1680, 637, 1043, 260.75, 1050]);
    });

    it('a table per gebied, and the dekking on pijler level that is in none', () => {
      const kop = values.findIndex((r) => r[0] === 'tot 2030: per gebied');
      expect(tot(values[kop])).toEqual(['Opgave', 'Dekking', 'Restopgave', 'Rijksdeel', 'Rest. Rijksopgave', 'Restopgave per jaar']);
      const rows = values.slice(kop + 1, kop + 21).map((r) => r.slice(0, 7));
      expect(rows).toEqual(
        GEBIEDEN.map((g, k) => [g, 14 * (k + 1), 3 * (k + 1), 11 * (k + 1), 8 * (k + 1), 5 * (k + 1), (11 * (k + 1)) / 4]),
      );
      expect(values[kop + 21].slice(0, 2)).toEqual(['Dekking op pijlerniveau, aan geen gebied toegerekend', 7]);
    });

    it('each onderdeel’s national total with its 20 gebieden folded under it', () => {
      const nieuwbouw = values.findIndex((r) => r[0] === 'Nieuwbouw');
      expect(values[nieuwbouw].slice(1, 9)).toEqual([2100, 0.5, 1050, 630, 630, 1470, 420, 0]);
      const onder = values.slice(nieuwbouw + 1, nieuwbouw + 21);
      expect(onder.map((r) => [r[0], r[1], r[6]])).toEqual(GEBIEDEN.map((g, k) => [`    ${g}`, 10 * (k + 1), 7 * (k + 1)]));
      const onderwijs = values.findIndex((r) => r[0] === 'Onderwijs');
      expect(values[onderwijs].slice(1, 4)).toEqual([840, 0.75, 630]);
      // Excel's row outline: the gebieden of each onderdeel (sheet rows are layout rows + 1, from A1).
      const groepen = (rowGroups ?? []).map(({ top, bottom }) => ({ top, bottom }));
      expect(groepen).toEqual([
        { top: nieuwbouw + 2, bottom: nieuwbouw + 21 },
        { top: onderwijs + 2, bottom: onderwijs + 21 },
      ]);
    });
  });
}
