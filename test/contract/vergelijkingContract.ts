import { berekenWerkmap } from '../../src/workbook/herbereken';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import { vergelijkWerkmap } from '../../src/workbook/vergelijking/vergelijkWerkmap';
import type { FixtureSheet, Harness } from './contract';
import { fixture, NU, ok } from './contractFixture';
import { changedCells, snapshot } from './snapshot';

const VG = 'NPLV Vergelijking';

/** The contract fixture with Nieuwbouw tot 2030 (Opgave!E2, a formula 400+45 there) typed as 545. */
function metNieuwbouw545(): FixtureSheet[] {
  const [opgave, ...rest] = fixture((o) => (o[1][4] = 545));
  return [{ ...opgave, formulas: {} }, ...rest];
}

/** The seed workbook's Versiestand: the old side, as another file gives it. */
async function oudeStand(harness: Harness) {
  const oud = ok(await berekenWerkmap(await harness.create(fixture())));
  return { stand: { invoer: oud.invoer, scenarios: [] }, naam: 'oud.xlsx', eenheid: oud.eenheid.schaal };
}

// The row of a table whose first cell is `label`, after the row whose first cell starts with `kop`.
async function rij(port: WorkbookPort, kop: string, label: string): Promise<CellValue[]> {
  const [g] = await port.readSheets([VG]);
  const start = g.values.findIndex((r) => String(r[0] ?? '').startsWith(kop));
  return g.values.slice(start).find((r) => r[0] === label) ?? [];
}

/** Issue 17: comparing writes the NPLV Vergelijking sheet only, as the Totaalbeeld is written, and undo restores. */
export function vergelijkingContract(harness: Harness): void {
  describe('the NPLV Vergelijking sheet', () => {
    it('is the only change; Δ restopgave tot 2030 of Nieuwbouw 445 → 545 is +100, all opgave; undo removes the sheet', async () => {
      const port = await harness.create(metNieuwbouw545());
      const before = await snapshot(port);
      const { undo } = ok(await vergelijkWerkmap(port, await oudeStand(harness), { nu: NU }));
      const after = await snapshot(await harness.reopen(port));
      expect(after.sheets).toEqual([...before.sheets, VG]);
      expect(changedCells(before.cells, after.cells).filter((k) => !k.startsWith(`${VG}!`))).toEqual([]);
      expect(after.cells.get(`${VG}!A2`)?.value).toBe("Oud: bestand 'oud.xlsx'");
      // Δ Restopgave, then the parts: opgave, dekking, sleutels, structuur, scenario's; then the same for the Rijk (key 0,5: +50).
      expect((await rij(port, 'tot 2030: verschil naar oorzaak', 'Nieuwbouw')).slice(1, 13)).toEqual([100, 100, 0, 0, 0, 0, 50, 50, 0, 0, 0, 0]);
      expect((await rij(port, 'tot 2030: verschil naar oorzaak', 'Totaal tot 2030')).slice(1, 7)).toEqual([100, 100, 0, 0, 0, 0]);
      expect((await rij(port, 'tot 2030: oud, nieuw en verschil', 'Nieuwbouw')).slice(1, 5)).toEqual([null, 445, 545, 100]);
      expect(after.cells.get(`${VG}!C12`)?.numberFormat).toBe('#,##0.0');
      await port.apply(undo!);
      const terug = await snapshot(await harness.reopen(port));
      expect(terug.sheets).toEqual(before.sheets);
      expect(changedCells(before.cells, terug.cells)).toEqual([]);
    });

    it("a second comparison rewrites only the add-in's cells: the analyst's note stays, and undo puts back exactly what it changed", async () => {
      const port = await harness.create(metNieuwbouw545());
      ok(await vergelijkWerkmap(port, await oudeStand(harness), { nu: NU }));
      const eerste = await harness.reopen(port);
      await eerste.apply({ sheets: [], writes: [{ sheet: VG, top: 2, left: 30, values: [['mijn notitie']] }], deleteSheets: [] });
      const before = await snapshot(eerste);
      const { undo } = ok(await vergelijkWerkmap(eerste, await oudeStand(harness), { nu: new Date(2026, 11, 2, 15, 0), nieuw: "bestand 'nieuw.xlsx'" }));
      const after = await snapshot(await harness.reopen(eerste));
      expect(after.cells.get(`${VG}!AD2`)?.value).toBe('mijn notitie');
      expect(after.cells.get(`${VG}!A1`)?.value).toBe('NPLV Vergelijking — gemaakt 02-12-2026 15:00');
      expect(changedCells(before.cells, after.cells).sort()).toEqual([`${VG}!A1`, `${VG}!A3`]);
      await eerste.apply(undo!);
      expect(changedCells(before.cells, (await snapshot(await harness.reopen(eerste))).cells)).toEqual([]);
    });

    it('is an error naming a cell of the analyst the new layout would cover, and nothing is written', async () => {
      const port = await harness.create([...metNieuwbouw545(), { name: VG, rows: [[], [], [], [], [], [], [], [], [], [], [], [null, null, 'van mij']] }]);
      const before = await snapshot(port);
      const apply = jest.spyOn(port, 'apply');
      const uitkomst = await vergelijkWerkmap(port, await oudeStand(harness), { nu: NU });
      expect(uitkomst.ok).toBe(false);
      expect(uitkomst.ok || uitkomst.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
        `${VG}!C12: de cel is door u gevuld ('van mij') en ligt in de nieuwe Vergelijking; verplaats de inhoud en vergelijk opnieuw`,
      ]);
      expect(apply).not.toHaveBeenCalled();
      expect(changedCells(before.cells, (await snapshot(await harness.reopen(port))).cells)).toEqual([]);
    });
  });
}
