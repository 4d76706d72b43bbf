import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { SheetChart } from '../../src/workbook/port';
import type { Harness } from './contract';
import { fixture, NU, ok } from './contractFixture';
import { changedCells, snapshot } from './snapshot';
import { TOTAALBEELD_GRAFIEKEN } from './seedSheets';

const TB = 'NPLV Totaalbeeld';

// Two charts over the Totaalbeeld's first summary (its pijler rows and their headers): opgave, and dekking with restopgave.
const [TOT_2030] = TOTAALBEELD_GRAFIEKEN;
const TWEE: SheetChart[] = [
  { ...TOT_2030, title: 'Opgave per pijler (mln euro)', series: [{ name: 'Opgave', column: 2 }], anchor: 'M4', to: 'R15' },
  { ...TOT_2030, title: 'Dekking en restopgave', series: [{ name: 'Dekking', column: 3 }, { name: 'Restopgave', column: 4 }], anchor: 'M17', to: 'R28', valueFormat: '#,##0.00,' },
];

/** Issue 16: several charts of the add-in's on a sheet, replaced as a list; the analyst's stay. */
export function grafiekContract(harness: Harness): void {
  describe('the add-in\'s charts on a sheet', () => {
    it('become the list a change gives — several, or none — and the list read before puts them back; the analyst\'s chart and every cell stay', async () => {
      const port = await harness.create(fixture());
      ok(await herberekenWerkmap(port, { nu: NU }));
      const eerste = await harness.reopen(port);
      await harness.andereGrafieken?.add(eerste, TB, 'Mijn grafiek');
      const before = await snapshot(eerste);
      const [vorig] = await eerste.readSheets([TB]);
      await eerste.apply({ sheets: [], writes: [], charts: [{ sheet: TB, charts: TWEE }], deleteSheets: [] });
      const twee = await harness.reopen(eerste);
      const after = await snapshot(twee);
      expect(changedCells(before.cells, after.cells)).toEqual([]);
      if (harness.charts) expect([before.charts[TB], after.charts[TB]]).toEqual([TOTAALBEELD_GRAFIEKEN, TWEE]);
      else expect(after.charts[TB]).toBeUndefined(); // an adapter that cannot make charts leaves them
      await twee.apply({ sheets: [], writes: [], charts: [{ sheet: TB, charts: [] }], deleteSheets: [] });
      const geen = await harness.reopen(twee);
      expect((await snapshot(geen)).charts[TB]).toBeUndefined();
      await geen.apply({ sheets: [], writes: [], charts: [{ sheet: TB, charts: vorig.charts ?? [] }], deleteSheets: [] });
      const terug = await snapshot(await harness.reopen(geen));
      expect([terug.charts, changedCells(before.cells, terug.cells)]).toEqual([before.charts, []]);
      if (harness.andereGrafieken) expect(await harness.andereGrafieken.names(await harness.reopen(geen), TB)).toEqual(['Mijn grafiek']);
    });
  });
}
