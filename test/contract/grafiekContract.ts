import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { SheetChart } from '../../src/workbook/port';
import type { Harness } from './contract';
import { fixture, NU, ok } from './contractFixture';
import { changedCells, snapshot } from './snapshot';
import { TOTAALBEELD_GRAFIEKEN } from './seedSheets';

const TB = 'NPLV Totaalbeeld';

// Two charts over the Totaalbeeld's first summary (pijler rows 10–11, headers in row 9): opgave, and dekking with restopgave.
const [EERSTE] = TOTAALBEELD_GRAFIEKEN;
const TWEE: SheetChart[] = [
  { ...EERSTE, title: 'Opgave per pijler (mln euro)', series: [{ name: 'Opgave', column: 2 }], anchor: 'K4', to: 'P15' },
  {
    ...EERSTE,
    title: 'Dekking en restopgave',
    series: [
      { name: 'Dekking', column: 3 },
      { name: 'Restopgave', column: 4 },
    ],
    anchor: 'K17',
    to: 'P28',
    valueFormat: '#,##0.00,',
  },
];

// Issue 19's tornado: the second chart's two series over the same rows as horizontal bars, overlapping (each adapter draws them so).
const TORNADO: SheetChart = { ...TWEE[1], title: 'Gevoeligheid (mln euro)', type: 'barClustered', anchor: 'K4', to: 'R19' };

/** Issue 16: several charts of the add-in's on a sheet, replaced as a list; the analyst's stay. */
export function grafiekContract(harness: Harness): void {
  describe("the add-in's charts on a sheet", () => {
    it("become the list a change gives — several, or none — and the list read before puts them back; the analyst's chart and every cell stay", async () => {
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

    it('keep their type: a bar chart reads back as one beside a column chart, and a rewrite replaces it as it does columns', async () => {
      const port = await harness.create(fixture());
      ok(await herberekenWerkmap(port, { nu: NU }));
      const eerste = await harness.reopen(port);
      const before = await snapshot(eerste);
      await eerste.apply({ sheets: [], writes: [], charts: [{ sheet: TB, charts: [TORNADO, TWEE[1]] }], deleteSheets: [] });
      const twee = await harness.reopen(eerste);
      const met = await snapshot(twee);
      expect(changedCells(before.cells, met.cells)).toEqual([]);
      expect(met.charts[TB]).toEqual(harness.charts ? [TORNADO, TWEE[1]] : undefined);
      await twee.apply({ sheets: [], writes: [], charts: [{ sheet: TB, charts: [TWEE[0]] }], deleteSheets: [] });
      const drie = await snapshot(await harness.reopen(twee));
      expect(drie.charts[TB]).toEqual(harness.charts ? [TWEE[0]] : undefined);
    });
  });
}
