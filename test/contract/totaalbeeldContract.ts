import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import type { FixtureSheet, Harness } from './contract';
import { fixture, NU, ok } from './contractFixture';
import { changedCells, snapshot } from './snapshot';

const TB = 'NPLV Totaalbeeld';
const regel = (gebied: string) => `Cellen van de add-in: ${gebied} — wat u elders op dit blad zet, blijft bij Herbereken staan.`;
const OUDE_TITEL = 'NPLV Totaalbeeld — berekend 01-01-2026 09:00 uit Opgave (A1:F23) en Dekking (A1:F15); verdeelsleutels: standaard';
const LATER = new Date(2026, 10, 23, 9, 5);

/** A Totaalbeeld sheet as an earlier run left it, by hand: rows from A1, the analyst's cells by address. */
function eerderTotaalbeeld(rows: CellValue[][], extra: Omit<FixtureSheet, 'name' | 'rows'> = {}): FixtureSheet[] {
  return [...fixture(), { name: TB, rows, ...extra }];
}

const zet = (
  port: WorkbookPort,
  writes: { top: number; left: number; values: CellValue[][]; formulas?: (string | null)[][]; numberFormats?: (string | null)[][] }[],
) => port.apply({ sheets: [], writes: writes.map((w) => ({ sheet: TB, ...w })), deleteSheets: [] });

/** Issue 12: the add-in owns the cells of its Totaalbeeld layout, not the sheet. */
export function totaalbeeldContract(harness: Harness): void {
  describe('what the analyst adds to the NPLV Totaalbeeld sheet', () => {
    it('stays on a second run — a note, a formula beside a table, their chart — and undo puts back exactly what the run changed', async () => {
      const port = await harness.create(fixture());
      ok(await herberekenWerkmap(port, { nu: NU }));
      const eerste = await harness.reopen(port);
      // M2: a note right of the title; G10: beside the summary table of tot 2030 (A9:F15, below Tabel 1 in A4:G6 and
      // its control line in A7), the Fysieke pijler's opgave − dekking (3050 − 675).
      await zet(eerste, [
        { top: 2, left: 13, values: [['mijn notitie']] },
        { top: 10, left: 7, values: [[2375]], formulas: [['B10-C10']], numberFormats: [['0.00']] },
      ]);
      await harness.andereGrafieken?.add(eerste, TB, 'Mijn grafiek');
      await eerste.apply({ sheets: [], writes: [{ sheet: 'Opgave', top: 3, left: 5, values: [[1835]] }], deleteSheets: [] });
      const before = await snapshot(eerste);
      const { undo } = ok(await herberekenWerkmap(eerste, { nu: LATER }));
      const after = await snapshot(await harness.reopen(eerste));
      expect(after.cells.get(`${TB}!M2`)).toEqual({ value: 'mijn notitie', formula: null, numberFormat: 'General', bold: false });
      expect(after.cells.get(`${TB}!G10`)).toMatchObject({ formula: 'B10-C10', numberFormat: '0.00', bold: false });
      // Its value: as it was where nothing calculates (files), or calculated from the new figures in Excel: 3150 − 675.
      expect([2375, 2475]).toContain(after.cells.get(`${TB}!G10`)?.value);
      expect(after.cells.get(`${TB}!B10`)?.value).toBe(3150); // Fysieke pijler's opgave: 3050 + (1835 − 1735)
      expect(String(after.cells.get(`${TB}!A1`)?.value)).toMatch(/^NPLV Totaalbeeld — berekend 23-11-2026 09:05 /);
      expect(after.widths[TB]).toEqual(before.widths[TB]);
      if (harness.charts) expect(after.charts[TB]).toEqual(before.charts[TB]); // the same layout: the add-in's chart over the same block
      if (harness.andereGrafieken) expect(await harness.andereGrafieken.names(await harness.reopen(eerste), TB)).toEqual(['Mijn grafiek']);
      await eerste.apply(undo);
      const undone = await harness.reopen(eerste);
      const terug = await snapshot(undone);
      expect(changedCells(before.cells, terug.cells)).toEqual([]);
      expect([terug.sheets, terug.widths, terug.charts]).toEqual([before.sheets, before.widths, before.charts]);
      if (harness.andereGrafieken) expect(await harness.andereGrafieken.names(undone, TB)).toEqual(['Mijn grafiek']);
    });

    it('is kept where the previous run did not write; what it wrote and the new layout does not cover is emptied', async () => {
      // The earlier run named A1:J79 and its line A80 as its own: J60 (right of the widest new table, A–I) and A80 are its leftovers; K2 is the analyst's.
      const rows: CellValue[][] = [[OUDE_TITEL], ['Bedragen in mln euro']];
      rows[59] = [...Array(9).fill(null), 'oud'];
      rows[79] = [regel('A1:J79; A80')];
      rows[1][10] = 'mijn notitie';
      const port = await harness.create(
        eerderTotaalbeeld(rows, { numberFormats: { J60: '0.0' }, formulas: { K3: { formula: 'K1+1', result: 1 } } }),
      );
      const { undo } = ok(await herberekenWerkmap(port, { nu: NU }));
      const after = await snapshot(await harness.reopen(port));
      expect([after.cells.get(`${TB}!J60`), after.cells.get(`${TB}!A80`)]).toEqual([undefined, undefined]);
      expect(after.cells.get(`${TB}!K2`)).toEqual({ value: 'mijn notitie', formula: null, numberFormat: 'General', bold: false });
      expect(after.cells.get(`${TB}!K3`)).toMatchObject({ value: 1, formula: 'K1+1' });
      expect(after.cells.get(`${TB}!A2`)?.value).toBe('Bedragen in mln euro');
      const lijn = [...after.cells].filter(([k, c]) => k.startsWith(`${TB}!A`) && String(c.value).startsWith('Cellen van de add-in:'));
      expect(lijn).toHaveLength(1);
      const before = await snapshot(
        await harness.create(eerderTotaalbeeld(rows, { numberFormats: { J60: '0.0' }, formulas: { K3: { formula: 'K1+1', result: 1 } } })),
      );
      await port.apply(undo);
      expect(changedCells(before.cells, (await snapshot(await harness.reopen(port))).cells)).toEqual([]);
    });

    it('is an error naming each cell the new layout would overwrite, and nothing is written', async () => {
      // The earlier run wrote A1:A2 and its line A4; the new Tabel 1 (A4:G6) covers B5 and C6, which the analyst filled.
      const rows: CellValue[][] = [[OUDE_TITEL], ['Bedragen in mln euro'], [], [regel('A1:A2; A4')], [null, 'mijn notitie']];
      const port = await harness.create(eerderTotaalbeeld(rows, { formulas: { C6: { formula: '1+1', result: 2 } } }));
      const before = await snapshot(port);
      const apply = jest.spyOn(port, 'apply');
      const uitkomst = await herberekenWerkmap(port, { nu: NU });
      expect(uitkomst.ok).toBe(false);
      expect(uitkomst.meldingen.map((m) => `${m.ernst} ${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
        "fout NPLV Totaalbeeld!B5: de cel is door u gevuld ('mijn notitie') en ligt in het nieuwe Totaalbeeld; verplaats de inhoud en herbereken",
        "fout NPLV Totaalbeeld!C6: de cel is door u gevuld ('=1+1') en ligt in het nieuwe Totaalbeeld; verplaats de inhoud en herbereken",
      ]);
      expect(apply).not.toHaveBeenCalled();
      const after = await snapshot(await harness.reopen(port));
      expect(changedCells(before.cells, after.cells)).toEqual([]);
    });
  });
}
